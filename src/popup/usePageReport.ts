import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../messages/bus';
import type { PageReport, TabSite } from '../messages/protocol';

export type ReportState =
  | { status: 'loading' }
  | { status: 'ready'; tabId: number; report: PageReport | null; site: TabSite; reload: () => void }
  | { status: 'error'; message: string };

/** The tab the popup is about: the active tab, or `?tab=ID` (used by the dashboard and tests). */
async function currentTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** How long the popup waits for a page it just started reading (a turned-on host, LinkedIn). */
const WAIT_MS = 5_000;

export function usePageReport(): ReportState {
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let cancelled = false;
    const reload = () => setRound((n) => n + 1);
    (async () => {
      const tabId = await currentTabId();
      if (tabId === undefined) return setState({ status: 'ready', tabId: -1, report: null, site: { mode: 'unsupported' }, reload });
      const site = await send('tab/site', { tabId });
      let report = await send('tab/report', { tabId });
      // Just started (round > 0): the page's first posts arrive within a moment.
      for (const started = Date.now(); round > 0 && !cancelled && (report?.scanned ?? 0) === 0 && Date.now() - started < WAIT_MS; ) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        report = await send('tab/report', { tabId });
      }
      if (!cancelled) setState({ status: 'ready', tabId, report, site, reload });
    })().catch((error: unknown) => setState({ status: 'error', message: String(error) }));
    return () => {
      cancelled = true;
    };
  }, [round]);
  return state;
}
