import { createStore } from 'zustand/vanilla';
import type { DocketApi } from '../../shared/contract/api';
import type { Command } from '../../shared/contract/commands';
import type { OrderView } from '../../shared/contract/views';
import { newId } from '../client/new-id';
import type { ReceiptPrinter } from '../client/receipt-printer';
import type { CommandBody } from '../../shared/contract/commands';
import type { OrderStore } from './order-store';
import type { StatusStore } from './status-store';

export type Tender = 'cash' | 'card' | 'voucher';

export interface PaymentInput {
  tender: Tender;
  /** What was handed over (cash may be more than is due: the rest is change). */
  amount: number;
  tip: number;
  reference?: string;
}

/** What the till recorded for the last payment: read back from the order, never worked out here. */
export interface PaymentOutcome {
  tender: Tender;
  tendered: number;
  amount: number;
  change: number;
  tip: number;
}

export interface PaymentState {
  /** The part of a split bill being paid; null when the bill is not split. */
  partId: string | null;
  lastPayment: PaymentOutcome | null;
  /** The order whose receipt is shown in the browser's print preview. */
  preview: string | null;
  reset(): void;
  selectPart(partId: string | null): void;
  splitEven(parts: number): Promise<boolean>;
  splitSeats(): Promise<boolean>;
  splitLines(groups: string[][]): Promise<boolean>;
  clearSplit(): Promise<boolean>;
  pay(input: PaymentInput): Promise<PaymentOutcome | null>;
  /** Records the print, then prints (Electron) or shows the preview (browser). */
  printReceipt(orderId: string): Promise<boolean>;
  closePreview(): void;
  refund(orderId: string, lineIds: string[] | null, tender: Tender, reason: string): Promise<boolean>;
  reopen(orderId: string, reason: string): Promise<boolean>;
}

/** The first part of the split that still has something due. */
export function firstUnpaidPart(order: OrderView | null): string | null {
  return order?.split?.parts.find((p) => p.due > 0)?.partId ?? null;
}

/** Taking money for the order on screen, and the receipt, refund and reopen of any order. */
export const createPaymentStore = (api: DocketApi, status: StatusStore, orders: OrderStore, printer: ReceiptPrinter | null) =>
  createStore<PaymentState>()((set, get) => {
    /** A command about any order (a closed one from history too); the screens re-read on the push. */
    async function send(body: CommandBody): Promise<boolean> {
      const r = await api.command({ ...body, commandId: newId() } as Command);
      if (!r.ok) status.getState().error(r.error);
      return r.ok;
    }

    async function split(body: Omit<Extract<CommandBody, { type: 'SplitBill' }>, 'orderId' | 'splitId'>): Promise<boolean> {
      const orderId = orders.getState().orderId;
      if (!orderId) return false;
      const ok = await orders.getState().run({ ...body, orderId, splitId: newId() });
      if (ok) set({ partId: firstUnpaidPart(orders.getState().order) });
      return ok;
    }

    return {
      partId: null,
      lastPayment: null,
      preview: null,
      reset: () => set({ partId: firstUnpaidPart(orders.getState().order), lastPayment: null }),
      selectPart: (partId) => set({ partId }),
      splitEven: (parts) => split({ type: 'SplitBill', mode: 'even', parts }),
      splitSeats: () => split({ type: 'SplitBill', mode: 'seats' }),
      splitLines: (groups) => split({ type: 'SplitBill', mode: 'lines', groups }),
      async clearSplit() {
        const orderId = orders.getState().orderId;
        if (!orderId) return false;
        const ok = await orders.getState().run({ type: 'ClearSplit', orderId });
        if (ok) set({ partId: null });
        return ok;
      },
      async pay(input) {
        const orderId = orders.getState().orderId;
        if (!orderId) return null;
        const paymentId = newId();
        const partId = orders.getState().order?.split ? get().partId : null;
        const ok = await orders.getState().run({
          type: 'TakePayment',
          orderId,
          paymentId,
          tender: input.tender,
          amount: input.amount,
          ...(input.tip > 0 ? { tip: input.tip } : {}),
          ...(input.reference?.trim() ? { reference: input.reference.trim() } : {}),
          ...(partId ? { partId } : {}),
        });
        if (!ok) return null;
        const order = orders.getState().order;
        const p = order?.payments.find((x) => x.paymentId === paymentId);
        const outcome = p
          ? { tender: p.tender, tendered: p.tendered, amount: p.amount, change: p.change, tip: p.tip }
          : { tender: input.tender, tendered: input.amount, amount: input.amount, change: 0, tip: input.tip };
        // A paid part hands over to the next one still owing, so a table pays seat after seat.
        const stillDue = order?.split?.parts.find((x) => x.partId === partId)?.due ?? 0;
        set({ lastPayment: outcome, partId: partId && stillDue === 0 ? firstUnpaidPart(order) : partId });
        return outcome;
      },
      async printReceipt(orderId) {
        if (!(await send({ type: 'PrintReceipt', orderId }))) return false;
        if (!printer) {
          set({ preview: orderId });
          return true;
        }
        const r = await printer.printReceipt(orderId);
        if (!r.ok) status.getState().error(r.error);
        return r.ok;
      },
      closePreview: () => set({ preview: null }),
      refund: (orderId, lineIds, tender, reason) =>
        send({ type: 'RefundOrder', orderId, refundId: newId(), tender, reason, ...(lineIds ? { lineIds } : {}) }),
      reopen: (orderId, reason) => send({ type: 'ReopenOrder', orderId, reason }),
    };
  });

export type PaymentStore = ReturnType<typeof createPaymentStore>;
