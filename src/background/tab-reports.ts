import browser from 'webextension-polyfill';
import { PageReportSchema, type PageReport } from '../messages/protocol';

/**
 * What each tab's content script last found, for the popup. Kept in storage.session so it
 * survives the service worker being stopped, and dropped when the tab closes.
 */
const keyOf = (tabId: number) => `tab:${tabId}`;

export async function saveTabReport(tabId: number, report: PageReport): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: report });
}

export async function loadTabReport(tabId: number): Promise<PageReport | null> {
  const stored = await browser.storage.session.get(keyOf(tabId));
  const parsed = PageReportSchema.safeParse(stored[keyOf(tabId)]);
  return parsed.success ? parsed.data : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
