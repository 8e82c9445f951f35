/**
 * Browsers cap an element's height (Chromium near 33.5 million px, Firefox
 * near 17.9 million): a million rows of 48 px do not fit. Beyond MAX_SCROLL_PX
 * the list is drawn in a shorter scroll area and the real scroll offset is
 * stretched onto the list's full (virtual) height, so the top of the scroll
 * bar is the newest event and its bottom the oldest, whatever the count.
 * Rows keep their real height on screen; a wheel turn moves `factor` times
 * as far through the list.
 */
export const MAX_SCROLL_PX = 16_000_000;

export interface ScrollScale {
  /** Height of the scroll area in real px. */
  height: number;
  /** Virtual px per real px of scrolling (1 when the list fits). */
  factor: number;
}

export function scrollScale(totalPx: number, viewportPx: number, maxPx = MAX_SCROLL_PX): ScrollScale {
  if (totalPx <= maxPx) return { height: totalPx, factor: 1 };
  // Map the real scroll range [0, max − viewport] onto [0, total − viewport]: both ends line up exactly.
  const view = Math.max(0, Math.min(viewportPx, maxPx / 2));
  return { height: maxPx, factor: (totalPx - view) / (maxPx - view) };
}

/** Where a row starting at `start` (virtual px) is drawn, given the virtual scroll offset. */
export function rowTop(start: number, virtualOffset: number, factor: number): number {
  return start - virtualOffset + virtualOffset / factor;
}
