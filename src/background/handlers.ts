import type { Runtime } from 'webextension-polyfill';
import { sendToTab, type Handlers } from '../messages/bus';
import type { AssessedPost } from '../messages/protocol';
import { DEMO_PROFILE } from '../demo/demo-profile';
import {
  clearDemoData,
  csvFileName,
  eventsToCsv,
  getProfile,
  hasDemoData,
  listEvents,
  recordEvent,
  recordReplied,
  snoozeReminder,
  threadUrls,
  saveProfile,
  upsertThreads,
  weeklyFiguresFromDb,
  addReminder,
  archiveGoal,
  completeReminder,
  listGoals,
  saveGoal,
  dueReminders,
  editPerson,
  forgetPerson,
  peopleByLastInteraction,
  recordInteraction,
  search,
  type RapportDB,
} from '../storage';
import { assessPost, reviewReply, suggestReplies } from '../core';
import { cleanDraft, draftMessages } from '../core/reply/ai';
import { chromeAvailability, draftWithAi, loadAiSettings, saveAiSettings } from './ai';
import { commonNameWords } from './common-words';
import { forgetTab, loadTabReport, saveTabReport } from './tab-reports';
import { disableHost, enabledOrigins, enableHost, injectInto, tabSite } from './hosts';
import { compiledFor, inTabOrder, judgePosts, mergeReport } from './page-posts';
import { prefilterSource } from '../core/relevance/prefilter';
import { goalsWithProgress } from './goals';

/** One handler a message; each is a few lines that call storage. */
export function createHandlers(database: () => Promise<RapportDB>, contentStrings?: () => Record<string, string>): Handlers<'content' | 'page'> {
  return {
    'profile/get': async () => {
      const stored = await getProfile(await database());
      return stored ? { ...stored, commonWords: commonNameWords(stored.profile) } : null;
    },

    'page/start': async ({ url, site }, sender: Runtime.MessageSender) => {
      const stored = await getProfile(await database());
      const tabId = sender.tab?.id;
      if (!stored) {
        if (tabId !== undefined) await forgetTab(tabId);
        return { run: false, reason: 'no-profile' as const };
      }
      // Per-site switch: off means the page is not read at all, and the popup says why.
      const off = stored.profile.sites[site] === false;
      if (tabId !== undefined) await saveTabReport(tabId, { url, site, posts: [], scanned: 0, ...(off && { off: true }) });
      if (off) return { run: false, reason: 'off' as const };
      const { prefilter } = compiledFor(stored.profile);
      return { run: true, prefilter: prefilter ? prefilterSource(prefilter) : null, strings: contentStrings?.() ?? {} };
    },

    'page/posts': async (batch, sender: Runtime.MessageSender) => {
      const db = await database();
      const stored = await getProfile(db);
      if (!stored) throw new Error('No brand profile yet: set one up in the settings.');
      const { verdicts, related } = judgePosts(batch.posts, compiledFor(stored.profile));
      const tabId = sender.tab?.id;
      // Recorded after answering: the page marks its posts without waiting for storage.
      void inTabOrder(tabId ?? -1, async () => {
        if (tabId !== undefined) await saveTabReport(tabId, mergeReport(await loadTabReport(tabId), batch, batch.posts.length + batch.skipped, related));
        if (related.length > 0) await recordThreads(db, related, stored.demo);
      }).catch((error: unknown) => console.warn('[Rapport] could not record the page', error));
      return { verdicts };
    },

    'tab/site': async ({ tabId }) => tabSite(tabId),

    'sites/enable-host': async ({ origin, tabId }) => enableHost(origin, tabId),

    'sites/disable-host': async ({ origin }) => {
      await disableHost(origin);
      return { disabled: true };
    },

    'sites/enabled-hosts': async () => ({ origins: await enabledOrigins() }),

    'tab/read-on-demand': async ({ tabId }) => {
      const { mode } = await tabSite(tabId);
      if (mode !== 'on-demand') return { started: false, reason: 'This page is not one Rapport reads on demand.' };
      try {
        await injectInto(tabId);
        return { started: true };
      } catch {
        return { started: false, reason: 'Rapport could not read this tab: open the popup from the page itself and try again.' };
      }
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

    'engagement/replied': async (input) => {
      const db = await database();
      const stored = await getProfile(db);
      // What the reply said, when the rep drafted it in the coach: did it name the brand, and disclose?
      let namedBrand: boolean | null = null;
      let disclosed: boolean | null = null;
      if (input.text && stored) {
        namedBrand = assessPost({ site: input.site, body: input.text }, stored.profile).mentionsBrand;
        const review = reviewReply(input.text, { profile: stored.profile, site: input.site });
        disclosed = namedBrand ? !review.findings.some((f) => f.code === 'missing_disclosure') : null;
      }
      const done = await recordReplied(db, { ...input, namedBrand, disclosed });
      return { eventId: done.event.id, ...(done.reminder && { reminderDue: done.reminder.due }), namedBrand, disclosed };
    },

    'engagement/record': async (input) => recordEvent(await database(), input),

    'events/list': async ({ limit }) => listEvents(await database(), { limit }),

    'events/weekly': async () => weeklyFiguresFromDb(await database()),

    'people/list': async ({ limit, before }) => peopleByLastInteraction(await database(), { limit, ...(before ? { before } : {}) }),

    'people/interaction': async (interaction) => recordInteraction(await database(), interaction),

    'people/edit': async ({ key, edit }) => ({ found: await editPerson(await database(), key, edit) }),

    'people/forget': async ({ key }) => forgetPerson(await database(), key),

    'reminders/due': async ({ limit, until }) => {
      const db = await database();
      const reminders = await dueReminders(db, { limit, ...(until ? { until } : {}) });
      const links = await threadUrls(db, reminders.flatMap((r) => (r.threadKey ? [r.threadKey] : [])));
      return reminders.map((r) => {
        const threadUrl = r.threadKey ? links.get(r.threadKey) : undefined;
        return threadUrl ? { ...r, threadUrl } : r;
      });
    },

    'reminders/snooze': async ({ id, due }) => ({ snoozed: await snoozeReminder(await database(), id, due) }),

    'reminders/add': async (reminder) => addReminder(await database(), reminder),

    'reminders/done': async ({ id }) => ({ done: await completeReminder(await database(), id) }),

    'history/search': async ({ query, limit }) => search(await database(), query, { limit }),

    'goals/list': async ({ archived }) => {
      const db = await database();
      return goalsWithProgress(db, await listGoals(db, { archived }), new Date());
    },

    'goals/save': async (goal) => saveGoal(await database(), goal),

    'goals/archive': async ({ id }) => ({ archived: await archiveGoal(await database(), id) }),

    'events/export-csv': async ({ excel }) => {
      const events = await listEvents(await database(), { limit: Number.MAX_SAFE_INTEGER });
      return { csv: eventsToCsv(events, { excel }), filename: csvFileName(new Date()), rows: events.length };
    },

    'demo/status': async () => ({ demo: await hasDemoData(await database()) }),

    'demo/clear': async () => clearDemoData(await database()),
  };
}

/** Threads seen on pages, in one transaction a batch (first and last seen, relevance). */
async function recordThreads(db: RapportDB, posts: readonly AssessedPost[], demo: boolean): Promise<void> {
  const now = new Date().toISOString();
  await upsertThreads(
    db,
    posts.map(({ record, assessment }) => ({
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
}
