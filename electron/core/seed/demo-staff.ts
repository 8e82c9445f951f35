import type { CoreCommand } from '../commands/core-command';

/**
 * The staff a new till starts with, so it can be signed in to at once:
 * Ana (manager, PIN 1234) and Ben (server, PIN 1111), as in the README.
 * Ids and command ids are fixed, so seeding again (after a crash half-way)
 * skips what was applied. The PINs are stored as scrypt hashes made once,
 * with fixed salts: every seeded till writes the very same events, which
 * keeps two tills fed the same commands byte for byte alike.
 */
const id = (kind: number, n: number): string =>
  `01900000-0000-7000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;

export const DEMO_MANAGER = { staffId: id(5, 1), name: 'Ana', role: 'manager', pin: '1234' } as const;
export const DEMO_SERVER = { staffId: id(5, 2), name: 'Ben', role: 'server', pin: '1111' } as const;

const PIN_HASHES: Record<string, string> = {
  [DEMO_MANAGER.staffId]: 'scrypt$16384$8$1$637W+SRX7mFqbhrJw8qxSA==$H3zUDVrWanMTHA+XoR3s13fZAOoP80JGLTi1x4cQ1EE=',
  [DEMO_SERVER.staffId]: 'scrypt$16384$8$1$hK6nQwt8bEIJJ42CpN7Nlw==$ZPoP3zWVY7tecvZG2bU6v07/sZaH5y4wZBMjqXXJpEc=',
};

export function demoStaffCommands(): CoreCommand[] {
  return [DEMO_MANAGER, DEMO_SERVER].map((s, i) => ({
    type: 'AddStaff',
    commandId: id(0xfe, i + 1),
    staffId: s.staffId,
    name: s.name,
    role: s.role,
    pinHash: PIN_HASHES[s.staffId] as string,
  }));
}
