import { useState } from 'preact/hooks';
import { backupFileName, createBackup } from '../storage/export/backup';
import type { Progress } from '../storage/export/paging';
import { ImportError, importBackup, type ImportReport } from '../storage/import/import';
import { BACKUP_TABLES } from '../storage/tables';
import { t } from '../ui/i18n';
import { downloadParts, messageOf, useDatabase } from './database';
import { ProgressBar } from './Progress';

/** Shows the first problems only: a damaged file can have thousands. */
const SHOWN_PROBLEMS = 20;

function ChainStatus({ chain }: { chain: ImportReport['chain'] }) {
  if (chain.status === 'intact') return <p class="ok">{t('chainIntact', String(chain.count))}</p>;
  if (chain.status === 'absent') return <p class="muted">{t('chainAbsent')}</p>;
  const first = chain.breaks[0];
  return (
    <p class="error" role="alert">
      {t('chainBroken', [String(chain.breakCount), String(first?.position ?? 0)])}
    </p>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const rows = BACKUP_TABLES.filter(({ name }) => report.added[name] + report.updated[name] + report.skipped[name] + report.invalid[name] > 0);
  return (
    <div class="import-report" aria-label={t('importReport')}>
      {report.migratedFrom !== undefined && <p class="muted">{t('importMigrated', String(report.migratedFrom))}</p>}
      <ChainStatus chain={report.chain} />
      <table>
        <caption class="muted">{t('importReport')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importTable')}</th>
            <th scope="col">{t('importAdded')}</th>
            <th scope="col">{t('importUpdated')}</th>
            <th scope="col">{t('importSkipped')}</th>
            <th scope="col">{t('importInvalid')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name }) => (
            <tr key={name}>
              <th scope="row">{t(`table_${name}`)}</th>
              <td>{report.added[name]}</td>
              <td>{report.updated[name]}</td>
              <td>{report.skipped[name]}</td>
              <td>{report.invalid[name]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.problems.length > 0 && (
        <details open>
          <summary>{t('importProblems', String(report.problems.length))}</summary>
          <ul>
            {report.problems.slice(0, SHOWN_PROBLEMS).map((p) => (
              <li key={`${p.table}:${p.position}`}>
                {t('importProblem', [p.table, String(p.position), p.reason])}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/**
 * A full backup as JSON, and its restore: records merge by their ids (importing the same file
 * twice changes nothing; a stored record yields only to a newer copy), so a team can also merge
 * members' backups here. Both run a page at a time with progress.
 */
export function Backup() {
  const { db, error } = useDatabase();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState<'backup' | 'import' | null>(null);
  const [status, setStatus] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);

  const backup = async () => {
    if (!db) return;
    setBusy('backup');
    setReport(null);
    setStatus(t('backingUp'));
    try {
      const result = await createBackup(db, { onProgress: setProgress });
      downloadParts(result.parts, backupFileName(new Date()), 'application/json');
      const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
      setStatus(t('backedUp', String(total)));
    } catch (err) {
      setStatus(messageOf(err));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const restore = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!db || !file) return;
    setBusy('import');
    setReport(null);
    setStatus(t('importing'));
    try {
      const done = await importBackup(db, await file.text(), { onProgress: setProgress });
      setReport(done);
      setStatus(t('imported', file.name));
    } catch (err) {
      setStatus(messageOf(err));
      if (err instanceof ImportError && err.report) setReport(err.report);
    } finally {
      setBusy(null);
      setProgress(null);
      input.value = '';
    }
  };

  if (error) return <p class="error" role="alert">{error}</p>;
  return (
    <div class="data-task">
      <p class="muted">{t('backupExplain')}</p>
      <div class="row">
        <button type="button" class="primary" onClick={backup} disabled={!db || busy !== null}>
          {t('backupButton')}
        </button>
        <label class="file-button">
          {t('importButton')}{' '}
          <input type="file" accept="application/json,.json" disabled={!db || busy !== null} onChange={(e) => void restore(e.currentTarget)} />
        </label>
        <span role="status" class="muted">
          {status}
        </span>
      </div>
      <ProgressBar label={busy === 'import' ? t('importing') : t('backingUp')} progress={progress} />
      {report && <ImportReportView report={report} />}
    </div>
  );
}
