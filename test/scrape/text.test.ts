// Text from feeds and pages: entities decoded until stable, HTML read by the parser in one pass, depth capped,
// pages walked in bounded work.
import { describe, expect, it } from 'vitest';
import { MAX_MARKUP_DEPTH, parseHtmlDocument, parseMarkup } from '../../src/scrape/markup.js';
import { decodeEntities, htmlToText, normalizePosting } from '../../src/scrape/normalize.js';
import { postingsFromSnapshot } from '../../src/scrape/page/extract.js';
import { staticSnapshot } from '../../src/scrape/page/staticSnapshot.js';

const nested = (depth: number, inner: string, tag = 'div') => `${`<${tag}>`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}`;

describe('entities', () => {
  it('are decoded until the text is stable: escaped twice is read as meant', () => {
    expect(decodeEntities('R&amp;amp;D')).toBe('R&D');
    expect(decodeEntities('€50k &amp;mdash; €70k&amp;nbsp;gross')).toBe('€50k — €70k\u00a0gross');
    expect(decodeEntities('Fish &amp; Chips')).toBe('Fish & Chips');
  });

  it('need their semicolon, and the rounds are bounded', () => {
    expect(decodeEntities('&amp;notify me &copy 2026')).toBe('&notify me &copy 2026');
    // Five levels of escaping: four rounds undo four of them, the fifth stays (bounded work, never a loop).
    expect(decodeEntities('&amp;amp;amp;amp;amp;')).toBe('&amp;');
  });

  it('every stored text field of a posting is decoded until stable', () => {
    const p = normalizePosting({
      sourceId: '1', title: 'R&amp;amp;D Lead', url: 'https://x.example/j/1', location: 'Berlin &amp;amp; Remote', department: 'R&amp;amp;D',
      compensation: '€50k &amp;mdash; €70k', workplaceType: 'Hybrid&amp;nbsp;', descriptionText: 'Pay: €50k &amp;mdash; €70k',
    });
    expect(p).toMatchObject({ title: 'R&D Lead', location: 'Berlin & Remote', department: 'R&D', compensation: '€50k — €70k', workplaceType: 'Hybrid',
      descriptionText: 'Pay: €50k — €70k' });
  });
});

describe('HTML to text', () => {
  it('keeps the visible text with its line structure', () => {
    expect(htmlToText('<p>Hi &amp;amp; <b>bye</b></p><script>evil()</script><!-- note --><ul><li>one</li><li>two</li></ul>')).toBe('Hi & bye\n• one\n• two');
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr></table>x<br>y<style>p{}</style><template>t</template>')).toBe('a b\nx\ny');
  });

  it('reads markup that arrives escaped once (Greenhouse) or twice, with text escaped once more inside', () => {
    const once = '&lt;p&gt;Build APIs in Go &amp;amp; Postgres.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;5+ years&lt;/li&gt;&lt;/ul&gt;';
    expect(htmlToText(once)).toBe('Build APIs in Go & Postgres.\n• 5+ years');
    expect(htmlToText(once.replace(/&/g, '&amp;'))).toBe('Build APIs in Go & Postgres.\n• 5+ years');
    expect(htmlToText('&lt;p&gt;€50k &amp;amp;mdash; €70k&amp;amp;nbsp;gross&lt;/p&gt;')).toBe('€50k — €70k gross');
  });

  it('text that mentions a tag stays text when the markup is real', () => {
    expect(htmlToText('<p>Use &lt;canvas&gt; and a &lt; b</p><p>next</p>')).toBe('Use <canvas> and a < b\nnext');
  });

  it('a million "<" without ">" is read in one pass', () => {
    const text = htmlToText(`<p>start</p>${'<'.repeat(1_000_000)}`);
    expect(text.startsWith('start\n<<<')).toBe(true);
  });

  it('elements deeper than the cap are dropped with their text; what comes after them is kept', () => {
    expect(htmlToText(`${nested(MAX_MARKUP_DEPTH, 'deepest kept')}after`)).toBe('deepest kept\nafter');
    expect(htmlToText(`<p>top</p>${nested(MAX_MARKUP_DEPTH + 1, 'FORGED')}<p>after</p>`)).toBe('top\nafter');
    // A script below the cap is dropped whole: its content never passes for text.
    expect(htmlToText(`${nested(MAX_MARKUP_DEPTH, '<script>FORGED()</script><style>.FORGED{}</style>')}after`)).toBe('after');
    expect(htmlToText(`<p>top</p>${'<div>'.repeat(200_000)}FORGED`)).toBe('top');
  });
});

describe('the depth cap', () => {
  it('the parser never holds more than MAX_MARKUP_DEPTH open elements', () => {
    let depth = 0;
    let deepest = 0;
    parseMarkup('<div>'.repeat(100_000) + '<br><img src=x>'.repeat(10) + '</div>'.repeat(100_000), {
      onopentagname: () => void (deepest = Math.max(deepest, ++depth)),
      onclosetag: () => void depth--,
    });
    expect(deepest).toBe(MAX_MARKUP_DEPTH);
    expect(depth).toBe(0);
  });

  it('void elements dropped below the cap wait for no end tag: the rest of the page is read', () => {
    expect(htmlToText(`${nested(MAX_MARKUP_DEPTH, '<br><img src="x"><hr>')}<p>after</p>`)).toBe('after');
    // …and a void's end tag below the cap closes nothing there: the dropped element's text stays dropped.
    expect(htmlToText(`${nested(MAX_MARKUP_DEPTH + 1, '</br>FORGED')}after`)).toBe('after');
  });

  it('in XML a self-closed element below the cap is closed, so its siblings after the nest are read', () => {
    const texts: string[] = [];
    parseMarkup(`<a>${nested(MAX_MARKUP_DEPTH, '<x/><y/>', 'n')}<b>after</b></a>`, { ontext: (t) => void texts.push(t) }, { xmlMode: true });
    expect(texts.join('')).toBe('after');
  });

  it('a DOM of a page nested a million deep stays shallow', () => {
    const doc = parseHtmlDocument(`<body><a href="/jobs/1">Engineer</a>${'<div>'.repeat(1_000_000)}</body>`);
    let deepest = 0;
    const stack: { node: { children?: unknown[] }; depth: number }[] = [{ node: doc, depth: 0 }];
    while (stack.length) {
      const { node, depth } = stack.pop()!;
      deepest = Math.max(deepest, depth);
      for (const child of (node.children ?? []) as { children?: unknown[] }[]) stack.push({ node: child, depth: depth + 1 });
    }
    expect(deepest).toBeLessThanOrEqual(MAX_MARKUP_DEPTH + 1);
  });
});

describe('careers pages read without a browser, hostile ones included', () => {
  const page = 'https://acme.example/careers';

  it('a page nested past the cap keeps its links above it, titles read as before', () => {
    const html = `<body><a href="/jobs/1"><span class="meta">Berlin</span><h3>Backend Engineer</h3></a><a href="/jobs/2"><b>Data</b> Engineer</a>
      ${nested(30_000, '<a href="/jobs/FORGED">FORGED Engineer</a>')}<a href="/jobs/3">Too deep? no: after the nest</a></body>`;
    const { snapshot } = staticSnapshot(html, page, null);
    expect(snapshot.links.map((l) => [l.text, l.href])).toEqual([
      ['Backend Engineer', 'https://acme.example/jobs/1'], ['Data', 'https://acme.example/jobs/2'], ['Too deep? no: after the nest', 'https://acme.example/jobs/3'],
    ]);
  });

  it('links nested in one another around a large block read a bounded part of it each', () => {
    const block = '<p><b>x</b></p>'.repeat(200_000);
    const html = `<body>${'<a href="/jobs/n">'.repeat(MAX_MARKUP_DEPTH - 2)}<h2>Nested Engineer</h2>${block}${'</a>'.repeat(MAX_MARKUP_DEPTH - 2)}</body>`;
    const { snapshot } = staticSnapshot(html, page, 'body');
    expect(snapshot.links.length).toBe(MAX_MARKUP_DEPTH - 2);
    expect(snapshot.links.every((l) => l.text === 'Nested Engineer')).toBe(true);
  });

  it('JSON-LD nested a million deep is walked without recursion; its JobPosting beside it is read', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const html = `<script type="application/ld+json">[${deep}, {"@type": "JobPosting", "title": "R&amp;amp;D Engineer", "url": "/jobs/7"}]</script>`;
    const { snapshot } = staticSnapshot(html, page, null);
    expect(postingsFromSnapshot(snapshot, page).map((p) => [p.title, p.url])).toEqual([['R&D Engineer', 'https://acme.example/jobs/7']]);
  });
});
