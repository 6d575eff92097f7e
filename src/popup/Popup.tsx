import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../messages/bus';
import { DemoBanner } from '../ui/DemoBanner';
import { t } from '../ui/i18n';
import type { PageReport } from '../messages/protocol';
import { PostItem } from './PostItem';
import { Reminders } from './Reminders';
import { SiteAccess } from './SiteAccess';
import { usePageReport } from './usePageReport';

export function Popup() {
  const state = usePageReport();
  const [demo, setDemo] = useState(false);
  const [hasProfile, setHasProfile] = useState(true);
  useEffect(() => {
    send('demo/status', {}).then((s) => setDemo(s.demo), () => undefined);
    send('profile/get', {}).then((p) => setHasProfile(p !== null), () => undefined);
  }, []);

  return (
    <>
      <header>
        <img src="/icons/icon-32.png" alt="" />
        <h1>Rapport</h1>
        {state.status === 'ready' && state.report && (
          <span class="site muted">{t('postsScanned', String(state.report.scanned))}</span>
        )}
      </header>
      <DemoBanner onCleared={() => location.reload()} />
      <main aria-live="polite">
        <Body state={state} demo={demo} hasProfile={hasProfile} />
      </main>
      <Reminders />
      <footer>
        <a href={browser.runtime.getURL('src/dashboard/index.html')} target="_blank" rel="noreferrer">
          {t('openDashboard')}
        </a>
        <a href={browser.runtime.getURL('src/options/index.html')} target="_blank" rel="noreferrer">
          {t('openOptions')}
        </a>
      </footer>
    </>
  );
}

function Body({ state, demo, hasProfile }: { state: ReturnType<typeof usePageReport>; demo: boolean; hasProfile: boolean }) {
  if (!hasProfile) {
    return (
      <div class="empty">
        <p>{t('noProfile')}</p>
        <a href={browser.runtime.getURL('src/options/index.html')} target="_blank" rel="noreferrer">
          {t('setUpProfile')}
        </a>
      </div>
    );
  }
  if (state.status === 'loading') return <p class="empty muted">{t('loading')}</p>;
  if (state.status === 'error') return <p class="empty" role="alert">{state.message}</p>;
  const { report, site, tabId, reload } = state;
  const access = <SiteAccess key={site.mode} site={site} tabId={tabId} hasReport={report !== null && report.scanned > 0} onChanged={reload} />;
  // A page of a site Rapport reads that holds no posts (YouTube's home feed): not a layout it failed to read.
  if (site.readsPage === false && (!report || report.scanned === 0)) return <p class="empty muted">{t('nothingToReadHere')}</p>;
  if (!report) return site.mode === 'unsupported' || site.mode === 'static' ? <p class="empty muted">{t('pageNotRead')}</p> : access;
  if (site.mode === 'on-demand' || site.mode === 'enabled-host') {
    return (
      <>
        {access}
        <Findings report={report} demo={demo} tabId={tabId} />
      </>
    );
  }
  return <Findings report={report} demo={demo} tabId={tabId} />;
}

function Findings({ report, demo, tabId }: { report: PageReport; demo: boolean; tabId: number }) {
  if (report.off) return <p class="empty muted">{t('siteTurnedOff')}</p>;
  if (report.scanned === 0) return <p class="empty muted">{t('layoutNotRecognised')}</p>;
  if (report.posts.length === 0) return <p class="empty muted">{t('nothingRelevant')}</p>;
  return (
    <ol class="posts" aria-label={t('relevantPosts')}>
      {report.posts.map((post) => (
        <PostItem key={post.record.id} post={post} demo={demo} tabId={tabId} />
      ))}
    </ol>
  );
}
