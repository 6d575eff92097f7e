import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const messages = JSON.parse(readFileSync('assets/_locales/en/messages.json', 'utf8')) as Record<string, unknown>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('i18n strings', () => {
  it('every literal t("key") used in src has an English message', () => {
    const missing: string[] = [];
    for (const file of sources('src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) {
        if (!(match[1]! in messages)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('templated keys exist for every value they can take', () => {
    for (const level of ['high', 'medium', 'low', 'none']) expect(messages).toHaveProperty(`level_${level}`);
    for (const type of ['surfaced', 'opened', 'replied', 'followed_up', 'dismissed', 'reminder_done', 'complaint_resolved']) {
      expect(messages).toHaveProperty(`event_${type}`);
    }
    // Goals (src/dashboard/goal-text.ts): each metric's name and count, each period.
    for (const metric of ['replied', 'followed_up', 'complaint_resolved', 'disclosure_rate']) expect(messages).toHaveProperty(`goalMetric_${metric}`);
    for (const metric of ['replied', 'followed_up', 'complaint_resolved']) expect(messages).toHaveProperty(`goalCount_${metric}`);
    for (const period of ['week', 'month']) {
      expect(messages).toHaveProperty(`goalPeriod_${period}`);
      expect(messages).toHaveProperty(`goalEvery_${period}`);
    }
    // The import report names each backup table (src/options/Backup.tsx).
    for (const table of ['settings', 'threads', 'people', 'reminders', 'goals', 'replies', 'events']) {
      expect(messages).toHaveProperty(`table_${table}`);
    }
  });

  it('the manifest names only messages that exist', () => {
    const manifest = readFileSync('manifest.json', 'utf8');
    for (const match of manifest.matchAll(/__MSG_(\w+)__/g)) expect(messages).toHaveProperty(match[1]!);
  });
});
