import { expect, type Locator, type Page } from '@playwright/test';

/** Stable handles on the till screen, by data-testid, so specs read as steps. */
export class TillPage {
  constructor(readonly page: Page) {}

  byTestId = (id: string): Locator => this.page.getByTestId(id);
  menuItem = (name: string): Locator => this.byTestId('menu-item').filter({ hasText: name });
  category = (name: string): Locator => this.byTestId('category-tab').filter({ hasText: name });
  lines = (): Locator => this.byTestId('ticket-line');
  line = (name: string): Locator => this.lines().filter({ hasText: name });

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitConnected();
  }

  async waitConnected(): Promise<void> {
    await expect(this.byTestId('connection-status')).toHaveAttribute('data-status', 'open');
    await expect(this.byTestId('category-tab').first()).toBeVisible();
  }

  async newOrder(table?: string): Promise<void> {
    if (table !== undefined) await this.byTestId('table-input').fill(table);
    await this.byTestId('new-order').click();
    await expect(this.byTestId('order-total')).toBeVisible();
  }

  /** Presses Tab until the element with this test id (optionally a given one of several) has focus. */
  async tabTo(testId: string, opts: { hasText?: string; max?: number } = {}): Promise<void> {
    for (let i = 0; i < (opts.max ?? 80); i++) {
      const hit = await this.page.evaluate(
        ({ testId, hasText }) => {
          const el = document.activeElement as HTMLElement | null;
          return el?.dataset.testid === testId && (!hasText || (el.textContent ?? '').includes(hasText));
        },
        { testId, hasText: opts.hasText ?? '' },
      );
      if (hit) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${testId}${opts.hasText ? ` "${opts.hasText}"` : ''}`);
  }
}
