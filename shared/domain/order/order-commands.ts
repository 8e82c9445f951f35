import type { DiscountKind, Tender } from './order-events';

export type OpenOrder = {
  type: 'OpenOrder';
  orderId: string;
  /** Seat at a table of the floor plan... */
  tableId?: string | undefined;
  /** ...or give a counter or takeaway order a label. */
  table?: string | undefined;
  covers?: number | undefined;
};
export type MoveOrder = { type: 'MoveOrder'; orderId: string; tableId: string };
/** Moves every line of `sourceOrderId` into `orderId`. */
export type MergeOrders = { type: 'MergeOrders'; orderId: string; sourceOrderId: string };
export type PrintBill = { type: 'PrintBill'; orderId: string };
/** even: into `parts` equal shares; seats: one part per seat; lines: the given groups of lines. */
export type SplitBill = {
  type: 'SplitBill';
  orderId: string;
  splitId: string;
  mode: 'even' | 'seats' | 'lines';
  parts?: number | undefined;
  groups?: string[][] | undefined;
};
export type ClearSplit = { type: 'ClearSplit'; orderId: string };
/** Refunds the given lines of a closed order, or all that is not refunded yet when none are given. */
export type RefundOrder = { type: 'RefundOrder'; orderId: string; refundId: string; lineIds?: string[] | undefined; tender: Tender; reason: string };
export type ReopenOrder = { type: 'ReopenOrder'; orderId: string; reason: string };
export type PrintReceipt = { type: 'PrintReceipt'; orderId: string };
export type AddItem = {
  type: 'AddItem';
  orderId: string;
  lineId: string;
  itemId: string;
  qty: number;
  modifiers?: { groupId: string; optionIds: string[] }[] | undefined;
  note?: string | undefined;
  seat?: number | undefined;
  course?: number | undefined;
};
export type RemoveItem = { type: 'RemoveItem'; orderId: string; lineId: string };
/** Sends every unsent line to the kitchen except those of held courses; `holdCourses` holds more. */
export type SendOrder = { type: 'SendOrder'; orderId: string; sendId: string; holdCourses?: number[] | undefined };
export type FireCourse = { type: 'FireCourse'; orderId: string; sendId: string; course: number };
export type VoidItem = { type: 'VoidItem'; orderId: string; lineId: string; reason: string };
export type ApplyDiscount = {
  type: 'ApplyDiscount';
  orderId: string;
  discountId: string;
  lineId?: string | undefined;
  kind: DiscountKind;
  /** Basis points for a percentage, minor units for an amount. */
  value: number;
  reason: string;
};
export type RemoveDiscount = { type: 'RemoveDiscount'; orderId: string; discountId: string };
export type PrintKitchenTicket = { type: 'PrintKitchenTicket'; orderId: string; ticketId: string };
export type TakePayment = {
  type: 'TakePayment';
  orderId: string;
  paymentId: string;
  tender: Tender;
  amount: number;
  tip?: number | undefined;
  reference?: string | undefined;
  partId?: string | undefined;
};
export type CloseOrder = { type: 'CloseOrder'; orderId: string };

export type OrderCommand =
  | OpenOrder
  | MoveOrder
  | MergeOrders
  | PrintBill
  | SplitBill
  | ClearSplit
  | RefundOrder
  | ReopenOrder
  | PrintReceipt
  | AddItem
  | RemoveItem
  | SendOrder
  | FireCourse
  | VoidItem
  | ApplyDiscount
  | RemoveDiscount
  | PrintKitchenTicket
  | TakePayment
  | CloseOrder;
