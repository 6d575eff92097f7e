import { describe, expect, it } from 'vitest';
import { sampleEvent, testDb } from '../testing';
import { recordEvent } from '../events';
import { eventPages } from './paging';
import { csvCell, csvFileName, eventsToCsv, exportCsv, verifyCsvChain } from './csv';

const HEADER = 'time,id,type,site,community,title,url,thread,person,named_brand,disclosed,note,demo,hash';
const ID = sampleEvent().id;
/** Rows without their hash cell (checked separately by the chain tests). */
const unhashed = (csv: string) => csv.split('\r\n').map((line) => line.replace(/,[0-9a-f]{64}$/, ''));

describe('eventsToCsv', () => {
  it('writes a header and one CRLF-ended row per event', () => {
    const csv = eventsToCsv([sampleEvent(), sampleEvent({ disclosed: null, community: undefined, note: undefined })]);
    expect(unhashed(csv)).toEqual([
      HEADER,
      `2024-05-01T10:10:00.000Z,${ID},replied,hacker-news,Ask HN,Ask HN: best coffee grinder?,https://news.ycombinator.com/item?id=101,hacker-news:101,hacker-news:pg,true,true,Mentioned the burr size.,false`,
      `2024-05-01T10:10:00.000Z,${ID},replied,hacker-news,,Ask HN: best coffee grinder?,https://news.ycombinator.com/item?id=101,hacker-news:101,hacker-news:pg,true,unknown,,false`,
      '',
    ]);
    expect(csv.split('\r\n')[1]).toMatch(/,false,[0-9a-f]{64}$/);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes only the header for no events', () => {
    expect(eventsToCsv([])).toBe(`${HEADER}\r\n`);
  });

  it('quotes commas, quotes, CR and LF, doubling embedded quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
    const csv = eventsToCsv([sampleEvent({ title: 'Grinders, "burr" vs blade\nthoughts?' })]);
    expect(csv).toContain(',"Grinders, ""burr"" vs blade\nthoughts?",');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
    const csv = eventsToCsv([sampleEvent({ note: '=cmd|"/c calc"!A0' })]);
    expect(csv).toContain(`,"'=cmd|""/c calc""!A0",`);
    // Titles and communities come from web pages: the likeliest place for an injected formula.
    expect(eventsToCsv([sampleEvent({ title: '@SUM(1+1)*cmd|', community: '-2+3' })])).toContain(",'-2+3,'@SUM(1+1)*cmd|,");
  });

  it('keeps unicode as is and adds a BOM only for Excel', () => {
    const event = sampleEvent({ title: 'Café ☕ 日本語 — ok 👍' });
    expect(eventsToCsv([event])).toContain(',Café ☕ 日本語 — ok 👍,');
    expect(eventsToCsv([event]).startsWith('\uFEFF')).toBe(false);
    const excel = eventsToCsv([event], { excel: true });
    expect(excel.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(new TextEncoder().encode(excel).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('csvFileName', () => {
  it('names the file by the local date', () => {
    expect(csvFileName(new Date(2024, 0, 5, 23, 59))).toBe('rapport-engagement-log-2024-01-05.csv');
    expect(csvFileName(new Date(2025, 11, 31))).toBe('rapport-engagement-log-2025-12-31.csv');
  });
});

describe('exportCsv', () => {
  async function seed() {
    const db = testDb();
    const at = (day: number, hour: number) => `2024-05-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
    for (let day = 1; day <= 9; day++) {
      await recordEvent(db, { type: 'replied', site: 'reddit', community: 'r/coffee', namedBrand: true, disclosed: true, time: at(day, 9) });
      await recordEvent(db, { type: 'opened', site: 'hacker-news', community: 'Ask HN', namedBrand: null, time: at(day, 9) });
      await recordEvent(db, { type: 'opened', site: 'reddit', community: 'r/espresso', namedBrand: null, time: at(day, 10) });
    }
    return db;
  }
  const text = (parts: string[]) => parts.join('');
  const dataRows = (csv: string) => csv.split('\r\n').slice(1, -1);

  it('writes every event in time order, in pages, with progress, the same as eventsToCsv', async () => {
    const db = await seed();
    const progress: number[] = [];
    const result = await exportCsv(db, {}, { pageSize: 4, onProgress: (p) => progress.push(p.done) });
    expect(result.rows).toBe(27);
    expect(progress).toEqual([4, 8, 12, 16, 20, 24, 27]);
    const all = await db.events.orderBy('time').toArray();
    expect(text(result.parts)).toBe(eventsToCsv(all));
    expect(verifyCsvChain(text(result.parts))).toEqual({ rows: 27, breaks: [], head: result.head });
  });

  it('filters by date range (from inclusive, to exclusive), site and community', async () => {
    const db = await seed();
    const range = await exportCsv(db, { from: '2024-05-02T09:00:00Z', to: '2024-05-04T09:00:00Z' }, { pageSize: 2 });
    expect(range.rows).toBe(6);
    const site = await exportCsv(db, { sites: ['hacker-news'] }, { pageSize: 5 });
    expect(dataRows(text(site.parts)).every((r) => r.includes(',hacker-news,'))).toBe(true);
    expect(site.rows).toBe(9);
    const community = await exportCsv(db, { communities: ['R/Espresso'], from: '2024-05-09T00:00:00Z' });
    expect(community.rows).toBe(1);
    expect(verifyCsvChain(text(community.parts)).breaks).toEqual([]);
  });

  it('pages through many events that share one time without losing or repeating any', async () => {
    const db = testDb();
    const ids = Array.from({ length: 7 }, () => crypto.randomUUID()).sort();
    await db.events.bulkAdd(ids.map((id) => sampleEvent({ id })));
    await db.events.add(sampleEvent({ id: crypto.randomUUID(), time: '2024-05-02T00:00:00.000Z' }));
    const pages: string[][] = [];
    for await (const page of eventPages(db, {}, 3)) pages.push(page.map((e) => e.id));
    expect(pages.map((p) => p.length)).toEqual([3, 3, 2]);
    expect(pages.flat().slice(0, 7)).toEqual(ids);
  });

  it('starts with a BOM in Excel mode and an empty log is just the header', async () => {
    const db = testDb();
    const result = await exportCsv(db, {}, { excel: true });
    expect(text(result.parts)).toBe(`\uFEFF${HEADER}\r\n`);
    expect(result.rows).toBe(0);
  });

  it('locates an edited, a removed and a reordered row', async () => {
    const db = await seed();
    const csv = text((await exportCsv(db)).parts);
    const lines = csv.split('\r\n');
    const edited = [...lines];
    const reply = lines.findIndex((line, i) => i > 2 && line.includes(',true,true,'));
    edited[reply] = edited[reply]!.replace(',true,true,', ',true,false,');
    expect(verifyCsvChain(edited.join('\r\n')).breaks).toEqual([reply]);
    const removed = lines.filter((_, i) => i !== 5);
    expect(verifyCsvChain(removed.join('\r\n')).breaks).toEqual([5]);
    const swapped = [...lines];
    [swapped[7], swapped[8]] = [swapped[8]!, swapped[7]!];
    // Row 9 names row 8's hash as its previous one, which now sits at 7.
    expect(verifyCsvChain(swapped.join('\r\n')).breaks).toEqual([7, 8, 9]);
  });

  it('keeps a multi-line cell inside one record when verifying', () => {
    const csv = eventsToCsv([sampleEvent({ note: 'line 1\r\nline 2, "quoted"' }), sampleEvent({ id: crypto.randomUUID() })]);
    expect(verifyCsvChain(csv)).toMatchObject({ rows: 2, breaks: [] });
  });
});
