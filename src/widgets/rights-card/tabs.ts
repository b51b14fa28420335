/**
 * Keyboard movement between the situation tabs (WAI-ARIA tabs pattern): arrows (mirrored in
 * right-to-left text for Left and Right), Home and End. Pure: tested directly.
 */

const STEPS: Readonly<Record<string, readonly [ltr: number, rtl: number]>> = {
  ArrowRight: [1, -1],
  ArrowLeft: [-1, 1],
  ArrowDown: [1, 1],
  ArrowUp: [-1, -1],
};

/** The index of the tab `key` moves to from `current` among `count` tabs, or -1 for other keys. */
export function tabFor(key: string, current: number, count: number, rtl: boolean): number {
  const step = STEPS[key];
  if (step) return (current + step[rtl ? 1 : 0] + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return -1;
}
