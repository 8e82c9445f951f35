import { describe, expect, it } from 'vitest';
import { hashPin, isPinHash, verifyPin } from './pin-hash';

describe('PIN hashes', () => {
  it('verifies the PIN it was made from, and no other', async () => {
    const stored = await hashPin('97531');
    expect(await verifyPin('97531', stored)).toBe(true);
    expect(await verifyPin('97532', stored)).toBe(false);
    expect(await verifyPin('9753', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('salts every hash: the same PIN twice gives two different strings, both valid', async () => {
    const [a, b] = await Promise.all([hashPin('1234'), hashPin('1234')]);
    expect(a).not.toBe(b);
    expect(await verifyPin('1234', a)).toBe(true);
    expect(await verifyPin('1234', b)).toBe(true);
  });

  it('writes a self-describing scrypt string that does not contain the PIN', async () => {
    const stored = await hashPin('97531');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(isPinHash(stored)).toBe(true);
    expect(stored).not.toContain('97531');
    const [, , , , salt] = stored.split('$');
    expect(Buffer.from(salt as string, 'base64')).toHaveLength(16);
  });

  it('never matches a malformed or tampered hash, and never throws on one', async () => {
    const stored = await hashPin('1234');
    const parts = stored.split('$');
    const flipped = Buffer.from(parts[5] as string, 'base64');
    flipped[0] = (flipped[0] as number) ^ 1;
    const tampered = [...parts.slice(0, 5), flipped.toString('base64')].join('$');
    for (const bad of [tampered, '', 'plain-text', stored.replace('16384', '1000'), stored.replace('$8$', '$0$')]) {
      expect(await verifyPin('1234', bad)).toBe(false);
    }
    expect(isPinHash('1234')).toBe(false);
  });
});
