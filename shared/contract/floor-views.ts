import { z } from 'zod';

/** A table as the floor view shows it: free, occupied, or waiting to pay (bill printed or part paid). */
export const FloorTableViewSchema = z.object({
  tableId: z.string(),
  name: z.string(),
  seats: z.int(),
  area: z.string(),
  status: z.enum(['free', 'occupied', 'payment']),
  /** More than one when two parties (or two tills) seated the same table: both stay, staff decide. */
  orders: z.array(z.object({ orderId: z.string(), covers: z.int().nullable(), openedAt: z.string(), total: z.int(), due: z.int() })),
});
export type FloorTableView = z.infer<typeof FloorTableViewSchema>;

export const GetFloorSchema = z.strictObject({ type: z.literal('GetFloor') });
