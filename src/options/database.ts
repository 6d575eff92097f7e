import { useEffect, useState } from 'preact/hooks';
import { openDatabase, type RapportDB } from '../storage/db';
import { openErrorKey } from '../storage/open-errors';
import { t } from '../ui/i18n';

/**
 * The options page works on the database itself for the long data tasks (export, import, delete):
 * an extension page shares the background's origin, so it is the same database, and a 30 MB export
 * need not cross a message channel. A failed open becomes a message the person can act on.
 */
let opening: Promise<RapportDB> | undefined;
function database(): Promise<RapportDB> {
  opening ??= openDatabase();
  opening.catch(() => (opening = undefined));
  return opening;
}

export function useDatabase(): { db: RapportDB | null; error: string | null } {
  const [state, setState] = useState<{ db: RapportDB | null; error: string | null }>({ db: null, error: null });
  useEffect(() => {
    database().then(
      (db) => setState({ db, error: null }),
      (error: unknown) => setState({ db: null, error: t(openErrorKey(error)) }),
    );
  }, []);
  return state;
}

/** Hands the browser a file to save, built from parts (a Blob joins them without one big string). */
export function downloadParts(parts: string[], filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A readable message from anything thrown; a full disk says what to do about it. */
export function messageOf(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  return openErrorKey(error) === 'storageQuota' ? `${t('storageQuota')} (${raw})` : raw;
}
