import { z } from 'zod';
import { Envelope, Id } from './command-envelope';
import { MAX_AMOUNT } from './limits';

const Amount = z.int().max(MAX_AMOUNT);
const Reason = z.string().max(200);

export const OpenShiftSchema = z.strictObject({ type: z.literal('OpenShift'), ...Envelope, shiftId: Id, float: Amount });
export const PayInSchema = z.strictObject({ type: z.literal('PayIn'), ...Envelope, shiftId: Id, movementId: Id, amount: Amount, reason: Reason });
export const PayOutSchema = z.strictObject({ type: z.literal('PayOut'), ...Envelope, shiftId: Id, movementId: Id, amount: Amount, reason: Reason });
export const OpenDrawerSchema = z.strictObject({ type: z.literal('OpenDrawer'), ...Envelope, shiftId: Id, reason: Reason });
export const CloseShiftSchema = z.strictObject({ type: z.literal('CloseShift'), ...Envelope, shiftId: Id, counted: Amount });

export const SHIFT_COMMAND_SCHEMAS = [OpenShiftSchema, PayInSchema, PayOutSchema, OpenDrawerSchema, CloseShiftSchema] as const;
