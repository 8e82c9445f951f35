import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/contract/commands';
import type { MenuView, OrderView } from '../../../shared/contract/views';
import type { ShiftView } from '../../../shared/contract/shift-views';
import { orderTotals, type OrderState } from '../../../shared/domain/order';
import type { ShiftState } from '../../../shared/domain/shift';
import type { Till } from '../open-till';
import { newId, openSignedInTill, signInAsManager, tempDir, unwrap } from '../test-support/fixtures';

/**
 * Time travel against the read models: random command sequences go through
 * a real till (real journal, projections, queries), and after each command
 * the test keeps what the read models said (GetOrder for every order so far,
 * GetCurrentShift) and the log's position. Afterwards, for random positions
 * p, the state GetStreamState folds from the log up to p must be the state
 * the read models held when the log ended at p.
 */
let till: Till;
let menu: MenuView;
let shiftId: string;

/** One till for every run of the property: its log simply goes on growing. */
async function openTill(): Promise<void> {
  till = await openSignedInTill({ dataDir: await tempDir() });
  await signInAsManager(till); // voids and discounts need no approval PIN
  menu = unwrap(await till.query({ type: 'GetMenu' }));
  shiftId = newId();
  unwrap(await till.command({ type: 'OpenShift', commandId: newId(), shiftId, float: 10_000 }));
}

const ACTIONS = ['open', 'add', 'add', 'remove', 'send', 'void', 'discount', 'undiscount', 'pay', 'close', 'bill', 'payIn', 'noSale'] as const;
const action = fc.record({ kind: fc.constantFrom(...ACTIONS), pick: fc.nat(1000), amount: fc.integer({ min: 1, max: 3000 }) });

interface Moment {
  position: number;
  orders: Map<string, OrderView>;
  shift: ShiftView;
  /** The X report's expected cash and the open orders' ids, as the read models gave them. */
  expectedCash: number;
  openOrders: string[];
}

/** The command an action stands for, given the orders as the read models show them now; undefined when it does not apply. */
function commandFor({ kind, pick, amount }: { kind: (typeof ACTIONS)[number]; pick: number; amount: number }, orders: OrderView[]): Command | undefined {
  const base = { commandId: newId() };
  if (kind === 'open' || orders.length === 0) return { type: 'OpenOrder', ...base, orderId: newId(), table: `T${pick % 9}` };
  if (kind === 'payIn') return { type: 'PayIn', ...base, shiftId, movementId: newId(), amount, reason: 'float top-up' };
  if (kind === 'noSale') return { type: 'OpenDrawer', ...base, shiftId, reason: 'change' };
  const o = orders[pick % orders.length] as OrderView;
  const orderId = o.orderId;
  const line = (status: string) => o.lines.filter((l) => l.status === status)[pick % Math.max(1, o.lines.length)];
  switch (kind) {
    case 'add': {
      const item = menu.items[pick % menu.items.length] as MenuView['items'][number];
      if (item.modifierGroupIds.length > 0) return undefined;
      return { type: 'AddItem', ...base, orderId, lineId: newId(), itemId: item.itemId, qty: 1 + (pick % 3) };
    }
    case 'remove': {
      const l = line('new');
      return l && { type: 'RemoveItem', ...base, orderId, lineId: l.lineId };
    }
    case 'send':
      return { type: 'SendOrder', ...base, orderId, sendId: newId() };
    case 'void': {
      const l = line('sent');
      return l && { type: 'VoidItem', ...base, orderId, lineId: l.lineId, reason: 'burnt' };
    }
    case 'discount':
      return { type: 'ApplyDiscount', ...base, orderId, discountId: newId(), kind: 'amount', value: amount % 500, reason: 'regular' };
    case 'undiscount': {
      const d = o.discounts[pick % Math.max(1, o.discounts.length)];
      return d && { type: 'RemoveDiscount', ...base, orderId, discountId: d.discountId };
    }
    case 'pay':
      return { type: 'TakePayment', ...base, orderId, paymentId: newId(), ...(pick % 2 ? { tender: 'cash' } : { tender: 'card', reference: `auth-${pick}` }), amount: pick % 3 === 0 ? o.due : Math.min(o.due, amount) };
    case 'close':
      return { type: 'CloseOrder', ...base, orderId };
    case 'bill':
      return { type: 'PrintBill', ...base, orderId };
  }
}

const orderIdOf = (c: Command): string | undefined => ('orderId' in c ? c.orderId : undefined);

/** The parts of GetOrder that come straight from the folded state, computed from a state. */
function viewOfState(s: OrderState): unknown {
  const t = orderTotals(s);
  return {
    status: s.status,
    table: s.table,
    lines: s.lines.map((l) => ({ lineId: l.lineId, qty: l.qty, unitPrice: l.unitPrice, status: l.status === 'new' && s.heldCourses.includes(l.course) ? 'held' : l.status, voidReason: l.voidReason })),
    discounts: s.discounts,
    payments: s.payments.map(({ shiftId: _s, ...p }) => p),
    billsPrinted: s.billsPrinted,
    receipt: s.receipt,
    subtotal: t.subtotal,
    discount: t.discount,
    tax: t.tax,
    total: t.total,
    paid: s.paid,
    change: s.change,
    tips: s.tips,
  };
}

function viewOfOrder(v: OrderView): unknown {
  return {
    status: v.status,
    table: v.table,
    lines: v.lines.map((l) => ({ lineId: l.lineId, qty: l.qty, unitPrice: l.unitPrice, status: l.status, voidReason: l.voidReason })),
    discounts: v.discounts,
    payments: v.payments,
    billsPrinted: v.billsPrinted,
    receipt: v.receipt,
    subtotal: v.subtotal,
    discount: v.discount,
    tax: v.tax,
    total: v.total,
    paid: v.paid,
    change: v.change,
    tips: v.tips,
  };
}

describe('time travel (property)', () => {
  it('the state folded up to p is the state the read models held when the log ended at p', async () => {
    await openTill();
    let accepted = 0;
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 10, maxLength: 40 }), fc.array(fc.nat(), { minLength: 3, maxLength: 6 }), async (actions, picks) => {
        const known = new Map<string, OrderView>();
        const moments: Moment[] = [];
        for (const a of actions) {
          const open = [...known.values()].filter((o) => o.status === 'open');
          const command = commandFor(a, open);
          if (!command) continue;
          const reply = await till.command(command);
          if (reply.ok) accepted += 1;
          const orderId = orderIdOf(command);
          if (reply.ok && orderId) known.set(orderId, unwrap(await till.query({ type: 'GetOrder', orderId })));
          const shift = unwrap(await till.query({ type: 'GetCurrentShift' })) as ShiftView;
          const { position } = unwrap(await till.query({ type: 'GetTillInfo' }));
          const expectedCash = unwrap(await till.query({ type: 'GetShiftReport', shiftId })).report.cash.expected;
          const openOrders = unwrap(await till.query({ type: 'ListOpenOrders' })).map((o) => o.orderId);
          moments.push({ position, orders: new Map(known), shift, expectedCash, openOrders });
        }
        for (const pick of picks) {
          const m = moments[pick % moments.length] as Moment;
          for (const [orderId, view] of m.orders) {
            const past = unwrap(await till.query({ type: 'GetStreamState', stream: `order-${orderId}`, atPosition: m.position }));
            expect(past.version).toBe(view.version);
            expect(viewOfState(past.state as OrderState)).toEqual(viewOfOrder(view));
            checked += 1;
          }
          // An order opened after p did not exist yet at p.
          for (const orderId of known.keys()) {
            if (m.orders.has(orderId)) continue;
            const past = unwrap(await till.query({ type: 'GetStreamState', stream: `order-${orderId}`, atPosition: m.position }));
            expect(past).toMatchObject({ version: 0, event: null, state: { status: 'none' } });
          }
          const shift = unwrap(await till.query({ type: 'GetStreamState', stream: `shift-${shiftId}`, atPosition: m.position })).state as ShiftState;
          expect({ status: shift.status, float: shift.float, paidIn: shift.paidIn, paidOut: shift.paidOut }).toEqual({
            status: m.shift.status,
            float: m.shift.float,
            paidIn: m.shift.paidIn,
            paidOut: m.shift.paidOut,
          });
          // The whole till at p: the same open orders and the same cash in the drawer.
          const whole = unwrap(await till.query({ type: 'GetTillAt', atPosition: m.position }));
          expect(whole.openOrders.map((o) => o.orderId).sort()).toEqual([...m.openOrders].sort());
          expect(whole.shifts.find((x) => x.shiftId === shiftId)?.expectedCash).toBe(m.expectedCash);
        }
      }),
      { numRuns: 20 },
    );
    await till.close();
    // The runs must have done something: most commands accepted, many past orders compared.
    expect(accepted).toBeGreaterThan(100);
    expect(checked).toBeGreaterThan(50);
  });
});
