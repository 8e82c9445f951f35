import { z } from 'zod';
import { Envelope } from './command-envelope';

export const SetRestaurantDetailsSchema = z.strictObject({
  type: z.literal('SetRestaurantDetails'),
  ...Envelope,
  name: z.string().max(80),
  address: z.string().max(200),
  phone: z.string().max(40),
  taxId: z.string().max(40),
  locale: z.string().max(35),
  footer: z.string().max(200),
  // Left out: the restaurant keeps its zone and cut-off. Checked against Intl by the decider.
  timeZone: z.string().max(64).optional(),
  dayCutoffMinutes: z.int().min(0).max(720).optional(),
});

export const RESTAURANT_COMMAND_SCHEMAS = [SetRestaurantDetailsSchema] as const;

export const RestaurantViewSchema = z.object({
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  taxId: z.string(),
  locale: z.string(),
  footer: z.string(),
  /** IANA zone and business-day cut-off (minutes after local midnight) reports and history dates are read in. */
  timeZone: z.string(),
  dayCutoffMinutes: z.int(),
});
export type RestaurantView = z.infer<typeof RestaurantViewSchema>;

/** A receipt as printable HTML (a self-contained page), with which copy it is. */
export const ReceiptViewSchema = z.object({ orderId: z.string(), copy: z.int(), duplicate: z.boolean(), html: z.string() });
export type ReceiptView = z.infer<typeof ReceiptViewSchema>;

/** A kitchen ticket as its printable page, with how many times it has been printed. */
export const KitchenTicketPrintViewSchema = z.object({ ticketId: z.string(), printCount: z.int(), html: z.string() });
export type KitchenTicketPrintView = z.infer<typeof KitchenTicketPrintViewSchema>;

export const GetKitchenTicketSchema = z.strictObject({ type: z.literal('GetKitchenTicket'), ticketId: z.string().min(1).max(100) });
export const GetRestaurantSchema = z.strictObject({ type: z.literal('GetRestaurant') });
export const GetReceiptSchema = z.strictObject({ type: z.literal('GetReceipt'), orderId: z.uuid() });
