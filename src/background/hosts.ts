import browser from 'webextension-polyfill';
import { httpsOrigin, siteModeOf, type TabSite } from './site-mode';
import { loadTabReport } from './tab-reports';

/**
 * Where Rapport runs beyond the manifest's fixed hosts:
 * - software that runs on any host (Mastodon, Discourse): the person turns Rapport on for one
 *   host from the popup; the popup asks the browser for that host's permission, and the content
 *   script is then registered there (and dropped when the permission is withdrawn);
 * - on-demand sites (LinkedIn): nothing is injected until the person asks in the popup; the
 *   content script then reads the page once and writes nothing into it.
 */

const SCRIPT_PREFIX = 'rapport-host:';

/**
 * The content script with every site, as built from src/content/index.ts (vite.config.ts): the
 * manifest's own content scripts each carry one site, and a host a person turns on can run any.
 */
const contentScriptFile = (): string => 'src/content/index.js';

/** The hosts the person turned Rapport on for (each one a registered content script). */
export async function enabledOrigins(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => s.id.startsWith(SCRIPT_PREFIX)).map((s) => s.id.slice(SCRIPT_PREFIX.length));
}

export async function tabSite(tabId: number): Promise<TabSite> {
  let url: string | undefined;
  try {
    // The URL is visible with the host's permission, or activeTab once the person opened the popup.
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    url = undefined;
  }
  // Without the tab's URL (no host permission, popup opened from elsewhere), the address the
  // content script reported from that tab says what page it is.
  url ??= (await loadTabReport(tabId))?.url;
  return siteModeOf(url, await enabledOrigins());
}

/**
 * Run the content script on `origin` from now on, and on the tab now. The popup has asked the
 * browser for the host permission first (only a user's click can); without it nothing happens.
 */
export async function enableHost(origin: string, tabId?: number): Promise<{ enabled: boolean; reason?: string }> {
  const pattern = `${origin}/*`;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    return { enabled: false, reason: `Rapport has no permission for ${new URL(origin).host} yet.` };
  }
  const id = `${SCRIPT_PREFIX}${origin}`;
  if (!(await enabledOrigins()).includes(origin)) {
    await browser.scripting.registerContentScripts([{ id, matches: [pattern], js: [contentScriptFile()], runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  if (tabId !== undefined) await injectInto(tabId);
  return { enabled: true };
}

/** Stop running on `origin` and give its permission back. */
export async function disableHost(origin: string): Promise<void> {
  const id = `${SCRIPT_PREFIX}${origin}`;
  if ((await enabledOrigins()).includes(origin)) await browser.scripting.unregisterContentScripts({ ids: [id] });
  try {
    await browser.permissions.remove({ origins: [`${origin}/*`] });
  } catch (error) {
    // A permission the manifest itself grants cannot be given back; the script is off all the same.
    console.warn('[Rapport] could not give the host permission back', error);
  }
}

/** The permission was withdrawn in the browser's own settings: stop registering the script there. */
export async function forgetRevokedOrigins(origins: readonly string[]): Promise<void> {
  const enabled = new Set(await enabledOrigins());
  const ids = origins
    .map((pattern) => httpsOrigin(pattern.replace(/\/\*$/, '/')))
    .filter((origin): origin is string => origin !== undefined && enabled.has(origin))
    .map((origin) => `${SCRIPT_PREFIX}${origin}`);
  if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids });
}

/** Run the content script in one tab now (a second run in the same page is a no-op or a fresh read). */
export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile()] });
}
