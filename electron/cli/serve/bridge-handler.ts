import type { DocketApi } from '../../../shared/contract/api';
import { BridgeRequestSchema, type BridgeReply } from '../../../shared/contract/bridge';
import { MAX_MESSAGE_BYTES } from '../../../shared/contract/limits';
import type { DocketErrorShape } from '../../../shared/kernel/errors';

const invalid = (id: number | null, message: string): BridgeReply => ({
  id,
  ok: false,
  error: { code: 'Validation', message } satisfies DocketErrorShape,
});

/** The request id, when one can be read from an otherwise bad request: so the client can match the refusal. */
function readableId(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as Record<string, unknown>).id;
  return Number.isSafeInteger(id) && (id as number) >= 0 ? (id as number) : null;
}

/**
 * One bridge frame in, one reply out (docs/bridge.md). Size, JSON and
 * envelope are checked here; the body is validated by the till against the
 * contract. Nothing reaches the core unchecked, and nothing here throws.
 */
export async function handleBridgeFrame(till: DocketApi, frame: string, byteLength: number): Promise<BridgeReply> {
  if (byteLength > MAX_MESSAGE_BYTES) return invalid(null, `message of ${byteLength} bytes is over the ${MAX_MESSAGE_BYTES}-byte limit`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(frame);
  } catch {
    return invalid(null, 'message is not JSON');
  }
  const req = BridgeRequestSchema.safeParse(parsed);
  if (!req.success) return invalid(readableId(parsed), 'message must be {"id": n, "kind": "command" | "query", "body": {...}}');
  const { id, kind, body } = req.data;
  const reply = kind === 'command' ? await till.command(body as never) : await till.query(body as never);
  return reply.ok ? { id, ok: true, result: reply.value } : { id, ok: false, error: reply.error };
}
