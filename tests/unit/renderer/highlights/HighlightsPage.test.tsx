import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../src/shared/ipc/contract';
import type { HighlightListItem } from '../../../../src/shared/model/annotation';
import { HighlightsPage } from '../../../../src/renderer/src/features/highlights/HighlightsPage';
import { createFakeApi, ok, withApi } from '../fakeApi';
import { highlightItem } from './highlightItem';

afterEach(cleanup);

function setup(items: HighlightListItem[], methods: Parameters<typeof createFakeApi>[0] = {}) {
  let listed = items;
  const list = vi.fn<Api['annotations']['list']>(async () => ok({ items: listed, total: listed.length }));
  const fake = createFakeApi({
    ...methods,
    annotations: { list, ...methods.annotations },
    articles: { sites: async () => ok([{ siteName: 'Harbor Weekly', count: 2 }]), ...methods.articles },
    tags: { tree: async () => ok([]) },
  });
  const onOpen = vi.fn();
  const Wrapper = withApi(fake.api);
  render(
    <Wrapper>
      <HighlightsPage onOpen={onOpen} onManageTags={() => {}} />
    </Wrapper>,
  );
  return { fake, list, onOpen, relist: (next: HighlightListItem[]) => (listed = next) };
}

describe('HighlightsPage', () => {
  it('lists each highlight with its quote, note and article, and opens the article at the highlight', async () => {
    const item = highlightItem(1, { color: 'green', note: 'Compare with **last year**', title: 'Port strike ends' });
    const { onOpen } = setup([item, highlightItem(2)]);
    const list = await screen.findByRole('list', { name: 'Highlights' });
    expect(screen.getByText('2 highlights')).toBeTruthy();
    const row = within(list).getAllByRole('listitem')[0]!;
    const open = within(row).getByRole('button', { name: 'Green highlight: Quoted passage number 1' });
    expect(within(row).getByText('last year').tagName).toBe('STRONG');
    expect(row.textContent).toContain('Port strike ends');
    expect(row.textContent).toContain('Harbor Weekly');
    fireEvent.click(open);
    expect(onOpen).toHaveBeenCalledWith(item.article.id, item.highlight.id);
  });

  it('asks for the chosen colours and site, and says when nothing matches', async () => {
    const { list, relist } = setup([highlightItem(1)]);
    await screen.findByRole('list', { name: 'Highlights' });
    relist([]);
    fireEvent.click(screen.getByRole('button', { name: 'Blue' }));
    await screen.findByText('No highlights match the filter.');
    expect(screen.getByRole('button', { name: 'Blue' }).getAttribute('aria-pressed')).toBe('true');
    expect(list).toHaveBeenLastCalledWith({ colors: ['blue'], tags: [], site: undefined, offset: 0, limit: 100 });
    await screen.findByRole('option', { name: 'Harbor Weekly (2)' });
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'Harbor Weekly' } });
    await waitFor(() => expect(list).toHaveBeenLastCalledWith({ colors: ['blue'], tags: [], site: 'Harbor Weekly', offset: 0, limit: 100 }));
  });

  it('explains how to highlight while there are no highlights at all', async () => {
    setup([]);
    const empty = await screen.findByRole('region', { name: 'No highlights yet' });
    expect(empty.textContent).toMatch(/select some text and press h/);
    expect(screen.queryByRole('button', { name: 'Export' })).toBeNull();
  });

  it('follows changes to highlights made anywhere', async () => {
    const { fake, relist } = setup([highlightItem(1), highlightItem(2)]);
    await screen.findByText('2 highlights');
    relist([highlightItem(2)]);
    act(() => fake.emit('onAnnotationsChanged', { articleIds: [highlightItem(1).article.id] }));
    await screen.findByText('1 highlight');
    expect(screen.queryByText('Quoted passage number 1')).toBeNull();
  });

  it('copies every highlight as Markdown, and saves them as JSON-LD', async () => {
    const exportAll = vi.fn<Api['annotations']['export']>(async () => ok({ text: '> Quoted', fileName: 'highlights.md', mimeType: 'text/markdown' }));
    const writeText = vi.fn<Api['clipboard']['writeText']>(async () => ok(null));
    const saveExport = vi.fn<Api['annotations']['saveExport']>(async () => ok({ path: '/home/ana/highlights.jsonld' }));
    setup([highlightItem(1)], { annotations: { export: exportAll, saveExport }, clipboard: { writeText } });
    fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy all as Markdown' }));
    expect(await screen.findByText('Copied as Markdown.')).toBeTruthy();
    expect(exportAll).toHaveBeenCalledWith({ format: 'markdown' });
    expect(writeText).toHaveBeenCalledWith({ text: '> Quoted' });
    fireEvent.click(screen.getByRole('button', { name: 'Save as JSON-LD…' }));
    expect(await screen.findByText('Saved as JSON-LD to /home/ana/highlights.jsonld')).toBeTruthy();
    expect(saveExport).toHaveBeenCalledWith({ format: 'jsonld' });
  });
});
