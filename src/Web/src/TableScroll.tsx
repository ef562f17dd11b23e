import type { ReactNode } from 'react';

/**
 * A wide table scrolls sideways inside this box instead of widening the page. Focusable (and a labelled region), so
 * keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
