import { useState } from 'preact/hooks';
import { send } from '../messages/bus';
import { t } from '../ui/i18n';

/** Download the engagement log as CSV: the user's data, theirs to take anywhere. */
export function ExportLog() {
  const [excel, setExcel] = useState(false);
  const [status, setStatus] = useState('');

  const download = async () => {
    setStatus(t('exporting'));
    try {
      const { csv, filename, rows } = await send('events/export-csv', { excel });
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(t('exported', String(rows)));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div class="row">
      <button type="button" class="primary" onClick={download}>
        {t('exportCsv')}
      </button>
      <label>
        <input type="checkbox" checked={excel} onChange={(e) => setExcel(e.currentTarget.checked)} /> {t('excelFriendly')}
      </label>
      <span role="status" class="muted">
        {status}
      </span>
    </div>
  );
}
