import { useState } from 'preact/hooks';
import { SiteIdSchema } from '../core/post';
import { csvFileName, exportCsv, verifyCsvChain } from '../storage/export/csv';
import type { Progress } from '../storage/export/paging';
import { t } from '../ui/i18n';
import { downloadParts, messageOf, useDatabase } from './database';
import { ProgressBar } from './Progress';

const SITES = SiteIdSchema.options.filter((site) => site !== 'demo');

/** Local midnight of a yyyy-mm-dd date input as an ISO time; `nextDay` for an inclusive end date. */
function dayStart(value: string, nextDay = false): string | undefined {
  if (!value) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y!, m! - 1, d! + (nextDay ? 1 : 0)).toISOString();
}

/**
 * The engagement log as CSV, the user's to take anywhere: a date range, sites and communities to
 * narrow it, an Excel-friendly option; written a page at a time with progress. Each row carries
 * a hash chained to the row before; the last one (shown after the export) is its fingerprint.
 */
export function ExportLog() {
  const { db, error } = useDatabase();
  const [excel, setExcel] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [site, setSite] = useState('');
  const [communities, setCommunities] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState('');
  const [head, setHead] = useState('');
  const [check, setCheck] = useState<{ ok: boolean; text: string } | null>(null);

  /** Recomputes a CSV export's chain: says whether it is as exported, and which rows are not. */
  const verify = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const { rows, breaks, head: last } = verifyCsvChain(await file.text());
    setCheck(
      breaks.length === 0
        ? { ok: true, text: t('csvIntact', [String(rows), last]) }
        : { ok: false, text: t('csvBroken', [String(breaks.length), breaks.slice(0, 10).join(', ')]) },
    );
    input.value = '';
  };

  const download = async () => {
    if (!db) return;
    setStatus(t('exporting'));
    setHead('');
    setProgress({ done: 0, total: 0 });
    try {
      const filter = {
        ...(dayStart(from) ? { from: dayStart(from) } : {}),
        ...(dayStart(to, true) ? { to: dayStart(to, true) } : {}),
        ...(site ? { sites: [site as (typeof SITES)[number]] } : {}),
        communities: communities.split(',').map((c) => c.trim()).filter(Boolean),
      };
      const result = await exportCsv(db, filter, { excel, onProgress: setProgress });
      downloadParts(result.parts, csvFileName(new Date()), 'text/csv;charset=utf-8');
      setStatus(t('exported', String(result.rows)));
      setHead(result.head);
    } catch (err) {
      setStatus(messageOf(err));
    } finally {
      setProgress(null);
    }
  };

  if (error) return <p class="error" role="alert">{error}</p>;
  return (
    <div class="data-task">
      <p class="muted">{t('exportExplain')}</p>
      <div class="fields">
        <label>
          {t('exportFrom')}
          <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          {t('exportTo')}
          <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <label>
          {t('exportSites')}
          <select value={site} onChange={(e) => setSite(e.currentTarget.value)}>
            <option value="">{t('exportAllSites')}</option>
            {SITES.map((id) => (
              <option key={id} value={id}>
                {t(`site_${id.replaceAll('-', '_')}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('exportCommunities')}
          <input type="text" value={communities} placeholder="r/coffee, Ask HN" onInput={(e) => setCommunities(e.currentTarget.value)} />
          <small>{t('exportCommunitiesHelp')}</small>
        </label>
      </div>
      <div class="row">
        <button type="button" class="primary" onClick={download} disabled={!db || progress !== null}>
          {t('exportCsv')}
        </button>
        <label>
          <input type="checkbox" checked={excel} onChange={(e) => setExcel(e.currentTarget.checked)} /> {t('excelFriendly')}
        </label>
        <span role="status" class="muted">
          {status}
        </span>
      </div>
      <ProgressBar label={t('exporting')} progress={progress} />
      <div class="row">
        <label class="file-button">
          {t('csvCheck')} <input type="file" accept="text/csv,.csv" onChange={(e) => void verify(e.currentTarget)} />
        </label>
      </div>
      {check && (
        <p class={check.ok ? 'ok' : 'error'} role={check.ok ? 'status' : 'alert'}>
          {check.text}
        </p>
      )}
      {head && (
        <p class="muted">
          {t('exportFingerprint')} <code class="hash">{head}</code>
        </p>
      )}
    </div>
  );
}
