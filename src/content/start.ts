import { parseProfile } from '../core/profile';
import { send, serve } from '../messages/bus';
import type { PageReport } from '../messages/protocol';
import type { SiteAdapter } from '../sites/types';
import { runOnPage } from './run';

function report(r: PageReport): void {
  send('page/report', r).catch((error: unknown) => console.warn('[Rapport] report failed', error));
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
    return runOnPage({ adapter, profile, commonWords: stored.commonWords, signal: controller.signal, report }).scanned;
  };
  serve(['background'], { 'content/rescan': async () => ({ scanned: await begin() }) });
  await begin();
}
