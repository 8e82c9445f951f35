import type { DocketApi, Reply } from '../../shared/contract/api';

/**
 * An optional capability of the Electron preload (electron/preload.ts):
 * print an order's receipt or a kitchen ticket through the system printer. It is not part of
 * DocketApi, which the core implements; in a browser it is absent and the
 * receipt is shown in a print preview instead.
 */
export interface ReceiptPrinter {
  printReceipt(orderId: string): Promise<Reply<null>>;
  printKitchenTicket(ticketId: string): Promise<Reply<null>>;
}

/** The preload's printer when the page runs inside Electron, else null. */
export function receiptPrinter(win: { docket?: DocketApi } | undefined = globalThis.window): ReceiptPrinter | null {
  const docket = win?.docket as (DocketApi & Partial<ReceiptPrinter>) | undefined;
  const receipt = docket?.printReceipt;
  const kitchen = docket?.printKitchenTicket;
  if (typeof receipt !== 'function' || typeof kitchen !== 'function') return null;
  return { printReceipt: (orderId) => receipt.call(docket, orderId), printKitchenTicket: (ticketId) => kitchen.call(docket, ticketId) };
}
