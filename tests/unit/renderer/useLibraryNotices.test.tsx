import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LibraryNotice } from '../../../src/shared/model/libraryInfo';
import { useLibraryNotices } from '../../../src/renderer/src/features/notices/useLibraryNotices';
import { createFakeApi, withApi } from './fakeApi';

const notice = (id: string): LibraryNotice => ({ id, level: 'warning', message: `notice ${id}`, path: null, at: '2025-03-18T10:00:00.000Z' });

describe('useLibraryNotices', () => {
  it('shows the notices from opening and those pushed later, once each, until dismissed', () => {
    const fake = createFakeApi();
    const atOpening = [notice('a')];
    const { result } = renderHook(() => useLibraryNotices(atOpening), { wrapper: withApi(fake.api) });
    expect(result.current.notices.map((n) => n.id)).toEqual(['a']);

    act(() => fake.emit('onLibraryNotice', notice('b')));
    act(() => fake.emit('onLibraryNotice', notice('a')));
    expect(result.current.notices.map((n) => n.id)).toEqual(['a', 'b']);

    act(() => result.current.dismiss('a'));
    expect(result.current.notices.map((n) => n.id)).toEqual(['b']);
  });
});
