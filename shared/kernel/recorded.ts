/**
 * The stored form of an event (see DESIGN.md "The event"). Everything about
 * an event that the store, the contract, sync and verification agree on.
 */
export interface EventMeta {
  terminal: string;
  /** 1..n per terminal: the order this terminal wrote its events in. */
  seq: number;
  staff?: string;
  approvedBy?: string;
  /** Device clock, ISO 8601. */
  at: string;
  /** The id of the command that produced the event. */
  command: string;
  causation?: string;
  correlation?: string;
}

export interface Recorded<D = unknown> {
  id: string;
  stream: string;
  version: number;
  position: number;
  type: string;
  schema: number;
  data: D;
  meta: EventMeta;
  /** sha256(prevHash + canonical JSON of the rest), chained per terminal. */
  hash: string;
}
