import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Markdown } from '../../../../src/renderer/src/components/Markdown/Markdown';

afterEach(cleanup);

const show = (text: string, onOpenLink = vi.fn()) => ({ onOpenLink, ...render(<Markdown text={text} onOpenLink={onOpenLink} />) });

describe('Markdown', () => {
  it('renders paragraphs, line breaks, emphasis, code, lists, quotes and headings', () => {
    const { container } = show('# Why\nIt *is* **bold**, `x < y`\nand ~~old~~.\n\n- one\n- two\n\n3. three\n\n> quoted\n\n```\nif (a < b) {}\n```');
    expect(container.querySelector('.markdown__heading')?.textContent).toBe('Why');
    expect(container.querySelector('h1')).toBeNull();
    expect(container.querySelector('em')?.textContent).toBe('is');
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect(container.querySelector('p code')?.textContent).toBe('x < y');
    expect(container.querySelector('del')?.textContent).toBe('old');
    expect(container.querySelector('br')).not.toBeNull();
    expect([...container.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(container.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(container.querySelector('blockquote')?.textContent).toBe('quoted');
    expect(container.querySelector('pre code')?.textContent).toBe('if (a < b) {}');
  });

  it('resolves character references in text, but keeps code as typed', () => {
    const { container } = show('Tom &amp; Jerry &#8212; `&amp;`');
    expect(container.querySelector('p')?.firstChild?.textContent).toBe('Tom & Jerry — ');
    expect(container.querySelector('code')?.textContent).toBe('&amp;');
  });

  it('opens http(s) links through onOpenLink, not in the window, and without clicking what holds the note', () => {
    const onRow = vi.fn();
    const onOpenLink = vi.fn();
    render(
      <div onClick={onRow}>
        <Markdown text="See [the report](https://example.org/r?a=1&amp;b=2) and https://news.example/x" onOpenLink={onOpenLink} />
      </div>,
    );
    const link = screen.getByRole('link', { name: 'the report' });
    expect(link.getAttribute('href')).toBe('https://example.org/r?a=1&b=2');
    expect(fireEvent.click(link)).toBe(false);
    expect(onOpenLink).toHaveBeenCalledWith('https://example.org/r?a=1&b=2');
    expect(onRow).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('link', { name: 'https://news.example/x' }));
    expect(onOpenLink).toHaveBeenLastCalledWith('https://news.example/x');
  });

  it('shows hostile input as text: raw HTML, script and event handlers never become elements', () => {
    const { container } = show('<img src=x onerror="alert(1)"> inline <b>bold?</b>\n\n<div onclick="alert(2)">block</div>\n\n<script>alert(3)</script>');
    expect(container.querySelector('.markdown :is(img, b, div, script, [onerror], [onclick])')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(container.textContent).toContain('<div onclick="alert(2)">block</div>');
    expect(container.textContent).toContain('<script>alert(3)</script>');
  });

  it('keeps links that are not http(s) as their words, entity-encoded schemes included', () => {
    const { container, onOpenLink } = show('[one](javascript:alert(1)) [two](jav&#x61;script:alert(1)) [three](file:///etc/passwd) [four](/relative) <mailto:a@b.c>');
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe('one two three four mailto:a@b.c');
    expect(onOpenLink).not.toHaveBeenCalled();
  });

  it('shows an image as its alt text and loads nothing', () => {
    const { container } = show('![A chart of prices](https://tracker.example/pixel.png)');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('A chart of prices');
  });
});
