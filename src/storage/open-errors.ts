/**
 * Why the database would not open, as the i18n key of a message the rep can act on. Dexie wraps
 * the browser's error in OpenFailedError (its `inner`); both names are checked.
 */
export type OpenErrorKey = 'storageBlocked' | 'storageVersion' | 'storageQuota' | 'storageUnavailable';

export function openErrorKey(error: unknown): OpenErrorKey {
  const names: string[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { name, message, inner } = e as { name?: unknown; message?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    if (typeof message === 'string') names.push(message);
    e = inner;
  }
  const said = names.join(' ');
  // Another tab holds an older version open and will not let go.
  if (/Blocked/i.test(said)) return 'storageBlocked';
  // Stored by a newer Rapport than this one (a downgrade).
  if (/VersionError|requested version .* less than/i.test(said)) return 'storageVersion';
  if (/Quota|disk full|space/i.test(said)) return 'storageQuota';
  return 'storageUnavailable';
}
