import { describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../../../src/cli/io';
import { cliArguments, isCliLaunch, runCliInstead } from '../../../../src/main/lifecycle/runCliInstead';

const io: CliIo = { stdout: { write: () => true }, stderr: { write: () => true }, stdin: (async function* () {})(), env: {}, cwd: '/' };

describe('isCliLaunch and cliArguments', () => {
  it('tells a command-line launch from an app launch', () => {
    expect(isCliLaunch(['/opt/News Archive/news-archive', '--cli', '--', 'list'])).toBe(true);
    expect(isCliLaunch(['/opt/News Archive/news-archive', 'https://example.com/'])).toBe(false);
  });

  it('passes on what follows --cli, less the launchers’ `--`', () => {
    expect(cliArguments(['app', '--cli', '--', 'add', '-', '--tag', 'x'])).toEqual(['add', '-', '--tag', 'x']);
    expect(cliArguments(['app', '--no-sandbox', '--cli', 'list', '--', 'y'])).toEqual(['list', '--', 'y']);
  });
});

describe('runCliInstead', () => {
  it('runs the command with its arguments, hides the Dock icon and exits with the command’s code', async () => {
    const app = { exit: vi.fn(), dock: { hide: vi.fn() } };
    const run = vi.fn(async () => 1);
    void runCliInstead(app, ['app', '--cli', '--', 'list', '--limit', '2'], async () => ({ run, io }));
    await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
    expect(run).toHaveBeenCalledWith(['list', '--limit', '2'], io);
    expect(app.dock.hide).toHaveBeenCalled();
  });

  it('never settles, so the app’s own start-up does not run after it', async () => {
    const app = { exit: vi.fn() };
    const settled = vi.fn();
    void runCliInstead(app, ['app', '--cli'], async () => ({ run: async () => 0, io })).then(settled, settled);
    await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(0));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).not.toHaveBeenCalled();
  });
});
