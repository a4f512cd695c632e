import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../src/shared/ipc/contract';
import type { Result } from '../../../../src/shared/ipc/result';
import type { CaptureJob } from '../../../../src/shared/model/capture';
import { DEFAULT_SETTINGS } from '../../../../src/shared/model/settings';
import { Welcome } from '../../../../src/renderer/src/features/library/Welcome';
import { captureJob } from '../../../support/captureJob';
import { createFakeApi, deferred, ok, withApi } from '../fakeApi';

afterEach(cleanup);

function renderWelcome(methods: Parameters<typeof createFakeApi>[0] = {}) {
  const fake = createFakeApi(methods);
  const Wrapper = withApi(fake.api);
  render(
    <Wrapper>
      <Welcome libraryPath="/home/ana/News" onSave={() => {}} />
    </Wrapper>,
  );
  return fake;
}

describe('Welcome', () => {
  it('explains saving, tagging and highlighting in three steps', () => {
    renderWelcome();
    const welcome = screen.getByRole('region', { name: 'Welcome to News Archive' });
    const steps = welcome.querySelectorAll('ol > li');
    expect([...steps].map((step) => step.querySelector('h3')?.textContent)).toEqual(['Save', 'Tag', 'Highlight']);
    expect(steps[0]?.textContent).toMatch(/Ctrl\+S|⌘S/);
    expect(steps[0]?.textContent).toContain('news-archive add <url>');
    expect(steps[1]?.textContent).toMatch(/Press t/);
    expect(steps[2]?.textContent).toMatch(/press h.*Press n/s);
  });

  it('saves the sample story, built into the app, as a pasted text', async () => {
    const start = vi.fn<Api['capture']['start']>(async () => ok(captureJob({ id: 'job-1', label: 'Pasted text' })));
    renderWelcome({ capture: { start } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a sample article' }));
    await waitFor(() => expect(start).toHaveBeenCalledTimes(1));
    const { input } = start.mock.calls[0]![0];
    expect(input).toMatchObject({ kind: 'text', format: 'text' });
    // The story from ../shared/fixtures, whole.
    expect(input.kind === 'text' && input.text).toContain('Trump, Putin Call On Russia-Ukraine War, Call Went Well, White House Says');
    expect(input.kind === 'text' && input.text).toContain('getting down to a very critical stage');
    expect((screen.getByRole('button', { name: 'Adding the sample…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('gives the button back and says why when the sample could not be saved', async () => {
    const started = deferred<Result<CaptureJob>>();
    const fake = renderWelcome({ capture: { start: () => started.promise } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a sample article' }));
    await screen.findByRole('button', { name: 'Adding the sample…' });
    await act(async () => started.resolve(ok(captureJob({ id: 'job-1' }))));
    fake.emit('onCaptureProgress', captureJob({ id: 'job-1', state: 'failed', error: { code: 'internal', message: 'The disk is full.' } }));
    expect((await screen.findByRole('alert')).textContent).toContain('The disk is full.');
    expect((screen.getByRole('button', { name: 'Add a sample article' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('closes for good through the settings', async () => {
    const update = vi.fn<Api['settings']['update']>(async (patch) => ok({ ...DEFAULT_SETTINGS, ...patch }));
    renderWelcome({ settings: { update } });
    fireEvent.click(screen.getByRole('button', { name: 'Close welcome' }));
    await waitFor(() => expect(update).toHaveBeenCalledWith({ welcomeDismissed: true }));
  });

  it('offers saving the first article and says where the library lives', () => {
    renderWelcome();
    expect(screen.getByRole('button', { name: 'Save your first article' })).toBeTruthy();
    expect(screen.getByText(/This library lives in/).textContent).toContain('/home/ana/News');
  });
});
