import browser from 'webextension-polyfill';
import { serve } from '../messages/bus';
import { CONTENT_STRING_KEYS, SUBSTITUTION_MARKS } from '../messages/content-strings';
import { applyRetention, openDatabase, type RapportDB } from '../storage';
import { createHandlers } from './handlers';
import { forgetRevokedOrigins } from './hosts';
import { forgetTab } from './tab-reports';

/**
 * The service worker. Every listener is registered synchronously at the top level (a worker
 * woken by an event must find its listener), and each awaits one readiness promise: the database.
 */
let ready: Promise<RapportDB> | undefined;
function database(): Promise<RapportDB> {
  ready ??= openDatabase().then(async (db) => {
    await db.open();
    return db;
  });
  // A failed open (blocked, quota) is retried on the next message instead of poisoning the worker.
  ready.catch(() => (ready = undefined));
  return ready;
}

/** The content script's strings, rendered with marks for their substitutions (content-strings.ts). */
let strings: Record<string, string> | undefined;
const contentStrings = () =>
  (strings ??= Object.fromEntries(CONTENT_STRING_KEYS.map((key) => [key, browser.i18n.getMessage(key, SUBSTITUTION_MARKS)])));

serve(['content', 'page'], createHandlers(database, contentStrings));

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// A host's permission withdrawn in the browser's settings: stop running there.
browser.permissions.onRemoved.addListener(({ origins }) => {
  if (origins?.length) void forgetRevokedOrigins(origins).catch((error: unknown) => console.warn('[Rapport] could not unregister', error));
});

/** The retention setting is applied once a day (and when the rep changes it, by the options page). */
const RETENTION_ALARM = 'rapport-retention';
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== RETENTION_ALARM) return;
  void database()
    .then((db) => applyRetention(db))
    .catch((error: unknown) => console.warn('[Rapport] retention not applied:', error));
});
void browser.alarms.get(RETENTION_ALARM).then((existing) => {
  if (!existing) void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
});
