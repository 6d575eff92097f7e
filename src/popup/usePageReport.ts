import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../messages/bus';
import type { PageReport } from '../messages/protocol';

export type ReportState =
  | { status: 'loading' }
  | { status: 'ready'; tabId: number; report: PageReport | null }
  | { status: 'error'; message: string };

/** The tab the popup is about: the active tab, or `?tab=ID` (used by the dashboard and tests). */
async function currentTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function usePageReport(): ReportState {
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  useEffect(() => {
    (async () => {
      const tabId = await currentTabId();
      if (tabId === undefined) return setState({ status: 'ready', tabId: -1, report: null });
      setState({ status: 'ready', tabId, report: await send('tab/report', { tabId }) });
    })().catch((error: unknown) => setState({ status: 'error', message: String(error) }));
  }, []);
  return state;
}
