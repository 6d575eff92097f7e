import browser from 'webextension-polyfill';

/**
 * browser.i18n with a fallback: a missing key shows the key itself (and warns once), so a
 * forgotten string is visible in screenshots instead of an empty label.
 */
const warned = new Set<string>();

export function t(key: string, substitutions?: string | string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  if (text) return text;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(`[Rapport] missing i18n string "${key}"`);
  }
  return key;
}
