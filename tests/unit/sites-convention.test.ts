// Node environment on purpose (no happy-dom): importing the registry here also proves it loads
// without a DOM, which vite.config.ts relies on to generate the manifest's match patterns.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SiteIdSchema } from '../../src/core/post';
import { contentScriptMatches, contentScripts, sites } from '../../src/sites/registry';

const ROOT = join(import.meta.dirname, '../..');
const SITES_DIR = join(ROOT, 'src/sites');
const FIXTURES_DIR = join(ROOT, 'tests/fixtures/sites');

/** The demo is an extension page: its "fixture" is src/demo/demo.html itself. */
const EXTENSION_PAGES = new Set(['demo']);

describe('site conventions: a folder, a registry line, a fixture and a test for every site', () => {
  it('runs without a DOM', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(contentScriptMatches().length).toBeGreaterThan(0);
  });

  it('has no site folder that is not registered', () => {
    const folders = readdirSync(SITES_DIR).filter((f) => statSync(join(SITES_DIR, f)).isDirectory());
    expect(folders.sort()).toEqual(sites.map((s) => s.id).sort());
  });

  for (const site of sites) {
    describe(site.id, () => {
      it('has a known id, a name, and a folder with index.ts, selectors.ts and a test', () => {
        expect(SiteIdSchema.safeParse(site.id).success).toBe(true);
        expect(site.name.trim()).not.toBe('');
        for (const file of ['index.ts', 'selectors.ts', `${site.id}.test.ts`]) {
          expect(existsSync(join(SITES_DIR, site.id, file)), `src/sites/${site.id}/${file}`).toBe(true);
        }
      });

      it('has its content-script entry when it runs on hosts of its own (the manifest names one bundle a site)', () => {
        const entry = contentScripts().find((c) => c.id === site.id)?.entry;
        if (site.onDemand || site.matches.length === 0) return expect(entry).toBeUndefined();
        expect(entry).toBe(`src/content/sites/${site.id}.ts`);
        const source = readFileSync(join(ROOT, entry!), 'utf8');
        // This site's adapter alone: never the registry, which would bundle every site.
        expect(source).toMatch(/\bboot\(\[\w+\]\)/);
        expect(source).not.toMatch(/registry/);
      });

      it('has at least one fixture with an .expect.json naming its URL and post count', () => {
        const dir = join(FIXTURES_DIR, site.id);
        expect(existsSync(dir), `tests/fixtures/sites/${site.id}/`).toBe(true);
        const expects = readdirSync(dir).filter((f) => f.endsWith('.expect.json'));
        expect(expects.length).toBeGreaterThan(0);
        for (const file of expects) {
          const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
          expect(data.site, file).toBe(site.id);
          expect(() => new URL(String(data.url)), `${file}: url`).not.toThrow();
          expect(data.posts, `${file}: posts`).toBeTypeOf('number');
          const fixture = String(data.fixture);
          expect(existsSync(join(ROOT, fixture)), `${file}: fixture ${fixture}`).toBe(true);
          if (EXTENSION_PAGES.has(site.id)) expect(fixture).toBe(`src/${site.id}/${site.id}.html`);
          else expect(fixture).toBe(`tests/fixtures/sites/${site.id}/${file.replace('.expect.json', '.html')}`);
        }
      });

      it(EXTENSION_PAGES.has(site.id) ? 'is not a content-script site' : 'declares https match patterns', () => {
        if (EXTENSION_PAGES.has(site.id)) return expect(site.matches).toEqual([]);
        expect(site.matches.length).toBeGreaterThan(0);
        for (const pattern of site.matches) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
      });
    });
  }

  it('has no fixture folder without a registered site', () => {
    const folders = readdirSync(FIXTURES_DIR).filter((f) => statSync(join(FIXTURES_DIR, f)).isDirectory());
    expect(folders.sort()).toEqual(sites.map((s) => s.id).sort());
  });
});
