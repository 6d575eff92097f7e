import { describe, expect, it } from 'vitest';
import { sampleEvent } from '../testing';
import { csvCell, csvFileName, eventsToCsv } from './csv';

const HEADER = 'time,type,site,community,title,url,thread,person,named_brand,disclosed,note,demo';

describe('eventsToCsv', () => {
  it('writes a header and one CRLF-ended row per event', () => {
    const csv = eventsToCsv([sampleEvent(), sampleEvent({ disclosed: null, community: undefined, note: undefined })]);
    expect(csv.split('\r\n')).toEqual([
      HEADER,
      '2024-05-01T10:10:00.000Z,replied,hacker-news,Ask HN,Ask HN: best coffee grinder?,https://news.ycombinator.com/item?id=101,hacker-news:101,hacker-news:pg,true,true,Mentioned the burr size.,false',
      '2024-05-01T10:10:00.000Z,replied,hacker-news,,Ask HN: best coffee grinder?,https://news.ycombinator.com/item?id=101,hacker-news:101,hacker-news:pg,true,unknown,,false',
      '',
    ]);
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
