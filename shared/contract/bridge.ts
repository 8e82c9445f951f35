import { z } from 'zod';
import type { DocketErrorShape } from '../kernel/errors';
import type { Push } from './pushes';

/** Wire format of the WebSocket bridge (docs/bridge.md). Stable: change only by adding. */
export const BridgeRequestSchema = z.strictObject({
  id: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  kind: z.enum(['command', 'query']),
  body: z.unknown(),
});
export type BridgeRequest = z.infer<typeof BridgeRequestSchema>;

export type BridgeReply =
  | { id: number | null; ok: true; result: unknown }
  | { id: number | null; ok: false; error: DocketErrorShape };
export type BridgePush = { push: Push };
export type BridgeMessage = BridgeReply | BridgePush;

export const BRIDGE_PATH = '/bridge';
