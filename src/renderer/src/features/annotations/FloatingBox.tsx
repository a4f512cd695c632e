import { forwardRef, type ReactNode } from 'react';
import type { PageBox } from './pagePlace';

interface FloatingBoxProps {
  /** The text it belongs to: the box opens just under that text's last line. */
  under: PageBox;
  role: 'toolbar' | 'dialog';
  label: string;
  children: ReactNode;
}

// The box's widest, to keep it inside the window.
const BOX_WIDTH_PX = 320;

/** A small panel floating over the article at some of its text; it scrolls with the page. */
export const FloatingBox = forwardRef<HTMLDivElement, FloatingBoxProps>(function FloatingBox({ under, role, label, children }, ref) {
  const left = Math.max(8, Math.min(under.left, window.innerWidth - BOX_WIDTH_PX - 8));
  return (
    <div ref={ref} className="popover-panel floating-box" role={role} aria-label={label} style={{ top: under.bottom + 8, left }}>
      {children}
    </div>
  );
});
