import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAnnotationPanel, WIDE_WINDOW } from '../../../../src/renderer/src/features/annotations/useAnnotationPanel';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const windowIs = (wide: boolean) => vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === WIDE_WINDOW && wide }));

describe('useAnnotationPanel', () => {
  it('opens by itself on a wide window once annotations turn out to exist, and only once', () => {
    windowIs(true);
    const { result, rerender } = renderHook(({ annotated }) => useAnnotationPanel(annotated), { initialProps: { annotated: null as boolean | null } });
    expect(result.current.open).toBe(false);
    rerender({ annotated: true });
    expect(result.current.open).toBe(true);
    act(() => result.current.toggle());
    rerender({ annotated: true });
    expect(result.current.open).toBe(false);
  });

  it('stays closed on a narrow window, where it would cover the text, and for an article without annotations', () => {
    windowIs(false);
    expect(renderHook(() => useAnnotationPanel(true)).result.current.open).toBe(false);
    windowIs(true);
    expect(renderHook(() => useAnnotationPanel(false)).result.current.open).toBe(false);
  });
});
