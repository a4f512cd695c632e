import { useCallback, useState } from 'react';

/** From this width the panel sits beside the text; below it, it slides over the text as a drawer. */
export const WIDE_WINDOW = '(min-width: 1100px)';

export interface AnnotationPanel {
  open: boolean;
  toggle: () => void;
  show: () => void;
  close: () => void;
}

/**
 * Whether the highlights-and-notes panel is open. It opens by itself once, when the article's
 * annotations arrive (`annotated` stops being null) and there are some, on a wide window only:
 * on a narrow one it would cover the text.
 */
export function useAnnotationPanel(annotated: boolean | null): AnnotationPanel {
  const [open, setOpen] = useState(false);
  const [decided, setDecided] = useState(false);
  // Decided while rendering, the moment the answer is in, so the panel is there on the first paint.
  if (!decided && annotated !== null) {
    setDecided(true);
    if (annotated && window.matchMedia?.(WIDE_WINDOW).matches) setOpen(true);
  }

  const toggle = useCallback(() => setOpen((was) => !was), []);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);
  return { open, toggle, show, close };
}
