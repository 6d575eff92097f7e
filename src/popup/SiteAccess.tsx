import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../messages/bus';
import type { TabSite } from '../messages/protocol';
import { t } from '../ui/i18n';

const hostOf = (origin: string | undefined): string => (origin ? new URL(origin).host : '');

/**
 * What the person can do about Rapport on a page it does not read by itself:
 * - any https page may be a Mastodon server or a Discourse forum: "Use Rapport on this site" asks
 *   the browser for that host's permission (the browser shows its own prompt), then the background
 *   runs the content script there from now on;
 * - LinkedIn is read only when asked ("Read this page"), and nothing is written into its pages.
 * `onChanged` reloads the tab's report when something was started.
 */
export function SiteAccess({ site, tabId, hasReport, onChanged }: { site: TabSite; tabId: number; hasReport: boolean; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | undefined>();
  const host = hostOf(site.origin);

  const act = async (work: () => Promise<string | undefined>) => {
    setBusy(true);
    setNote(undefined);
    try {
      setNote(await work());
      onChanged();
    } catch (error) {
      setNote(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  if (site.mode === 'can-enable' && site.origin) {
    const origin = site.origin;
    const enable = () =>
      act(async () => {
        // Only a click can ask for a permission: this runs in the popup, in the click's handler.
        const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
        if (!granted) return t('hostPermissionRefused', host);
        const answer = await send('sites/enable-host', { origin, tabId });
        return answer.enabled ? t('hostEnabled', host) : answer.reason;
      });
    return (
      <section class="access" aria-label={t('siteAccessLabel')}>
        <p>{t('anyHostOffer', host)}</p>
        <button type="button" disabled={busy} onClick={enable}>
          {t('useOnThisSite')}
        </button>
        {note && <p class="muted" role="status">{note}</p>}
      </section>
    );
  }
  if (site.mode === 'on-demand') {
    const read = () =>
      act(async () => {
        const answer = await send('tab/read-on-demand', { tabId });
        return answer.started ? undefined : answer.reason;
      });
    return (
      <section class="access" aria-label={t('siteAccessLabel')}>
        <p class={hasReport ? 'muted' : ''}>{t('onDemandNote')}</p>
        <button type="button" disabled={busy} onClick={read}>
          {hasReport ? t('readAgain') : t('readThisPage')}
        </button>
        {note && <p class="muted" role="status">{note}</p>}
      </section>
    );
  }
  if (site.mode === 'enabled-host' && site.origin) {
    const origin = site.origin;
    const disable = () =>
      act(async () => {
        await send('sites/disable-host', { origin });
        return t('hostDisabled', host);
      });
    return (
      <section class="access" aria-label={t('siteAccessLabel')}>
        {!hasReport && <p>{t('hostOnButUnrecognised', host)}</p>}
        <button type="button" class="link" disabled={busy} onClick={disable}>
          {t('stopOnThisSite', host)}
        </button>
        {note && <p class="muted" role="status">{note}</p>}
      </section>
    );
  }
  return null;
}
