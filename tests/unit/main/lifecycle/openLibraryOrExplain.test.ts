import { describe, expect, it, vi } from 'vitest';
import type { Library } from '../../../../src/main/core/library/library';
import { openLibraryOrExplain } from '../../../../src/main/lifecycle/openLibraryOrExplain';
import { AppError } from '../../../../src/shared/ipc/result';

describe('openLibraryOrExplain', () => {
  it('returns the open library', async () => {
    const library = { dir: '/lib' } as Library;
    const showError = vi.fn();
    expect(await openLibraryOrExplain(async () => library, showError)).toBe(library);
    expect(showError).not.toHaveBeenCalled();
  });

  it.each(['library-locked', 'library-newer'] as const)('shows the message of %s and gives up', async (code) => {
    const showError = vi.fn();
    const message = `The library cannot be opened (${code}).`;
    expect(await openLibraryOrExplain(() => Promise.reject(new AppError(code, message)), showError)).toBeUndefined();
    expect(showError).toHaveBeenCalledWith('News Archive cannot open its library', message);
  });

  it('logs an unexpected error and shows a plain sentence instead of its stack', async () => {
    const showError = vi.fn();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await openLibraryOrExplain(() => Promise.reject(new TypeError('x is undefined')), showError)).toBeUndefined();
    expect(showError.mock.calls[0]?.[1]).not.toContain('x is undefined');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
