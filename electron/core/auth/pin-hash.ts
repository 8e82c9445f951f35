import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * PINs are kept only as salted scrypt hashes, in a self-describing string:
 *
 *   scrypt$<N>$<r>$<p>$<salt, base64>$<hash, base64>
 *
 * The cost parameters travel with each hash, so they can be raised later
 * without invalidating the PINs already set. A 4-digit PIN has only 10,000
 * values: the hash keeps the PIN out of the log and the snapshots, and the
 * core's lockout (see authorizer.ts) is what stops guessing at the till.
 */
const N = 2 ** 14;
const R = 8;
const P = 1;
const KEYLEN = 32;
const SALT_BYTES = 16;
/** scrypt needs 128·N·r bytes (16 MiB here); leave room above Node's 32 MiB default for larger N in stored hashes. */
const MAX_MEM = 64 * 1024 * 1024;

const FORMAT = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

function derive(pin: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, keylen, { ...opts, maxmem: MAX_MEM }, (e, key) => (e ? reject(e) : resolve(key)));
  });
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(pin, salt, KEYLEN, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** True when the string has the shape hashPin makes (it says nothing about which PIN). */
export function isPinHash(stored: string): boolean {
  return FORMAT.test(stored);
}

/** Compares in constant time; a malformed stored hash never matches. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const m = FORMAT.exec(stored);
  if (!m) return false;
  const [, n, r, p, salt64, hash64] = m as unknown as [string, string, string, string, string, string];
  const expected = Buffer.from(hash64, 'base64');
  const [cost, blockSize, parallel] = [Number(n), Number(r), Number(p)];
  // N a power of two above 1, r and p at least 1 (node:crypto would read a 0 as "the default"):
  // anything else is a damaged hash, never a match and never a reason to throw.
  if (expected.length < 16 || cost < 2 || (cost & (cost - 1)) !== 0 || blockSize < 1 || parallel < 1) return false;
  try {
    const actual = await derive(pin, Buffer.from(salt64, 'base64'), expected.length, { N: cost, r: blockSize, p: parallel });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
