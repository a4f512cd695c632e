import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { textHash } from '../../../../src/shared/annotations/textHash';
import type { Api } from '../../../../src/shared/ipc/contract';
import type { ArticleNote, Highlight } from '../../../../src/shared/model/annotation';
import { anchorHighlights } from '../../../../src/renderer/src/features/annotations/anchorHighlights';
import { AnnotationsPanel } from '../../../../src/renderer/src/features/annotations/AnnotationsPanel';
import { useAnnotationExport } from '../../../../src/renderer/src/features/annotations/useAnnotationExport';
import { useHighlightActions } from '../../../../src/renderer/src/features/annotations/useHighlightActions';
import { UndoToast } from '../../../../src/renderer/src/features/library/UndoToast';
import { createFakeApi, ok, withApi } from '../fakeApi';
import { ARTICLE_ID, highlightOn, orphan, TEXT } from './highlightFixtures';

afterEach(cleanup);

interface PanelOptions {
  highlights: Highlight[];
  note?: ArticleNote | null;
  canReattach?: boolean;
  methods?: Parameters<typeof createFakeApi>[0];
}

/** The panel over the real actions and export hooks, on a fake bridge. */
function openPanel({ highlights, note = null, canReattach = false, methods = {} }: PanelOptions) {
  const onGoTo = vi.fn();
  const onReattach = vi.fn();
  const onChanged = vi.fn();
  function Panel() {
    const actions = useHighlightActions(ARTICLE_ID, onChanged);
    const exporting = useAnnotationExport(ARTICLE_ID);
    return (
      <>
        <AnnotationsPanel
          note={note}
          anchored={anchorHighlights(TEXT, textHash(TEXT), highlights)}
          actions={actions}
          exporting={exporting}
          onGoTo={onGoTo}
          canReattach={canReattach}
          onReattach={onReattach}
          focusedOrphan={null}
          onOpenLink={() => {}}
          onClose={() => {}}
        />
        <UndoToast toast={actions.toast} onDismiss={actions.dismiss} />
      </>
    );
  }
  const Wrapper = withApi(createFakeApi(methods).api);
  render(
    <Wrapper>
      <Panel />
    </Wrapper>,
  );
  return { onGoTo, onReattach, onChanged };
}

const items = (section: string) => within(screen.getByRole('region', { name: new RegExp(section) })).queryAllByRole('listitem');

describe('AnnotationsPanel', () => {
  it('lists the highlights in reading order, each taking the reader to it', () => {
    const made = [highlightOn(1, 'new road', { color: 'blue' }), highlightOn(2, 'council met')];
    const panel = openPanel({ highlights: made });
    const listed = items('Highlights');
    expect(listed.map((item) => item.querySelector('q')!.textContent)).toEqual(['council met', 'new road']);
    expect(listed[1]!.getAttribute('aria-label')).toBe('Blue highlight');
    fireEvent.click(within(listed[1]!).getByRole('button', { name: 'new road' }));
    expect(panel.onGoTo).toHaveBeenCalledWith(made[0]!.id);
  });

  it('shows notes rendered from Markdown', () => {
    openPanel({ highlights: [highlightOn(1, 'Traffic', { note: 'Check the **date**' })], note: { articleId: ARTICLE_ID, text: 'A _good_ story', modifiedAt: '2025-04-01T00:00:00.000Z' } });
    expect(screen.getByText('date').tagName).toBe('STRONG');
    expect(screen.getByText('good').tagName).toBe('EM');
  });

  it('lists orphans apart, re-attachable only while text is selected', () => {
    const lost = orphan(2, 'a ferry across the river', 'was in the first version');
    openPanel({ highlights: [highlightOn(1, 'Traffic'), lost] });
    const [item] = items('Not found in the text');
    expect(item!.textContent).toContain('a ferry across the river');
    expect(item!.textContent).toContain('was in the first version');
    expect(within(item!).getByRole('button', { name: 'Re-attach to selection' }).getAttribute('aria-disabled')).toBe('true');
    expect(items('Highlights')).toHaveLength(1);
  });

  it('re-attaches an orphan to the selection', () => {
    const lost = orphan(2, 'a ferry');
    const panel = openPanel({ highlights: [lost], canReattach: true });
    fireEvent.click(screen.getByRole('button', { name: 'Re-attach to selection' }));
    expect(panel.onReattach).toHaveBeenCalledWith(lost.id);
  });

  it('edits a note and changes the colour', async () => {
    const highlight = highlightOn(1, 'Traffic', { note: 'old' });
    const updateHighlight = vi.fn<Api['annotations']['updateHighlight']>(async ({ patch }) => ok({ ...highlight, ...patch }));
    const panel = openPanel({ highlights: [highlight], methods: { annotations: { updateHighlight } } });
    fireEvent.click(screen.getByRole('button', { name: 'Edit note' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Note on the highlight' }), { target: { value: 'new *note*' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Make it green' }));
    await waitFor(() => expect(updateHighlight).toHaveBeenCalledTimes(2));
    expect(updateHighlight.mock.calls.map(([input]) => input)).toEqual([
      { id: highlight.id, patch: { note: 'new *note*' } },
      { id: highlight.id, patch: { color: 'green' } },
    ]);
    expect(panel.onChanged).toHaveBeenCalledTimes(2);
  });

  it('keeps the note being written when saving it fails, and says why', async () => {
    const updateHighlight = async () => ({ ok: false as const, error: { code: 'internal' as const, message: 'disk full' } });
    openPanel({ highlights: [highlightOn(1, 'Traffic')], methods: { annotations: { updateHighlight } } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'mine' } });
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Enter', ctrlKey: true });
    expect(await screen.findByText('That did not work: disk full')).toBeTruthy();
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('mine');
  });

  it('deletes a highlight, and Undo puts back the very one deleted', async () => {
    const highlight = highlightOn(1, 'Traffic', { note: 'keep me' });
    const deleteHighlight = vi.fn(async () => ok(highlight));
    const restoreHighlight = vi.fn(async () => ok(highlight));
    openPanel({ highlights: [highlight], methods: { annotations: { deleteHighlight, restoreHighlight } } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Highlight deleted.')).toBeTruthy();
    expect(deleteHighlight).toHaveBeenCalledWith({ id: highlight.id });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Highlight restored.')).toBeTruthy();
    expect(restoreHighlight).toHaveBeenCalledWith(highlight);
  });

  it('writes, saves and clears the article note', async () => {
    const setNote = vi.fn<Api['annotations']['setNote']>(async ({ articleId, text }) => ok(text ? { articleId, text, modifiedAt: '2025-04-01T00:00:00.000Z' } : null));
    openPanel({ highlights: [], methods: { annotations: { setNote } } });
    expect(screen.getByText('Select words in the article, then press h or pick a colour.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Write a note' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Note on the article' }), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(setNote).toHaveBeenCalledWith({ articleId: ARTICLE_ID, text: '' }));
  });

  it('copies the Markdown export, saves files and says what happened', async () => {
    const exportText = vi.fn(async () => ok({ text: '# Notes', fileName: 'notes.md', mimeType: 'text/markdown' }));
    const writeText = vi.fn(async () => ok(null));
    const saveExport = vi.fn<Api['annotations']['saveExport']>(async ({ format }) => ok(format === 'jsonld' ? null : { path: '/home/ada/notes.md' }));
    openPanel({ highlights: [], methods: { annotations: { export: exportText, saveExport }, clipboard: { writeText } } });
    const status = within(screen.getByRole('region', { name: 'Export' })).getByRole('status');

    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(status.textContent).toBe('Copied as Markdown.'));
    expect(exportText).toHaveBeenCalledWith({ articleId: ARTICLE_ID, format: 'markdown' });
    expect(writeText).toHaveBeenCalledWith({ text: '# Notes' });

    fireEvent.click(screen.getByRole('button', { name: 'Save as Markdown…' }));
    await waitFor(() => expect(status.textContent).toBe('Saved as Markdown to /home/ada/notes.md'));
    fireEvent.click(screen.getByRole('button', { name: 'Save as JSON-LD…' }));
    await waitFor(() => expect(status.textContent).toBe('Not saved.'));
    expect(saveExport.mock.calls.map(([input]) => input.format)).toEqual(['markdown', 'jsonld']);
  });
});
