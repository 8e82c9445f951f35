import { describe, expect, it } from 'vitest';
import { MAX_SCROLL_PX, rowTop, scrollScale } from './scroll-scale';

describe('scrollScale', () => {
  it('leaves a list that fits as it is', () => {
    expect(scrollScale(113_000 * 48, 800)).toEqual({ height: 113_000 * 48, factor: 1 });
    expect(rowTop(4800, 4000, 1)).toBe(4800);
  });

  it('draws a million rows in a scroll area the browser allows, with both ends reachable', () => {
    const total = 1_000_000 * 48;
    const view = 800;
    const { height, factor } = scrollScale(total, view);
    expect(height).toBe(MAX_SCROLL_PX);
    // The real scroll range's end maps to the virtual range's end.
    const realEnd = height - view;
    expect(realEnd * factor).toBeCloseTo(total - view, 3);
    // The last row then sits at the bottom of the viewport, drawn within the scroll area.
    const virtualOffset = realEnd * factor;
    const lastTop = rowTop(total - 48, virtualOffset, factor);
    expect(lastTop).toBeCloseTo(realEnd + view - 48, 3);
    expect(lastTop + 48).toBeLessThanOrEqual(height + 1e-6);
    // At the top, row 0 is at 0.
    expect(rowTop(0, 0, factor)).toBe(0);
  });
});
