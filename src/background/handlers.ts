import type { Runtime } from 'webextension-polyfill';
import { sendToTab, type Handlers } from '../messages/bus';
import type { PageReport } from '../messages/protocol';
import { DEMO_PROFILE } from '../demo/demo-profile';
import {
  clearDemoData,
  csvFileName,
  eventsToCsv,
  getProfile,
  hasDemoData,
  listEvents,
  recordEvent,
  saveProfile,
  upsertThreads,
  weeklyFiguresFromDb,
  addReminder,
  completeReminder,
  dueReminders,
  editPerson,
  forgetPerson,
  peopleByLastInteraction,
  recordInteraction,
  search,
  type RapportDB,
} from '../storage';
import { reviewReply, suggestReplies } from '../core';
import { cleanDraft, draftMessages } from '../core/reply/ai';
import { chromeAvailability, draftWithAi, loadAiSettings, saveAiSettings } from './ai';
import { INTENT_MODEL } from '../core/relevance/intent-weights';
import { commonNameWords } from './common-words';
import { loadTabReport, saveTabReport } from './tab-reports';

/** One handler a message; each is a few lines that call storage. */
export function createHandlers(database: () => Promise<RapportDB>): Handlers<'content' | 'page'> {
  return {
    'profile/get': async () => {
      const stored = await getProfile(await database());
      return stored ? { ...stored, commonWords: commonNameWords(stored.profile), intentModel: INTENT_MODEL } : null;
    },

    'page/report': async (report: PageReport, sender: Runtime.MessageSender) => {
      if (sender.tab?.id !== undefined) await saveTabReport(sender.tab.id, report);
      const db = await database();
      const { demo } = (await getProfile(db)) ?? { demo: false };
      const now = new Date().toISOString();
      await upsertThreads(
        db,
        report.posts.map(({ record, assessment }) => ({
          site: record.site,
          postId: record.id,
          url: record.permalink,
          title: record.title ?? record.body.slice(0, 140),
          community: record.community,
          author: record.author,
          seenAt: now,
          relevance: { score: assessment.score, level: assessment.level },
          demo,
        })),
      );
      return { stored: report.posts.length };
    },

    'demo/seed': async () => {
      const db = await database();
      if (await getProfile(db)) return { seeded: false };
      await saveProfile(db, DEMO_PROFILE, { demo: true });
      return { seeded: true };
    },

    'tab/report': async ({ tabId }) => loadTabReport(tabId),

    'reply/suggest': async ({ post }) => {
      const stored = await getProfile(await database());
      if (!stored) throw new Error('No brand profile yet: set one up in the settings.');
      return { suggestions: suggestReplies(post, stored.profile) };
    },

    'ai/settings': async () => ({ settings: await loadAiSettings(), chrome: await chromeAvailability() }),

    'ai/settings-save': async (settings) => saveAiSettings(settings),

    'reply/ai-draft': async ({ post }) => {
      const stored = await getProfile(await database());
      if (!stored) throw new Error('No brand profile yet: set one up in the settings.');
      const answer = await draftWithAi(await loadAiSettings(), draftMessages(post, stored.profile));
      const text = cleanDraft(answer, post.site);
      if (!text) throw new Error('The AI returned an empty draft.');
      // Every AI draft is reviewed like the person's own: its findings show with it.
      return { text, review: reviewReply(text, { profile: stored.profile, thread: post, site: post.site }) };
    },

    'reply/insert': async ({ tabId, text }) => {
      try {
        return await sendToTab(tabId, 'content/insert-reply', { text });
      } catch {
        return { inserted: false, reason: 'Rapport is not running on that page (reload it, or copy the reply instead).' };
      }
    },

    'reply/review-draft': async ({ draft, thread, site }) => {
      const stored = await getProfile(await database());
      if (!stored) throw new Error('No brand profile yet: set one up in the settings.');
      return reviewReply(draft, { profile: stored.profile, ...(thread ? { thread } : {}), site });
    },

    'reply/review': async ({ draft, thread }) => {
      const stored = await getProfile(await database());
      if (!stored) throw new Error('No brand profile yet: set one up in the settings.');
      return reviewReply(draft, { profile: stored.profile, thread, site: thread.site });
    },

    'profile/save': async ({ profile }) => {
      const saved = await saveProfile(await database(), profile, { demo: false });
      return { profile: saved, demo: false };
    },

    'engagement/record': async (input) => recordEvent(await database(), input),

    'events/list': async ({ limit }) => listEvents(await database(), { limit }),

    'events/weekly': async () => weeklyFiguresFromDb(await database()),

    'people/list': async ({ limit, before }) => peopleByLastInteraction(await database(), { limit, ...(before ? { before } : {}) }),

    'people/interaction': async (interaction) => recordInteraction(await database(), interaction),

    'people/edit': async ({ key, edit }) => ({ found: await editPerson(await database(), key, edit) }),

    'people/forget': async ({ key }) => forgetPerson(await database(), key),

    'reminders/due': async ({ limit, until }) => dueReminders(await database(), { limit, ...(until ? { until } : {}) }),

    'reminders/add': async (reminder) => addReminder(await database(), reminder),

    'reminders/done': async ({ id, site }) => ({ done: await completeReminder(await database(), id, site) }),

    'history/search': async ({ query, limit }) => search(await database(), query, { limit }),

    'events/export-csv': async ({ excel }) => {
      const events = await listEvents(await database(), { limit: Number.MAX_SAFE_INTEGER });
      return { csv: eventsToCsv(events, { excel }), filename: csvFileName(new Date()), rows: events.length };
    },

    'demo/status': async () => ({ demo: await hasDemoData(await database()) }),

    'demo/clear': async () => clearDemoData(await database()),
  };
}
