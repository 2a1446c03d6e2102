import type { ReactNode } from 'react';

/**
 * A wide table's own scrolling box, so a phone scrolls the table and never the page. It is a
 * labelled region in the tab order, so keyboard users can scroll it too.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section
      className="aktion-table-wrapper aktion-matrix-region"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
    >
      {children}
    </section>
  );
}
