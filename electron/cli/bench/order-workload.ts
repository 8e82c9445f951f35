import type { Command } from '../../../shared/contract/commands';
import type { MenuView } from '../../../shared/contract/views';
import { newId, prng } from './bench-kit';

/**
 * The commands a busy till sends: several orders in progress at once, each
 * opened, given two to four lines, paid in cash (with change) and closed.
 * Every command records exactly one event, so "commands/s" and "events/s"
 * are the same figure and the baseline can insert the very same events.
 *
 * Besides each command, the workload says which event the till is expected
 * to record for it (stream, type, data as the order decider builds them):
 * the better-sqlite3 baseline inserts those, so both sides write the same
 * shape and size of row.
 */
export interface ExpectedEvent {
  stream: string;
  type: string;
  data: Record<string, unknown>;
}

export interface WorkItem {
  command: Command;
  event: ExpectedEvent;
}

interface OrderInProgress {
  orderId: string;
  linesLeft: number;
  total: number;
  step: 'open' | 'lines' | 'pay' | 'close';
}


export class OrderWorkload {
  private readonly active: OrderInProgress[] = [];
  private readonly random: () => number;
  private turn = 0;
  private receipts = 0;
  private tables = 0;

  /**
   * @param menu the seeded menu (from the GetMenu query)
   * @param inProgress how many orders are open at once (round-robin between them)
   * @param terminal the receipt series CloseOrder will use
   */
  constructor(
    private readonly menu: MenuView,
    private readonly inProgress = 8,
    seed = 42,
    private readonly terminal = 'T1',
  ) {
    if (menu.items.length === 0) throw new Error('the bench needs a seeded menu');
    this.random = prng(seed);
  }

  next(): WorkItem {
    if (this.active.length < this.inProgress) {
      this.active.push({ orderId: newId(), linesLeft: 2 + Math.floor(this.random() * 3), total: 0, step: 'open' });
    }
    this.turn = (this.turn + 1) % this.active.length;
    const order = this.active[this.turn] as OrderInProgress;
    return this.step(order);
  }

  private step(o: OrderInProgress): WorkItem {
    const stream = `order-${o.orderId}`;
    switch (o.step) {
      case 'open': {
        o.step = 'lines';
        const table = `T${(this.tables++ % 40) + 1}`;
        return {
          command: { type: 'OpenOrder', commandId: newId(), orderId: o.orderId, table },
          event: { stream, type: 'OrderOpened', data: { orderId: o.orderId, table, currency: this.menu.currency } },
        };
      }
      case 'lines': {
        const item = this.menu.items[Math.floor(this.random() * this.menu.items.length)] as MenuView['items'][number];
        const qty = 1 + Math.floor(this.random() * 3);
        const lineId = newId();
        o.total += item.price * qty;
        o.linesLeft -= 1;
        if (o.linesLeft === 0) o.step = 'pay';
        return {
          command: { type: 'AddItem', commandId: newId(), orderId: o.orderId, lineId, itemId: item.itemId, qty },
          event: {
            stream,
            type: 'ItemAdded',
            data: { lineId, itemId: item.itemId, name: item.name, unitPrice: item.price, qty, menuVersion: this.menu.version },
          },
        };
      }
      case 'pay': {
        o.step = 'close';
        // Cash rounded up to the next 5.00, as people hand over notes: the payment records change.
        const tendered = Math.ceil(o.total / 500) * 500 + 500;
        const paymentId = newId();
        return {
          command: { type: 'TakePayment', commandId: newId(), orderId: o.orderId, paymentId, tender: 'cash', amount: tendered },
          event: {
            stream,
            type: 'PaymentTaken',
            data: { paymentId, tender: 'cash', tendered, amount: o.total, change: tendered - o.total },
          },
        };
      }
      case 'close': {
        this.active.splice(this.active.indexOf(o), 1);
        this.receipts += 1;
        return {
          command: { type: 'CloseOrder', commandId: newId(), orderId: o.orderId },
          event: {
            stream,
            type: 'OrderClosed',
            data: { receiptSeries: this.terminal, receiptNumber: this.receipts, total: o.total, paid: o.total },
          },
        };
      }
    }
  }

  /** The next `n` items at once (the generator itself is cheap; this keeps it out of timed loops). */
  take(n: number): WorkItem[] {
    const out: WorkItem[] = [];
    for (let i = 0; i < n; i++) out.push(this.next());
    return out;
  }
}
