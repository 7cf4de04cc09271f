import { describe, expect, it } from 'vitest';
import { escapeControls, safeJson, singleLine } from '../../src/core/text.js';
import { csvCell } from '../../src/cli/commands/matches.js';
import { createLogger } from '../../src/core/log.js';
import { PassThrough } from 'node:stream';

describe('text from careers pages is shown, never obeyed', () => {
  it.each([
    ['\u001b[2J\u001b]0;pwned\u0007Engineer', '\\x1b[2J\\x1b]0;pwned\\x07Engineer'],
    ['NUL\u0000here', 'NUL\\x00here'],
    ['C1 \u009b31m', 'C1 \\x9b31m'],
    ['DEL\u007f', 'DEL\\x7f'],
    ['tab\tand\nnewline stay', 'tab\tand\nnewline stay'],
  ])('%j', (input, shown) => expect(escapeControls(input)).toBe(shown));

  it('a log line stays one journal entry: CR, LF, NUL and a forged <0> priority are escaped or folded', () => {
    const stream = new PassThrough();
    let out = '';
    stream.on('data', (d: Buffer) => (out += d.toString()));
    createLogger({ format: 'journal', level: 'info', stream }).info('title: Evil\r<0>panic\u0000\nNext\u001b[31m');
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).toMatch(/^<6>title: Evil\\x0d<0>panic\\x00 ⏎ Next\\x1b\[31m\n$/);
    out = '';
    createLogger({ format: 'plain', level: 'info', stream }).info('posting "Backend \u202egnp.exe"\u2028<3>forged');
    expect(out).not.toMatch(/[\u202e\u2028]/);
    expect(out).toContain('Backend \\u202egnp.exe"\\u2028<3>forged');
  });
});

describe('CSV cells a spreadsheet would run', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+1+1', `"'+1+1"`], ['-2+3', `"'-2+3"`], ['@SUM(A1)', `"'@SUM(A1)"`], ['\tTAB', `"'\tTAB"`], ['\rCR', `"'\rCR"`], ['\nLF', `"'\nLF"`],
    ['  =1+1', `"'  =1+1"`], ['\uff1dcmd', `"'\uff1dcmd"`],
    ['Senior Engineer, Platform', '"Senior Engineer, Platform"'], ['plain', '"plain"'], ['x=1', '"x=1"'],
  ])('%j', (value, cell) => expect(csvCell(value)).toBe(cell));

  it('every cell whatever its type: a list is one cell, neutralised by its first item; numbers and nulls are cells too', () => {
    expect(csvCell(['=cmd|\' /C calc\'!A0', 'Go'])).toBe(`"'=cmd|' /C calc'!A0; Go"`);
    expect(csvCell(['Go', '=1+1'])).toBe('"Go; =1+1"');
    expect(csvCell(-5)).toBe(`"'-5"`);
    expect(csvCell(82)).toBe('"82"');
    expect(csvCell(null)).toBe('""');
  });
});

describe('one rule for single-line text on its way out', () => {
  it.each([
    ['bidi override and isolate', 'Backend \u202egnp.exe\u202c \u2066x\u2069', 'Backend \\u202egnp.exe\\u202c \\u2066x\\u2069'],
    ['marks', 'a\u200eb\u200fc\u061cd', 'a\\u200eb\\u200fc\\u061cd'],
    ['line and paragraph separators', 'one\u2028two\u2029three', 'one\\u2028two\\u2029three'],
    ['invisible format characters', 'zero\u200bwidth\ufeffbom\u2060joiner\u{e0041}tag', 'zero\\u200bwidth\\ufeffbom\\u2060joiner\\u{e0041}tag'],
    ['line feeds fold, a lone CR is shown', 'Evil\r\nrow 2\n   row 3\rCR', 'Evil ⏎ row 2 ⏎ row 3\\x0dCR'],
    ['tabs, NEL, VT and FF', 'a\tb\u0085c\u000bd\u000ce', 'a\\x09b\\x85c\\x0bd\\x0ce'],
    ['what scripts and emoji need stays', 'Soft\u00adware 👩\u200d💻 می\u200cخواهم', 'Soft\u00adware 👩\u200d💻 می\u200cخواهم'],
  ])('%s', (_what, input, shown) => expect(singleLine(input)).toBe(shown));

  it('multi-line text keeps its lines and tabs, and still shows bidi characters', () => {
    expect(escapeControls('a\n\tb \u202e')).toBe('a\n\tb \\u202e');
  });

  it('JSON keeps every value and leaves nothing raw that a terminal would obey', () => {
    const value = { title: 'x\u202ey\u0085z\u2028\u007f\u001b', n: 1, list: ['\u{e0041}'] };
    const text = safeJson(value, 2);
    expect(text).not.toMatch(/(?![\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('bounded extraction', () => {
  it('keeps at most 2,000 postings from one scrape and drops URLs no posting has', async () => {
    const { normalizeAll, MAX_POSTINGS_PER_SCRAPE } = await import('../../src/scrape/normalize.js');
    const raws = Array.from({ length: 100_000 }, (_, i) => ({ sourceId: null, title: `Job ${i}`, url: `https://x.example/j/${i}` }));
    expect(normalizeAll(raws)).toHaveLength(MAX_POSTINGS_PER_SCRAPE);
    const long = normalizeAll([{ sourceId: null, title: 'Huge', url: `https://x.example/${'a'.repeat(50_000)}` }, { sourceId: null, title: 'Fine', url: 'https://x.example/j/1' }]);
    expect(long.map((p) => p.title)).toEqual(['Fine']);
  });
});

describe('secrets in channel URLs', () => {
  it('a token in a webhook path, echoed alone by the server, is masked; so are echoed Basic and Bearer credentials', async () => {
    const { redactSecrets, urlSecrets } = await import('../../src/core/redact.js');
    const slack = 'https://hooks.slack.com/services/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';
    const echoed = 'invalid_token for /services/T0AB12CD3/B0EF45GH6/q1W2e3R4t5Y6u7I8o9P0a1S2 (token q1W2e3R4t5Y6u7I8o9P0a1S2)';
    expect(redactSecrets(echoed, urlSecrets(slack))).not.toMatch(/q1W2e3R4t5Y6u7I8o9P0a1S2|B0EF45GH6/);
    const ntfy = 'https://alice:s3cr%40t-pass@ntfy.example/jobs-for-alice-7f3k';
    const basic = Buffer.from('alice:s3cr@t-pass').toString('base64');
    const text = redactSecrets(`401: Authorization Basic ${basic} refused; password s3cr@t-pass; topic jobs-for-alice-7f3k`, urlSecrets(ntfy));
    expect(text).not.toMatch(/s3cr@t-pass|jobs-for-alice-7f3k/);
    expect(text).not.toContain(basic);
    const bearer = redactSecrets('token tk_abcdef123456 is not valid', urlSecrets('https://:tk_abcdef123456@ntfy.example/topic'));
    expect(bearer).toBe('token *** is not valid');
  });
});
