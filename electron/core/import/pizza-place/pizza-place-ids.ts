import { uuidv7From } from '../../../../shared/kernel/ids';

/**
 * Deterministic ids for everything the import creates, entity ids and
 * command ids alike, so that running it again sends the very same commands
 * and the till's command idempotency applies none of them twice (and an
 * import cut short by a crash resumes where it stopped).
 *
 * Each id is a real UUIDv7: its 48-bit time is the historic time of what it
 * names (an order's ids sort by when the order happened), and its "random"
 * bits are fixed: a namespace byte, a kind, and the row's id from the CSV.
 */
export const IdKind = {
  category: 1,
  item: 2,
  order: 3,
  line: 4,
  payment: 5,
  shift: 6,
  createMenuCommand: 16,
  addCategoryCommand: 17,
  addItemToMenuCommand: 18,
  openOrderCommand: 19,
  addItemCommand: 20,
  takePaymentCommand: 21,
  closeOrderCommand: 22,
  openShiftCommand: 23,
  closeShiftCommand: 24,
} as const;
export type IdKind = (typeof IdKind)[keyof typeof IdKind];

const NAMESPACE = 0x9c; // "pizza place": keeps these ids apart from the demo menu's and from random ones

export function importId(kind: IdKind, n: number, atMs: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 2 ** 48) throw new RangeError(`an import id number must fit 48 bits: ${n}`);
  const r = new Uint8Array(10);
  r[1] = NAMESPACE;
  r[2] = kind; // the UUID variant takes this byte's top two bits; kinds stay below 64
  let rest = n;
  for (let k = 9; k >= 4; k--) {
    r[k] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  return uuidv7From(atMs, r);
}
