import { describe, expect, it } from 'vitest';
import { readArticleText } from '../../../../../src/renderer/src/features/annotations/anchoring/articleText';
import { textHash } from '../../../../../src/shared/annotations/textHash';

function articleOf(html: string): HTMLElement {
  const root = document.createElement('main');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

function rangeBetween(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

describe('readArticleText: the normalised text', () => {
  it('collapses whitespace runs to one space and trims the ends', () => {
    const article = readArticleText(articleOf('  <p>\n  The   river\trose\n\n overnight.  </p>  '));
    expect(article.text).toBe('The river rose overnight.');
    expect(article.hash).toBe(textHash(article.text));
  });

  it('turns block boundaries, <br> and <hr> into one line break, merged with whitespace beside them', () => {
    const root = articleOf('<h1>Title</h1> <p>One <br> two</p><ul><li>a</li> <li><p>b</p></li></ul><hr><blockquote>c</blockquote><table><tr><td>d</td><td>e</td></tr></table>');
    expect(readArticleText(root).text).toBe('Title\nOne\ntwo\na\nb\nc\nd\ne');
  });

  it('reads nested inline elements as running text, keeping spaces only where the source has them', () => {
    expect(readArticleText(articleOf('<p>A <a href="#"><em>linked</em> word</a>, <strong>bold</strong>er and <span> spaced </span> out.</p>')).text).toBe(
      'A linked word, bolder and spaced out.',
    );
  });

  it('leaves out scripts, styles, templates, noscript and image alt text; keeps a no-break space', () => {
    const root = articleOf('<p>Before<script>x()</script><style>p{}</style><template>t</template><noscript>n</noscript><img alt="A photo"> after\u00a0it.</p>');
    expect(readArticleText(root).text).toBe('Before after\u00a0it.');
  });
});

describe('readArticleText: ranges and spans', () => {
  const html = '<p>The <em>river</em>   rose.</p><p>It <a href="#">closed the   bridge</a>.</p><ul><li>First item</li><li>Second</li></ul>';

  it('maps text ranges to spans across emphasis, links and paragraphs', () => {
    const root = articleOf(html);
    const article = readArticleText(root);
    expect(article.text).toBe('The river rose.\nIt closed the bridge.\nFirst item\nSecond');
    const em = root.querySelector('em')!.firstChild!;
    const link = root.querySelector('a')!.firstChild!;
    const span = article.spanOf(rangeBetween(em, 0, link, 'closed'.length))!;
    expect(article.text.slice(span.start, span.end)).toBe('river rose.\nIt closed');
  });

  it('reads ranges whose boundaries are elements, and trims whitespace at their edges', () => {
    const root = articleOf(html);
    const article = readArticleText(root);
    const [first, second] = root.querySelectorAll('p');
    expect(article.spanOf(rangeBetween(root, 0, root, 1))).toEqual({ start: 0, end: 'The river rose.'.length });
    const whole = article.spanOf(rangeBetween(second!, 0, root, root.childNodes.length))!;
    expect(article.text.slice(whole.start, whole.end)).toBe('It closed the bridge.\nFirst item\nSecond');
    const items = root.querySelector('ul')!;
    const list = article.spanOf(rangeBetween(first!, first!.childNodes.length, items, 1))!;
    expect(article.text.slice(list.start, list.end)).toBe('It closed the bridge.\nFirst item');
  });

  it('starts and ends a selection made inside collapsed whitespace at the words beside it', () => {
    const root = articleOf(html);
    const article = readArticleText(root);
    const gap = root.querySelector('p')!.lastChild!; // "   rose."
    const link = root.querySelector('a')!.firstChild!; // "closed the   bridge"
    const span = article.spanOf(rangeBetween(gap, 1, link, 'closed the '.length))!;
    expect(article.text.slice(span.start, span.end)).toBe('rose.\nIt closed the');
  });

  it('clamps ranges that reach outside the root, and gives null for none or only whitespace', () => {
    const root = articleOf(html);
    const outside = document.createElement('p');
    outside.textContent = 'Outside';
    document.body.append(outside);
    const article = readArticleText(root);
    const link = root.querySelector('a')!.firstChild!;
    expect(article.spanOf(rangeBetween(link, 0, outside.firstChild!, 3))).toEqual({ start: article.text.indexOf('closed'), end: article.text.length });
    expect(article.spanOf(rangeBetween(outside.firstChild!, 0, outside.firstChild!, 3))).toBeNull();
    expect(article.spanOf(rangeBetween(link, 2, link, 2))).toBeNull();
    expect(article.spanOf(rangeBetween(link, 'closed the'.length, link, 'closed the '.length + 1))).toBeNull();
  });

  it('builds DOM ranges over spans, and reads the same span back', () => {
    const root = articleOf(html);
    const article = readArticleText(root);
    const start = article.text.indexOf('river');
    const end = article.text.indexOf('First item') + 'First item'.length;
    const range = article.rangeOf(start, end);
    expect(range.toString()).toBe('river   rose.It closed the   bridge.First item');
    expect(article.spanOf(range)).toEqual({ start, end });
    expect(article.rangeOf(3, 3).collapsed).toBe(true);
    expect(() => article.rangeOf(5, article.text.length + 1)).toThrow(RangeError);
  });

  it('never splits a surrogate pair', () => {
    const root = articleOf('<p>Smile 🙂 now</p>');
    const article = readArticleText(root);
    const text = root.querySelector('p')!.firstChild!;
    expect(article.spanOf(rangeBetween(text, 7, text, 8))).toEqual({ start: 6, end: 8 });
  });
});
