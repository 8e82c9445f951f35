import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'button:not([disabled])';

/**
 * Arrow keys move focus between the buttons of a bar or grid (Tab still moves
 * between regions). Up and down pick the button in the next row nearest the
 * current column, measured on screen, so it follows any CSS grid layout.
 */
export function onArrowKeys(e: KeyboardEvent<HTMLElement>): void {
  const buttons = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const from = buttons.indexOf(document.activeElement as HTMLElement);
  if (from < 0) return;
  let to: number | undefined;
  switch (e.key) {
    case 'ArrowRight':
      to = Math.min(buttons.length - 1, from + 1);
      break;
    case 'ArrowLeft':
      to = Math.max(0, from - 1);
      break;
    case 'Home':
      to = 0;
      break;
    case 'End':
      to = buttons.length - 1;
      break;
    case 'ArrowDown':
    case 'ArrowUp':
      to = nearestInNextRow(buttons, from, e.key === 'ArrowDown' ? 1 : -1);
      break;
    default:
      return;
  }
  e.preventDefault();
  if (to !== undefined) buttons[to]?.focus();
}

function nearestInNextRow(buttons: HTMLElement[], from: number, dir: 1 | -1): number | undefined {
  const box = buttons[from]?.getBoundingClientRect();
  if (!box) return undefined;
  const x = box.left + box.width / 2;
  let best: { i: number; dy: number; dx: number } | undefined;
  buttons.forEach((b, i) => {
    const r = b.getBoundingClientRect();
    const dy = (r.top - box.top) * dir;
    if (dy < box.height / 2) return;
    const dx = Math.abs(r.left + r.width / 2 - x);
    if (!best || dy < best.dy - 1 || (Math.abs(dy - best.dy) <= 1 && dx < best.dx)) best = { i, dy, dx };
  });
  return best?.i;
}

/** After a new order opens, staff go straight to the menu: tapping or arrowing. */
export function focusFirstMenuItem(): void {
  // The order screen can take a few frames to show its menu (a busy till, the menu still loading): try each frame, for about a second.
  let frames = 0;
  const tryFocus = (): void => {
    const item = document.querySelector<HTMLElement>(`[data-testid="menu-item"]:not([disabled])`);
    if (item) item.focus();
    else if (++frames < 60) requestAnimationFrame(tryFocus);
  };
  requestAnimationFrame(tryFocus);
}
