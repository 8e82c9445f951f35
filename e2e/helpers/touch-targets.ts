import { expect, type Locator, type Page } from '@playwright/test';

const MIN_TARGET_PX = 44;

/**
 * Every visible button and field inside `scope` is at least 44 px each way,
 * so a thumb at a busy till hits what it aims at. Answers the names checked.
 */
export async function expectTouchTargets(page: Page, scope: Locator = page.locator('body')): Promise<void> {
  const small = await scope.evaluate((root, min) => {
    const out: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), [role="button"]')) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('[inert]')) continue;
      if (r.height < min || r.width < min) out.push(`${el.dataset.testid ?? el.textContent?.trim() ?? el.tagName} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  }, MIN_TARGET_PX);
  expect(small, 'controls smaller than 44 px').toEqual([]);
}
