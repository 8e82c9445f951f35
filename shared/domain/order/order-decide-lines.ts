import { DocketError } from '../../kernel/errors';
import { approver } from '../decider';
import type { MenuItem, MenuState } from '../menu/menu-state';
import type { AddItem, ApplyDiscount, RemoveDiscount, RemoveItem, VoidItem } from './order-commands';
import { requireLine, requireReason, requireWhole, type OrderContext } from './order-context';
import type { ItemAdded, LineModifier, OrderEvent } from './order-events';
import type { OrderState } from './order-state';
import { orderTotals } from './order-totals';

const MAX_QTY = 999;

/** Checks the chosen options against the item's groups (known options, min and max per group). */
function chooseModifiers(menu: MenuState, item: MenuItem, chosen: AddItem['modifiers']): LineModifier[] {
  const byGroup = new Map((chosen ?? []).map((c) => [c.groupId, c.optionIds]));
  if (byGroup.size !== (chosen ?? []).length) throw new DocketError('Validation', 'a modifier group is chosen twice');
  for (const groupId of byGroup.keys()) {
    if (!item.modifierGroupIds.includes(groupId)) throw new DocketError('Validation', `${item.name} has no such modifier group`);
  }
  const out: LineModifier[] = [];
  for (const groupId of item.modifierGroupIds) {
    const group = menu.modifierGroups[groupId];
    if (!group) continue;
    const ids = byGroup.get(groupId) ?? [];
    if (new Set(ids).size !== ids.length) throw new DocketError('Validation', `an option of ${group.name} is chosen twice`);
    if (ids.length < group.min || ids.length > group.max) {
      throw new DocketError('Validation', `${group.name}: choose ${group.min === group.max ? group.min : `${group.min} to ${group.max}`}`);
    }
    for (const optionId of ids) {
      const option = group.options.find((o) => o.optionId === optionId);
      if (!option) throw new DocketError('Validation', `${group.name} has no such option`);
      out.push({ groupId, optionId, name: option.name, priceDelta: option.priceDelta });
    }
  }
  return out;
}

export function addItem(command: AddItem, state: OrderState, ctx: OrderContext): OrderEvent[] {
  requireWhole(command.qty, 'qty', 1, MAX_QTY);
  const seat = requireWhole(command.seat, 'seat', 1, 99) ?? null;
  const course = requireWhole(command.course, 'course', 1, 9) ?? 1;
  const note = command.note?.trim() || null;
  if (note !== null && note.length > 200) throw new DocketError('Validation', 'a note is at most 200 characters');
  const item = ctx.menu.items[command.itemId];
  if (!item) throw new DocketError('NotFound', 'no such menu item');
  if (!item.available) throw new DocketError('IllegalState', `${item.name} is not available (86)`);
  if (state.lines.some((l) => l.lineId === command.lineId)) throw new DocketError('IllegalState', 'that line is already on the order');
  const taxCategory = item.taxCategoryId ? ctx.menu.taxCategories[item.taxCategoryId] : undefined;
  const data: ItemAdded['data'] = {
    lineId: command.lineId,
    itemId: item.itemId,
    name: item.name,
    unitPrice: item.price,
    qty: command.qty,
    menuVersion: ctx.menu.version,
    categoryId: item.categoryId,
    modifiers: chooseModifiers(ctx.menu, item, command.modifiers),
    note,
    seat,
    course,
    taxCategoryId: taxCategory?.taxCategoryId ?? null,
    taxRate: taxCategory?.rate ?? 0,
    station: item.station,
  };
  return [{ type: 'ItemAdded', data }];
}

function requireStillCovered(state: OrderState, next: OrderState): void {
  if (orderTotals(next).total < state.paid) {
    throw new DocketError('IllegalState', 'that would leave more paid than owed: refund first');
  }
}

export function removeItem(command: RemoveItem, state: OrderState): OrderEvent[] {
  const line = requireLine(state, command.lineId);
  if (line.status !== 'new') {
    throw new DocketError('IllegalState', `${line.name} has gone to the kitchen: void it instead`);
  }
  requireStillCovered(state, { ...state, lines: state.lines.filter((l) => l !== line) });
  return [{ type: 'ItemRemoved', data: { lineId: line.lineId } }];
}

export function voidItem(command: VoidItem, state: OrderState, ctx: OrderContext): OrderEvent[] {
  const line = requireLine(state, command.lineId);
  if (line.status === 'voided') throw new DocketError('IllegalState', 'that line is already voided');
  if (line.status === 'new') throw new DocketError('IllegalState', `${line.name} has not been sent: remove it instead`);
  const reason = requireReason(command.reason);
  if (!approver(ctx)) throw new DocketError('ApprovalRequired', `voiding ${line.name} after it was sent needs a manager`);
  requireStillCovered(state, { ...state, lines: state.lines.map((l) => (l === line ? { ...l, status: 'voided' as const } : l)) });
  return [{ type: 'ItemVoided', data: { lineId: line.lineId, reason } }];
}

export function applyDiscount(command: ApplyDiscount, state: OrderState, ctx: OrderContext): OrderEvent[] {
  const reason = requireReason(command.reason);
  if (state.discounts.some((d) => d.discountId === command.discountId)) throw new DocketError('IllegalState', 'that discount is already applied');
  if (command.lineId !== undefined) {
    const line = requireLine(state, command.lineId);
    if (line.status === 'voided') throw new DocketError('IllegalState', 'a voided line cannot be discounted');
  }
  if (command.kind === 'percent') requireWhole(command.value, 'a percentage (basis points)', 1, 10_000);
  else requireWhole(command.value, 'a discount amount', 1, Number.MAX_SAFE_INTEGER);
  const discount = { discountId: command.discountId, lineId: command.lineId ?? null, kind: command.kind, value: command.value, reason };
  const before = orderTotals(state);
  const after = orderTotals({ ...state, discounts: [...state.discounts, discount] });
  const given = before.net - after.net;
  if (given === 0) throw new DocketError('IllegalState', 'there is nothing left to discount');
  const base =
    discount.lineId === null ? before.net : (before.lines.find((l) => l.lineId === discount.lineId)?.net ?? 0);
  // Above the policy's share of the price, a server needs a manager's approval.
  if (given * 10_000 > base * ctx.menu.policy.discountApprovalAbove && !approver(ctx)) {
    throw new DocketError('ApprovalRequired', `a discount above ${ctx.menu.policy.discountApprovalAbove / 100} % needs a manager`);
  }
  if (after.total < state.paid) throw new DocketError('IllegalState', 'that would leave more paid than owed: refund first');
  return [{ type: 'DiscountApplied', data: discount }];
}

export function removeDiscount(command: RemoveDiscount, state: OrderState): OrderEvent[] {
  if (!state.discounts.some((d) => d.discountId === command.discountId)) throw new DocketError('NotFound', 'no such discount on the order');
  return [{ type: 'DiscountRemoved', data: { discountId: command.discountId } }];
}
