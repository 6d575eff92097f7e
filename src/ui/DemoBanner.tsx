import { useEffect, useState } from 'preact/hooks';
import { send } from '../messages/bus';
import { t } from './i18n';

/** Shown wherever demo data is present: says so, and clears it in one click. */
export function DemoBanner({ onCleared }: { onCleared?: () => void }) {
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    send('demo/status', {}).then((s) => setDemo(s.demo), () => setDemo(false));
  }, []);
  if (!demo) return null;
  const clear = async () => {
    await send('demo/clear', {});
    setDemo(false);
    onCleared?.();
  };
  return (
    <div class="demo-banner" role="status">
      <span>{t('demoBanner')}</span>
      <button type="button" onClick={clear}>
        {t('demoClear')}
      </button>
    </div>
  );
}
