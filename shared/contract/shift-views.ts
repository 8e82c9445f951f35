import { z } from 'zod';
import type { ZReport } from '../domain/shift/shift-events';
import { MAX_LIST_LIMIT } from './limits';

export const ShiftViewSchema = z.object({
  shiftId: z.string(),
  terminal: z.string(),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  openedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  float: z.int(),
  paidIn: z.int(),
  paidOut: z.int(),
  drawerOpenings: z.int(),
  zNumber: z.int().nullable(),
  counted: z.int().nullable(),
});
export type ShiftView = z.infer<typeof ShiftViewSchema>;

/** An X report (the shift so far, counted unknown) or the Z report stored when the shift closed. */
export const ShiftReportViewSchema = z.object({
  kind: z.enum(['X', 'Z']),
  shift: ShiftViewSchema,
  report: z.custom<ZReport>(),
});
export type ShiftReportView = z.infer<typeof ShiftReportViewSchema>;

export const GetCurrentShiftSchema = z.strictObject({ type: z.literal('GetCurrentShift') });
export const GetShiftReportSchema = z.strictObject({ type: z.literal('GetShiftReport'), shiftId: z.uuid() });
export const ListShiftsSchema = z.strictObject({ type: z.literal('ListShifts'), limit: z.int().min(1).max(MAX_LIST_LIMIT).optional() });
