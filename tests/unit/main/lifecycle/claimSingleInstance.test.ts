import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App } from 'electron';
import { claimSingleInstance } from '../../../../src/main/lifecycle/claimSingleInstance';

function fakeApp(gotLock: boolean) {
  return Object.assign(new EventEmitter(), { requestSingleInstanceLock: () => gotLock }) as unknown as Pick<App, 'on' | 'requestSingleInstanceLock'> &
    EventEmitter;
}
const fakeWindow = (minimized: boolean) => ({ isMinimized: () => minimized, restore: vi.fn(), focus: vi.fn() });

describe('claimSingleInstance', () => {
  it('tells a second instance to step aside', () => {
    expect(claimSingleInstance(fakeApp(false), () => undefined)).toBe(false);
  });

  it('brings the first instance forward when a second one starts', () => {
    const app = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app, () => window)).toBe(true);
    app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('copes with a second instance before the window exists', () => {
    const app = fakeApp(true);
    claimSingleInstance(app, () => undefined);
    expect(() => app.emit('second-instance')).not.toThrow();
  });
});
