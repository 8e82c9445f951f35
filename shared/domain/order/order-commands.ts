import type { Tender } from './order-events';

export type OpenOrder = { type: 'OpenOrder'; orderId: string; table?: string | undefined };
export type AddItem = { type: 'AddItem'; orderId: string; lineId: string; itemId: string; qty: number };
export type RemoveItem = { type: 'RemoveItem'; orderId: string; lineId: string };
export type TakePayment = { type: 'TakePayment'; orderId: string; paymentId: string; tender: Tender; amount: number };
export type CloseOrder = { type: 'CloseOrder'; orderId: string };

export type OrderCommand = OpenOrder | AddItem | RemoveItem | TakePayment | CloseOrder;
