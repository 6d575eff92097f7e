/**
 * `npm run bench -- content`: what the content script costs a page, in real headless Chromium with
 * the built extension, beside the floor measured in the same run (issue 3):
 * - the floor: reading the posts' fields from the DOM in a bare loop (page's own script), read
 *   from its own CPU profile the same way as Rapport's figure (performance.now's time beside it);
 * - Rapport on a 1,000-comment Hacker News thread: its total main-thread time (the V8 CPU profile's
 *   samples whose stack holds a frame of the content script, native DOM calls and message
 *   serialisation included; each sample counts for at most SAMPLE_CAP_MS) and its longest task
 *   (the longest unbroken run of such samples);
 * - 50 comments appended later (infinite scroll): the same figures for that change alone;
 * - the content scripts' bundle sizes, raw and gzip: Hacker News's (what this page loads), the
 *   largest of the sites', and the one with every site (for hosts a person turns Rapport on for);
 * - what starting the script costs before it reads anything: compiling and running each bundle's
 *   top level in a fresh isolated world (V8 compile time is not in the profile's figure).
 * Env: RAPPORT_BENCH_TOP=1|outer prints a breakdown; RAPPORT_BENCH_PROFILES=<dir> saves each page's profiles.
 * Scoring happens in the service worker (another thread): its cost per post is the relevance
 * suite's; the time from navigation to every post marked is reported as well.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
// @ts-expect-error: plain ESM helper shared with scripts/start.mjs
import { findChromium, INSTALL_HINT, QUIET_FLAGS } from '../../scripts/chromium.mjs';
import { loadPosts } from '../eval/relevance-data';
import { fixed, median, table, type BenchContext, type BenchResult } from './harness';

const ROOT = process.env.RAPPORT_ROOT ?? process.cwd();
const DIST = join(ROOT, 'dist/chrome');
const URL_ITEM = 'https://news.ycombinator.com/item?id=42424242';
/** The same page at an address Rapport does not run on, for the floor. */
const URL_FLOOR = 'https://floor.example.org/item?id=42424242';
const POSTS = 1_000;
/** The bundle Hacker News pages load (the manifest's entry for the site), and the one with every site. */
const HN_BUNDLE = 'src/content/sites/hacker-news.js';
const ALL_BUNDLE = 'src/content/index.js';
const APPENDED = 50;
const FRAME_MS = 16;

const PROFILE = {
  brandNames: ['Brightbrew'],
  products: ['Brightbrew Duo', 'Brightbrew Mill 60'],
  competitors: ['Breville', 'Gaggia', 'Baratza'],
  topics: ['espresso machine', 'burr grinder', 'espresso'],
  domains: ['brightbrew.example'],
};

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One comment row in HN's markup (as in tests/fixtures/sites/hacker-news/item.html). */
function commentRow(id: number, depth: number, author: string, body: string): string {
  const [first = '', ...rest] = body.split(/\n+/).map(escapeHtml);
  const text = first + rest.map((p) => `<p>${p}</p>`).join('');
  return `<tr class="athing comtr" id="${id}"><td><table border="0"><tr><td class="ind" indent="${depth}"><img src="s.gif" height="1" width="${depth * 40}"></td><td valign="top" class="votelinks"><center><a id="up_${id}" href="vote?id=${id}&amp;how=up"><div class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${author}" class="hnuser">${author}</a> <span class="age" title="2026-11-22T14:20:45 1795357245"><a href="item?id=${id}">19 hours ago</a></span> <span id="unv_${id}"></span><span class="navs"> | <a href="#" class="clicky">next</a> <a class="togg clicky" id="${id}" n="1" href="javascript:void(0)">[–]</a></span></span></div><br><div class="comment"><div class="commtext c00">${text}</div><div class="reply"><p><font size="1"><u><a href="reply?id=${id}" rel="nofollow">reply</a></u></font></p></div></div></td></tr></table></td></tr>`;
}

/** Comment bodies from the labeled posts: a mixed feed, mostly about other things, as on a real thread. */
function bodies(): string[] {
  const posts = loadPosts();
  const out: string[] = [];
  // Every 4th post, so the thread mixes fields and the coffee posts (brightbrew) are a minority.
  for (let i = 0; out.length < POSTS + APPENDED; i += 4) {
    const post = posts[i % posts.length]!;
    out.push(post.title ? `${post.title}\n${post.body}` : post.body);
  }
  return out;
}

function threadPage(texts: string[]): string {
  const fixture = readFileSync(join(ROOT, 'tests/fixtures/sites/hacker-news/item.html'), 'utf8');
  const open = fixture.indexOf('<table border="0" class="comment-tree">');
  const close = fixture.indexOf('</table>', fixture.lastIndexOf('class="athing comtr"'));
  if (open < 0 || close < 0) throw new Error('hacker-news/item.html: comment tree not found');
  const rows = texts.slice(0, POSTS).map((text, i) => commentRow(50_000_000 + i, [0, 1, 2, 1, 0, 1][i % 6]!, `user${i % 97}`, text));
  return `${fixture.slice(0, open)}<table border="0" class="comment-tree"><tbody>${rows.join('\n')}</tbody>${fixture.slice(close)}`;
}

/** The benchmark's page, for looking at it outside the bench. */
export const __threadPageForDebug = (): string => threadPage(bodies());

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Longest time one sample stands for. The profiler samples the page's thread about every 0.1 ms
 * (asked for 50 µs); a longer gap means the thread, or the sampler, was not running (descheduled
 * on a busy machine), and that time was no one's work. Counted in full it went to whatever frame
 * happened to be sampled next: single samples of 5-15 ms turned up on this 2-core machine under
 * load. Both Rapport's figure and the floor are read from samples with this cap.
 */
const SAMPLE_CAP_MS = 0.5;

/**
 * Time in a CPU profile's samples whose stack holds a frame from `scriptUrl`: total ms, the
 * longest unbroken run, and the total without the cap on sample duration (for reference).
 */
function rapportTime(profile: CpuProfile, scriptUrl: string): { totalMs: number; longestMs: number; tasks: number; uncappedMs: number } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value = node?.callFrame.url.startsWith(scriptUrl) === true || (up !== undefined && isOurs(up));
    ours.set(id, value);
    return value;
  };
  const selfMs = new Map<string, number>();
  let total = 0;
  let run = 0;
  let longest = 0;
  let tasks = 0;
  // timeDeltas[i] is the time since the previous sample: sample i's duration is timeDeltas[i + 1].
  let uncapped = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const raw = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const ms = Math.min(raw, SAMPLE_CAP_MS);
    if (isOurs(profile.samples[i]!)) {
      if (run === 0) tasks++;
      total += ms;
      uncapped += raw;
      run += ms;
      let leaf = byId.get(profile.samples[i]!)!;
      if (process.env.RAPPORT_BENCH_TOP === 'outer') {
        // The outermost content-script frame of the stack: which entry point the time went to.
        for (let id = parent.get(leaf.id); id !== undefined; id = parent.get(id)) {
          const node = byId.get(id)!;
          if (node.callFrame.url.startsWith(scriptUrl)) leaf = node;
        }
      }
      const name = `${leaf.callFrame.functionName || '(anon)'} ${leaf.callFrame.url.split('/').pop() ?? ''}`;
      selfMs.set(name, (selfMs.get(name) ?? 0) + ms);
      longest = Math.max(longest, run);
    } else run = 0;
  }
  if (process.env.RAPPORT_BENCH_TOP) console.error([...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, t]) => `${t.toFixed(2)} ms  ${n}`).join('\n'));
  return { totalMs: total, longestMs: longest, tasks, uncappedMs: uncapped };
}

async function profiled<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  return { result, profile };
}

/** The floor's loop, put in the page as a script of its own so its frames can be told apart in a profile. */
const FLOOR_SCRIPT = `function rapportFloor() {
  let sink = 0;
  for (const row of document.querySelectorAll('tr.athing')) {
    const id = row.id;
    const indent = row.querySelector('td.ind')?.getAttribute('indent') ?? '';
    const author = row.querySelector('.hnuser')?.textContent ?? '';
    const time = row.querySelector('.age')?.getAttribute('title') ?? '';
    const text = row.querySelector('.commtext')?.textContent ?? '';
    sink += id.length + indent.length + author.length + time.length + text.length;
  }
  return sink;
}
//# sourceURL=${URL_FLOOR.replace(/\?.*/, '')}/rapport-floor.js`;

/**
 * The floor: the fields HN's adapter reads, in a bare loop, on a fresh page. The first run is what
 * reading each post once costs (nothing has touched these nodes, as the content script's world
 * had not); it is profiled as Rapport is, and its time read from the profile's samples the same
 * way (`profiled`); `wallMs` is performance.now's. Later runs reuse the wrappers the first one
 * made (`warm`).
 *
 * `world`: where the loop runs. A content script runs in an isolated world, where every DOM
 * node it touches gets a wrapper of that world's own, kept in a side table (the page's world
 * keeps its wrappers on the node): the same loop costs more there (measured: about 1.3x). The
 * target's floor is the isolated world's, a world made over CDP as Chromium makes the content
 * script's; the page world's is printed beside it.
 */
async function floorMs(page: Page, cdp: CDPSession, world: 'page' | 'isolated'): Promise<{ cold: number; wallMs: number; uncapped: number; warm: number }> {
  let contextId: number | undefined;
  if (world === 'isolated') {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    ({ executionContextId: contextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'rapport-floor' })) as { executionContextId: number });
  }
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true, ...(contextId !== undefined && { contextId }) })) as { result: { value: T }; exceptionDetails?: unknown };
    if (exceptionDetails) throw new Error(`floor: ${JSON.stringify(exceptionDetails)}`);
    return result.value;
  };
  await evaluate(FLOOR_SCRIPT);
  const first = await profiled(cdp, () => evaluate<number>('(() => { const start = performance.now(); rapportFloor(); return performance.now() - start; })()'));
  const sampled = rapportTime(first.profile, `${URL_FLOOR.replace(/\?.*/, '')}/rapport-floor.js`);
  const warm = await evaluate<number[]>('(() => { const times = []; for (let r = 0; r < 14; r++) { const start = performance.now(); rapportFloor(); times.push(performance.now() - start); } return times; })()');
  return { cold: sampled.totalMs, wallMs: first.result, uncapped: sampled.uncappedMs, warm: median(warm) };
}

/** The floor on a fresh copy of the page where Rapport does not run. */
async function freshFloor(context: BrowserContext, world: 'page' | 'isolated') {
  const bare = await context.newPage();
  await bare.goto(URL_FLOOR);
  const cdp = await context.newCDPSession(bare);
  try {
    return await floorMs(bare, cdp, world);
  } finally {
    await cdp.detach();
    await bare.close();
  }
}

/**
 * Compiling and running a bundle's top level, on a fresh copy of the page where Rapport does not
 * run, in an isolated world made over CDP: what a page pays before the script reads anything.
 * At this address no adapter claims the page, so the script stops after looking.
 */
async function startCost(context: BrowserContext, source: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(URL_FLOOR);
  const cdp = await context.newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId: contextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'rapport-start' })) as { executionContextId: number };
    await cdp.send('Runtime.evaluate', { expression: `globalThis.__rapportSource = ${JSON.stringify(source)};`, contextId });
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression: '(() => { const start = performance.now(); (0, eval)(globalThis.__rapportSource); return performance.now() - start; })()',
      returnByValue: true,
      contextId,
    })) as { result: { value: number } };
    return result.value;
  } finally {
    await cdp.detach();
    await page.close();
  }
}

const marked = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-rapport-level]').length);

/**
 * Resolves when `count` posts are marked. Waits in the page, woken by the attribute changes, rather
 * than asking every few ms: polling from here ran script in the page's thread while Rapport worked.
 */
async function waitMarked(page: Page, count: number): Promise<void> {
  const done = await page.evaluate(
    (n) =>
      new Promise<boolean>((resolve) => {
        const seen = new Set<Node>(document.querySelectorAll('[data-rapport-level]'));
        if (seen.size >= n) return resolve(true);
        const timer = setTimeout(() => resolve(false), 60_000);
        const observer = new MutationObserver((records) => {
          for (const record of records) seen.add(record.target);
          if (seen.size < n) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(true);
        });
        observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rapport-level'] });
      }),
    count,
  );
  if (!done) throw new Error(`only ${await marked(page)} of ${count} posts marked`);
}

interface Rep {
  /** The floor's first run in an isolated world, from its CPU profile's samples as Rapport's figure is (see floorMs). */
  floorMs: number;
  /** The same loop in the page's own world. */
  pageFloorMs: number;
  floorWarmMs: number;
  /** The same run by performance.now, and from its samples without the cap. */
  floorWallMs: number;
  floorUncappedMs: number;
  firstUncappedMs: number;
  firstMs: number;
  firstLongestMs: number;
  firstTasks: number;
  markedAfterMs: number;
  appendMs: number;
  appendLongestMs: number;
}

async function oneRep(context: BrowserContext, extensionId: string, page: Page, index: number): Promise<Rep> {
  const scriptUrl = `chrome-extension://${extensionId}/`; // any of its files: only content scripts run in a page
  const cdp = await context.newCDPSession(page);
  const started = Date.now();
  const first = await profiled(cdp, async () => {
    await page.goto(URL_ITEM);
    await waitMarked(page, POSTS + 1);
  });
  if (process.env.RAPPORT_BENCH_TOP) console.error(await page.evaluate(() => JSON.stringify({ levels: [...document.querySelectorAll('[data-rapport-level]')].reduce<Record<string, number>>((n, e) => ((n[e.getAttribute('data-rapport-level')!] = (n[e.getAttribute('data-rapport-level')!] ?? 0) + 1), n), {}), badges: document.querySelectorAll('[data-rapport-badge]').length })));
  const markedAfterMs = Date.now() - started;
  const texts = bodies().slice(POSTS);
  const append = await profiled(cdp, async () => {
    await page.evaluate((rows) => {
      const body = document.querySelector('table.comment-tree > tbody')!;
      const parsed = new DOMParser().parseFromString(`<table><tbody>${rows.join('')}</tbody></table>`, 'text/html');
      body.append(...[...parsed.querySelectorAll('table > tbody > tr.athing')].map((row) => document.importNode(row, true)));
    }, texts.map((text, i) => commentRow(60_000_000 + i, i % 3, `late${i}`, text)));
    await waitMarked(page, POSTS + 1 + APPENDED);
  });
  // The floor on fresh copies of the page where Rapport does not run: both read nodes nobody read before.
  const floor = await freshFloor(context, 'isolated');
  const pageFloor = await freshFloor(context, 'page');
  const a = rapportTime(first.profile, scriptUrl);
  const b = rapportTime(append.profile, scriptUrl);
  if (process.env.RAPPORT_BENCH_PROFILES) {
    // For a closer look (DevTools' Performance panel opens .cpuprofile files): each page's profiles.
    writeFileSync(join(process.env.RAPPORT_BENCH_PROFILES, `content-first-${index}.cpuprofile`), JSON.stringify(first.profile));
    writeFileSync(join(process.env.RAPPORT_BENCH_PROFILES, `content-append-${index}.cpuprofile`), JSON.stringify(append.profile));
  }
  await cdp.detach();
  return { floorMs: floor.cold, pageFloorMs: pageFloor.cold, floorWarmMs: floor.warm, floorWallMs: floor.wallMs, floorUncappedMs: floor.uncapped, firstMs: a.totalMs, firstUncappedMs: a.uncappedMs, firstLongestMs: a.longestMs, firstTasks: a.tasks, markedAfterMs, appendMs: b.totalMs, appendLongestMs: b.longestMs };
}

export async function run({ flags, progress }: BenchContext): Promise<BenchResult> {
  progress('building the extension');
  execFileSync('node', ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
  const bundle = readFileSync(join(DIST, HN_BUNDLE));
  const gzip = gzipSync(bundle, { level: 9 }).length;
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const sizes = [...manifest.content_scripts.flatMap((c) => c.js), ALL_BUNDLE].map((file) => {
    const bytes = readFileSync(join(DIST, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const largestSite = sizes.filter((s) => s.file !== ALL_BUNDLE).sort((a, b) => b.gzip - a.gzip)[0]!;
  const all = sizes.find((s) => s.file === ALL_BUNDLE)!;

  const executablePath = (findChromium as () => string | undefined)();
  if (!executablePath) throw new Error(INSTALL_HINT as string);
  const profileDir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu', ...(QUIET_FLAGS as string[])],
  });
  const reps: Rep[] = [];
  const startup = { hn: [] as number[], all: [] as number[] };
  try {
    await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
    const html = threadPage(bodies());
    for (const url of [URL_ITEM, URL_FLOOR]) await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    const saved = await options.evaluate((profile) => chrome.runtime.sendMessage({ rapport: 1, type: 'profile/save', payload: { profile } }), PROFILE);
    if (!(saved as { ok?: boolean }).ok) throw new Error(`could not save the profile: ${JSON.stringify(saved)}`);
    const count = flags.includes('--quick') ? 2 : 13;
    const sources = { hn: bundle.toString('utf8'), all: readFileSync(join(DIST, ALL_BUNDLE), 'utf8') };
    for (let i = 0; i < 7; i++) {
      progress(`content: starting the script, ${i + 1} of 7`);
      // Alternated, so neither always runs on the warmer browser.
      for (const key of i % 2 ? (['all', 'hn'] as const) : (['hn', 'all'] as const)) startup[key].push(await startCost(context, sources[key]));
    }
    for (let i = 0; i < count; i++) {
      progress(`content: page ${i + 1} of ${count}`);
      const page = await context.newPage();
      reps.push(await oneRep(context, extensionId, page, i));
      await page.close();
    }
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
  // The first page warms the browser and the worker up; the figures are medians of the rest.
  const measured = reps.length > 1 ? reps.slice(1) : reps;
  const m = (key: keyof Rep) => median(measured.map((r) => r[key]));
  const floor = m('floorMs');
  const first = m('firstMs');
  const rows = [
    ['floor: bare loop reading the fields once', `${fixed(floor, 2)} ms`, `${fixed((floor * 1000) / (POSTS + 1), 1)} µs/post`, `(again: ${fixed(m('floorWarmMs'), 2)} ms)`, `isolated world, as a content script; performance.now: ${fixed(m('floorWallMs'), 2)} ms; uncapped samples: ${fixed(m('floorUncappedMs'), 2)} ms`],
    ["  the same loop in the page's own world", `${fixed(m('pageFloorMs'), 2)} ms`, `${fixed((m('pageFloorMs') * 1000) / (POSTS + 1), 1)} µs/post`, `Rapport: ${fixed(first / m('pageFloorMs'), 2)}x this`, ''],
    ['Rapport: read, send, mark 1,001 posts', `${fixed(first, 2)} ms`, `${fixed((first * 1000) / (POSTS + 1), 1)} µs/post`, `${fixed(first / floor, 2)}x floor (target <= 3x)`, `longest task ${fixed(m('firstLongestMs'), 2)} ms (target <= ${FRAME_MS}); uncapped samples: ${fixed(m('firstUncappedMs'), 2)} ms`],
    [`Rapport: ${APPENDED} posts appended`, `${fixed(m('appendMs'), 2)} ms`, `${fixed((m('appendMs') * 1000) / APPENDED, 1)} µs/post`, 'target < 2 ms', `longest task ${fixed(m('appendLongestMs'), 2)} ms`],
    ['navigation to every post marked (wall clock)', `${fixed(m('markedAfterMs'), 0)} ms`, '', 'scoring in the service worker', ''],
  ];
  // Each page's figure over the floor measured right after it (the same moment's machine).
  const ratios = measured.map((r) => r.firstMs / r.floorMs).sort((a, b) => a - b);
  const lines = [
    `content script bundle (Hacker News's): ${fixed(bundle.length / 1024, 1)} KB, ${fixed(gzip / 1024, 1)} KB gzip (target < 30 KB gzip); largest site's (${largestSite.file}): ${fixed(largestSite.gzip / 1024, 1)} KB gzip; every site's (${ALL_BUNDLE}, for hosts turned on by hand): ${fixed(all.bytes / 1024, 1)} KB, ${fixed(all.gzip / 1024, 1)} KB gzip`,
    `starting the script (compile and top level, fresh isolated world, median of ${startup.hn.length}): Hacker News's bundle ${fixed(median(startup.hn), 2)} ms, every site's ${fixed(median(startup.all), 2)} ms`,
    `a ${POSTS + 1}-post Hacker News thread in headless Chromium, median of ${measured.length} pages (after one warm-up page):`,
    ...table(['', 'main thread', 'per post', '', ''], rows),
    `page by page, Rapport over the floor measured right after it: median ${fixed(median(ratios), 2)}x, from ${fixed(ratios[0] ?? Number.NaN, 2)}x to ${fixed(ratios.at(-1) ?? Number.NaN, 2)}x`,
    'Rapport time: CPU-profile samples (50 µs) whose stack holds a content-script frame; tasks: unbroken runs of them.',
    `The floor is read from its own profile the same way. A sample counts for at most ${SAMPLE_CAP_MS} ms: a longer gap is time the thread was not running.`,
  ];
  return {
    lines,
    figures: {
      bundleBytes: bundle.length,
      bundleGzipBytes: gzip,
      bundles: sizes,
      startMs: { hn: median(startup.hn), all: median(startup.all) },
      posts: POSTS + 1,
      floorMs: floor,
      pageFloorMs: m('pageFloorMs'),
      floorWarmMs: m('floorWarmMs'),
      floorWallMs: m('floorWallMs'),
      floorUncappedMs: m('floorUncappedMs'),
      rapportUncappedMs: m('firstUncappedMs'),
      sampleCapMs: SAMPLE_CAP_MS,
      rapportMs: first,
      ratioToFloor: first / floor,
      ratioPerPage: { median: median(ratios), min: ratios[0], max: ratios.at(-1) },
      longestTaskMs: m('firstLongestMs'),
      appended: APPENDED,
      appendMs: m('appendMs'),
      appendLongestTaskMs: m('appendLongestMs'),
      navigationToMarkedMs: m('markedAfterMs'),
      reps,
    },
  };
}
