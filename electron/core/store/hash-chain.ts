import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/kernel/canonical-json';
import type { Recorded } from '../../../shared/kernel/recorded';

/** The hash that starts every terminal's chain. */
export const GENESIS_HASH = '';

/**
 * sha256(prevHash + canonical JSON of the event without its hash and its
 * position). The position is left out on purpose: it is this till's local
 * order, and another till or the server must be able to verify the chain of
 * events it received at other positions.
 */
export function hashEvent(prevHash: string, event: Omit<Recorded, 'hash' | 'position'>): string {
  const body = canonicalJson({
    id: event.id,
    stream: event.stream,
    version: event.version,
    type: event.type,
    schema: event.schema,
    data: event.data,
    meta: event.meta,
  });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}
