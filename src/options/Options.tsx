import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DemoBanner } from '../ui/DemoBanner';
import { t } from '../ui/i18n';
import { AiSettings } from './AiSettings';
import { Backup } from './Backup';
import { ExportLog } from './ExportLog';
import { ProfileForm } from './ProfileForm';
import { YourData } from './YourData';

export function Options() {
  useEffect(() => {
    // Ask the browser to keep Rapport's history under storage pressure (it may say no).
    void navigator.storage?.persist?.();
  }, []);
  return (
    <>
      <DemoBanner onCleared={() => location.reload()} />
      <div class="page">
        <h1>
          <img src="/icons/icon-48.png" alt="" /> {t('optionsTitle')}
        </h1>
        <p class="muted">{t('privacyShort')}</p>
        <section aria-labelledby="profile-heading">
          <h2 id="profile-heading">{t('profileHeading')}</h2>
          <ProfileForm />
        </section>
        <section aria-labelledby="ai-heading">
          <h2 id="ai-heading">{t('aiHeading')}</h2>
          <AiSettings />
        </section>
        <section aria-labelledby="export-heading">
          <h2 id="export-heading">{t('exportHeading')}</h2>
          <ExportLog />
        </section>
        <section aria-labelledby="backup-heading">
          <h2 id="backup-heading">{t('backupHeading')}</h2>
          <Backup />
        </section>
        <section aria-labelledby="data-heading">
          <h2 id="data-heading">{t('yourDataHeading')}</h2>
          <YourData />
        </section>
        <section aria-labelledby="demo-heading">
          <h2 id="demo-heading">{t('demoHeading')}</h2>
          <p>
            <a href={browser.runtime.getURL('src/demo/demo.html')}>{t('openDemo')}</a>
          </p>
        </section>
      </div>
    </>
  );
}
