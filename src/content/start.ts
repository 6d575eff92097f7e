import { parseProfile } from '../core/profile';
import { parseIntentModel, type IntentModel } from '../core/relevance/intent-model';
import { send, serve } from '../messages/bus';
import type { PageReport } from '../messages/protocol';
import type { SiteAdapter } from '../sites/types';
import { insertReply } from './insert';
import { runOnPage } from './run';

function report(r: PageReport): void {
  send('page/report', r).catch((error: unknown) => console.warn('[Rapport] report failed', error));
}

let parsedModel: { text: string; model: IntentModel | undefined } | undefined;

/** The intent model's text parsed once a page (a rescan sends the same text again). */
function modelOf(text: string): IntentModel | undefined {
  if (parsedModel?.text !== text) {
    let model: IntentModel | undefined;
    try {
      model = parseIntentModel(text);
    } catch (error) {
      // A damaged model must not stop the page from being read: the cue rules still judge intents.
      console.warn('[Rapport] intent model unreadable; using the cue rules alone', error);
    }
    parsedModel = { text, model };
  }
  return parsedModel.model;
}

/**
 * Fetch the brand profile and run the page pipeline; run again from scratch when the background
 * asks (the profile changed). Each run owns an AbortController that tears its UI down.
 */
export async function startContent(adapter: SiteAdapter): Promise<void> {
  let controller: AbortController | undefined;
  const begin = async (): Promise<number> => {
    controller?.abort();
    controller = new AbortController();
    const stored = await send('profile/get', {});
    if (!stored) return 0; // No brand profile yet: the popup invites the user to set one up.
    const profile = parseProfile(stored.profile);
    // Per-site switch: off means the page is not read at all, and the popup says why.
    if (profile.sites[adapter.id] === false) {
      report({ url: location.href, site: adapter.id, posts: [], scanned: 0, off: true });
      return 0;
    }
    return runOnPage({ adapter, profile, commonWords: stored.commonWords, intentModel: modelOf(stored.intentModel), signal: controller.signal, report }).scanned;
  };
  serve(['background'], {
    'content/rescan': async () => ({ scanned: await begin() }),
    'content/insert-reply': async ({ text }) => {
      const box = adapter.findReplyBox(document);
      if (!box) return { inserted: false, reason: 'No reply box is open on this page: open the reply form first, or copy the reply.' };
      return insertReply(box, text) ? { inserted: true } : { inserted: false, reason: 'The reply box here could not be filled; copy the reply instead.' };
    },
  });
  await begin();
}
