import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JobsPanel } from '../../../../src/renderer/src/features/capture/JobsPanel';
import { captureJob } from '../../../support/captureJob';

afterEach(cleanup);

const articleId = '00000000-0000-4000-8000-000000000007';
const finished = { finishedAt: '2025-03-18T09:31:00.000Z' };

const jobs = [
  captureJob({ id: 'fetching', label: 'https://a.example/1', state: 'fetching' }),
  captureJob({ id: 'extracting', label: 'https://a.example/2', state: 'extracting' }),
  captureJob({ id: 'images', label: 'https://a.example/3', state: 'images', images: { done: 2, total: 5 } }),
  captureJob({ id: 'saving', label: 'https://a.example/4', state: 'saving' }),
  captureJob({ id: 'done', label: 'https://a.example/5', state: 'done', articleId, title: 'Night trains are back', ...finished }),
  captureJob({ id: 'duplicate', label: 'https://a.example/6', state: 'duplicate', articleId, title: 'Rivers', ...finished }),
  captureJob({
    id: 'failed',
    label: 'https://a.example/7',
    state: 'failed',
    error: { code: 'network', message: 'a.example could not be reached.' },
    ...finished,
  }),
  captureJob({ id: 'cancelled', label: 'https://a.example/8', state: 'cancelled', ...finished }),
];

function renderPanel() {
  const handlers = { onCancel: vi.fn(), onDismiss: vi.fn(), onOpen: vi.fn() };
  render(<JobsPanel jobs={jobs} {...handlers} />);
  const item = (id: string) => document.querySelector<HTMLElement>(`[data-job-id="${id}"]`)!;
  return { ...handlers, item };
}

describe('JobsPanel', () => {
  it('is a polite live region named Saves', () => {
    renderPanel();
    const panel = screen.getByRole('region', { name: 'Saves' });
    expect(within(panel).getByRole('list').getAttribute('aria-live')).toBe('polite');
  });

  it('says where each running save stands, in words, with a Cancel for each', () => {
    const { item, onCancel } = renderPanel();
    expect(item('fetching').textContent).toContain('Downloading…');
    expect(item('extracting').textContent).toContain('Extracting the article…');
    expect(item('images').textContent).toContain('Saving images 3 of 5…');
    expect(item('saving').textContent).toContain('Saving…');
    fireEvent.click(within(item('images')).getByRole('button', { name: 'Cancel saving https://a.example/3' }));
    expect(onCancel).toHaveBeenCalledWith('images');
  });

  it('offers Open for a saved or already saved article, and dismisses the save when opening it', () => {
    const { item, onOpen, onDismiss } = renderPanel();
    expect(item('done').textContent).toContain('Night trains are back');
    expect(item('done').textContent).toContain('Saved');
    expect(item('duplicate').textContent).toContain('Already in your library');
    fireEvent.click(within(item('duplicate')).getByRole('button', { name: 'Open Rivers' }));
    expect(onOpen).toHaveBeenCalledWith(articleId);
    expect(onDismiss).toHaveBeenCalledWith('duplicate');
  });

  it('gives an error in one sentence, and Dismiss instead of Cancel once finished', () => {
    const { item, onDismiss } = renderPanel();
    expect(within(item('failed')).getByText('a.example could not be reached.')).toBeTruthy();
    expect(item('cancelled').textContent).toContain('Cancelled; nothing was saved.');
    for (const id of ['done', 'duplicate', 'failed', 'cancelled']) expect(within(item(id)).queryByRole('button', { name: /^Cancel/ })).toBeNull();
    fireEvent.click(within(item('failed')).getByRole('button', { name: /^Dismiss/ }));
    expect(onDismiss).toHaveBeenCalledWith('failed');
    expect(within(item('failed')).queryByRole('button', { name: /^Open/ })).toBeNull();
  });
});
