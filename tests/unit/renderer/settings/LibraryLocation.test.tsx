import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../src/shared/ipc/contract';
import { LibraryLocation } from '../../../../src/renderer/src/features/settings/LibraryLocation';
import { createFakeApi, deferred, ok, withApi } from '../fakeApi';

afterEach(cleanup);

function renderLocation(methods: Parameters<typeof createFakeApi>[0]) {
  const onMoved = vi.fn();
  const Wrapper = withApi(createFakeApi(methods).api);
  render(
    <Wrapper>
      <LibraryLocation path="/home/ana/News" onMoved={onMoved} />
    </Wrapper>,
  );
  return { onMoved, move: () => fireEvent.click(screen.getByRole('button', { name: 'Move library…' })) };
}

describe('LibraryLocation', () => {
  it('shows where the library lives and shows it in the file manager', async () => {
    const showInFolder = vi.fn<Api['library']['showInFolder']>(async () => ok(null));
    renderLocation({ library: { showInFolder } });
    expect(screen.getByRole('region', { name: 'Library location' }).textContent).toContain('/home/ana/News');
    fireEvent.click(screen.getByRole('button', { name: 'Show in folder' }));
    await waitFor(() => expect(showInFolder).toHaveBeenCalledTimes(1));
  });

  it('moves the library to the chosen folder, says so, and leaves the old folder to the person', async () => {
    const answer = deferred<Awaited<ReturnType<Api['library']['move']>>>();
    const move = vi.fn<Api['library']['move']>(() => answer.promise);
    const { onMoved, move: clickMove } = renderLocation({ library: { chooseFolder: async () => ok({ path: '/media/disk/News' }), move } });
    clickMove();
    expect((await screen.findByRole('button', { name: 'Moving…' })) as HTMLButtonElement).toHaveProperty('disabled', true);
    expect(screen.getByRole('status').textContent).toContain('Copying the library to /media/disk/News');
    expect(move).toHaveBeenCalledWith({ to: '/media/disk/News' });
    answer.resolve(ok({ path: '/media/disk/News', previous: '/home/ana/News' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/now lives in \/media\/disk\/News\. The old folder, \/home\/ana\/News, was left as it was/));
    expect(onMoved).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the person cancels the folder dialog', async () => {
    const move = vi.fn<Api['library']['move']>();
    const chooseFolder = vi.fn<Api['library']['chooseFolder']>(async () => ok(null));
    const { move: clickMove } = renderLocation({ library: { chooseFolder, move } });
    clickMove();
    await waitFor(() => expect(chooseFolder).toHaveBeenCalled());
    expect(move).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why a move was refused', async () => {
    const { onMoved, move } = renderLocation({
      library: {
        chooseFolder: async () => ok({ path: '/home/ana/Full' }),
        move: async () => ({ ok: false, error: { code: 'invalid-destination', message: '/home/ana/Full is not empty.' } }),
      },
    });
    move();
    expect((await screen.findByRole('alert')).textContent).toBe('The library was not moved: /home/ana/Full is not empty.');
    expect(onMoved).not.toHaveBeenCalled();
  });
});
