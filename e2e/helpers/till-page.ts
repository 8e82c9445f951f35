import { expect, type Locator, type Page } from '@playwright/test';

/** Stable handles on the till screen, by data-testid, so specs read as steps. */
export class TillPage {
  constructor(readonly page: Page) {}

  byTestId = (id: string): Locator => this.page.getByTestId(id);
  menuItem = (name: string): Locator => this.byTestId('menu-item').filter({ hasText: name });
  category = (name: string): Locator => this.byTestId('category-tab').filter({ hasText: name });
  lines = (): Locator => this.byTestId('ticket-line');
  line = (name: string): Locator => this.lines().filter({ hasText: name });

  /** Loads the till and, unless told not to, signs Ben (the demo server, PIN 1111) in. */
  async open(url: string, opts: { signIn?: boolean } = {}): Promise<void> {
    await this.page.goto(url);
    if (opts.signIn === false) await this.waitOnline();
    else await this.ready();
  }

  async waitOnline(): Promise<void> {
    await expect(this.byTestId('connection-status')).toHaveAttribute('data-status', 'open');
  }

  /** Online and on the till screen, with someone already signed in (a session survives restarts and reloads). */
  async waitConnected(): Promise<void> {
    await this.waitOnline();
    await expect(this.byTestId('category-tab').first()).toBeVisible();
  }

  /** Online and on the till screen: signs in as `name` first if the sign-in screen is showing. */
  async ready(name = 'Ben', pin = '1111'): Promise<void> {
    await this.waitOnline();
    const signInScreen = this.byTestId('sign-in');
    await expect(signInScreen.or(this.byTestId('category-tab')).first()).toBeVisible();
    if (await signInScreen.isVisible()) await this.signIn(name, pin);
    await this.waitConnected();
  }

  /** Taps the staff member's tile and types the PIN on the keyboard, then Enter. */
  async signIn(name: string, pin: string): Promise<void> {
    await this.byTestId('staff-tile').filter({ hasText: name }).click();
    await expect(this.byTestId('pin-input')).toBeFocused();
    await this.page.keyboard.type(pin);
    await this.page.keyboard.press('Enter');
    await expect(this.byTestId('staff-name')).toHaveText(name);
  }

  /**
   * Opens a shift on the Shift screen with a counted float, then goes back to
   * the till: money is taken only inside an open shift.
   */
  async openShift(float = '100.00'): Promise<void> {
    await this.byTestId('nav-shift').click();
    await this.byTestId('shift-float-input').fill(float);
    await this.byTestId('shift-open').click();
    await expect(this.byTestId('shift-current')).toBeVisible();
    await this.byTestId('nav-till').click();
    await this.waitConnected();
  }

  async newOrder(table?: string): Promise<void> {
    if (table !== undefined) await this.byTestId('table-input').fill(table);
    await this.byTestId('new-order').click();
    await expect(this.byTestId('order-total')).toBeVisible();
  }

  /** Pays the order on screen in cash with `tendered` and closes it; answers the change shown. */
  async payCashAndClose(tendered: string): Promise<string> {
    await this.byTestId('pay-button').click();
    const dialog = this.byTestId('pay-dialog');
    await dialog.getByTestId('pay-amount').fill(tendered);
    await dialog.getByTestId('pay-submit').click();
    const change = (await dialog.getByTestId('change-due').textContent()) ?? '';
    await dialog.getByTestId('pay-close-order').click();
    await expect(dialog).toBeHidden();
    return change;
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
