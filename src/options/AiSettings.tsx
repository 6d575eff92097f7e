import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AiSettings as Settings } from '../core/reply/ai';
import { send } from '../messages/bus';
import { t } from '../ui/i18n';

/**
 * Optional AI drafting, off by default. For an OpenAI-compatible endpoint the browser asks the
 * person for that one host's permission when they save; nothing is sent until they press
 * "Draft with AI" on a post.
 */
export function AiSettings() {
  const [provider, setProvider] = useState<Settings['provider']>('off');
  const [endpoint, setEndpoint] = useState('http://localhost:11434/v1');
  const [model, setModel] = useState('llama3.2');
  const [apiKey, setApiKey] = useState('');
  const [chrome, setChrome] = useState('unavailable');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    send('ai/settings', {}).then(
      ({ settings, chrome: availability }) => {
        setProvider(settings.provider);
        setChrome(availability);
        if (settings.provider === 'openai') {
          setEndpoint(settings.endpoint);
          setModel(settings.model);
          setApiKey(settings.apiKey ?? '');
        }
      },
      () => undefined,
    );
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    setStatus(null);
    try {
      if (provider === 'openai') {
        const origin = new URL(endpoint).origin;
        // Asked here, on the person's click, for this one host only.
        const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
        if (!granted) {
          setStatus({ ok: false, text: t('aiPermissionDenied', origin) });
          return;
        }
        await send('ai/settings-save', { provider, endpoint, model, ...(apiKey ? { apiKey } : {}) });
      } else {
        await send('ai/settings-save', { provider });
      }
      setStatus({ ok: true, text: t('aiSaved') });
    } catch (error) {
      setStatus({ ok: false, text: String(error instanceof Error ? error.message : error) });
    }
  };

  return (
    <form onSubmit={save} class="ai-settings">
      <p class="muted">{t('aiExplain')}</p>
      <fieldset>
        <legend>{t('aiProvider')}</legend>
        <label>
          <input type="radio" name="ai" checked={provider === 'off'} onChange={() => setProvider('off')} /> {t('aiOff')}
        </label>
        <label>
          <input type="radio" name="ai" checked={provider === 'chrome'} disabled={chrome === 'unavailable'} onChange={() => setProvider('chrome')} />{' '}
          {t('aiChrome')} <span class="muted">({t(`aiChrome_${chrome}`)})</span>
        </label>
        <label>
          <input type="radio" name="ai" checked={provider === 'openai'} onChange={() => setProvider('openai')} /> {t('aiOpenAi')}
        </label>
      </fieldset>
      {provider === 'openai' && (
        <div class="ai-endpoint">
          <label>
            {t('aiEndpoint')}
            <input type="url" required value={endpoint} onInput={(e) => setEndpoint((e.target as HTMLInputElement).value)} />
          </label>
          <label>
            {t('aiModel')}
            <input type="text" required value={model} onInput={(e) => setModel((e.target as HTMLInputElement).value)} />
          </label>
          <label>
            {t('aiKey')}
            <input type="password" autocomplete="off" value={apiKey} onInput={(e) => setApiKey((e.target as HTMLInputElement).value)} />
          </label>
        </div>
      )}
      <button type="submit" class="primary">
        {t('aiSave')}
      </button>
      {status && <p role={status.ok ? 'status' : 'alert'}>{status.text}</p>}
    </form>
  );
}
