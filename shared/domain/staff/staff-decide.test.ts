import { describe, expect, it } from 'vitest';
import { fold, type Actor, type CommandContext } from '../decider';
import type { StaffCommand, TerminalCommand } from './staff-commands';
import { decideStaff, decideTerminal } from './staff-decide';
import type { StaffEvent, TerminalEvent } from './staff-events';
import { evolveStaff, evolveTerminal, initialStaffState, initialTerminalState, type StaffState } from './staff-state';

const ANA = '01900000-0000-7000-8005-000000000001';
const BEN = '01900000-0000-7000-8005-000000000002';
const CY = '01900000-0000-7000-8005-000000000003';
const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';

const manager: Actor = { staffId: ANA, role: 'manager' };
const server: Actor = { staffId: BEN, role: 'server' };
const base = { now: '2026-01-01T12:00:00.000Z', terminal: 'T1' };
const as = (staff?: Actor, approvedBy?: Actor): CommandContext => ({ ...base, ...(staff ? { staff } : {}), ...(approvedBy ? { approvedBy } : {}) });
const system = as();

const roster: StaffEvent[] = [
  { type: 'StaffAdded', data: { staffId: ANA, name: 'Ana', role: 'manager', pinHash: HASH } },
  { type: 'StaffAdded', data: { staffId: BEN, name: 'Ben', role: 'server', pinHash: HASH } },
];
const staffState = (events: StaffEvent[]): StaffState => fold(evolveStaff, initialStaffState(), events);

/** given roster events, when a command, then events (or a refusal with a code) */
function given(events: StaffEvent[]) {
  return {
    when: (command: StaffCommand, ctx: CommandContext) => ({
      then: (expected: StaffEvent[]) => expect(decideStaff(command, staffState(events), ctx)).toEqual(expected),
      refused: (code: string, message?: RegExp) =>
        expect(() => decideStaff(command, staffState(events), ctx)).toThrow(
          expect.objectContaining({ code, ...(message ? { message: expect.stringMatching(message) } : {}) }),
        ),
    }),
  };
}

describe('staff roster', () => {
  const addCy = { type: 'AddStaff' as const, staffId: CY, name: ' Cy ', role: 'server' as const, pinHash: HASH };

  it('AddStaff: a manager adds a member (name trimmed); so does a system command (the seed) on an empty roster', () => {
    const added: StaffEvent[] = [{ type: 'StaffAdded', data: { staffId: CY, name: 'Cy', role: 'server', pinHash: HASH } }];
    given(roster).when(addCy, as(manager)).then(added);
    given([]).when(addCy, system).then(added);
  });

  it('AddStaff: a server may not, unless a manager approved it', () => {
    given(roster).when(addCy, as(server)).refused('Unauthorized', /manager/);
    given(roster).when(addCy, as(server, server)).refused('Unauthorized');
    given(roster)
      .when(addCy, as(server, manager))
      .then([{ type: 'StaffAdded', data: { staffId: CY, name: 'Cy', role: 'server', pinHash: HASH } }]);
  });

  it('AddStaff: refuses a taken id, a blank or long name, an unknown role and a missing hash', () => {
    given(roster).when({ ...addCy, staffId: BEN }, as(manager)).refused('IllegalState');
    given(roster).when({ ...addCy, name: '  ' }, as(manager)).refused('Validation');
    given(roster).when({ ...addCy, name: 'x'.repeat(81) }, as(manager)).refused('Validation');
    given(roster).when({ ...addCy, role: 'owner' as never }, as(manager)).refused('Validation');
    given(roster).when({ ...addCy, pinHash: '' }, as(manager)).refused('Validation');
  });

  it('ChangeStaffPin: anyone changes their own PIN; a manager changes anyone’s; a server not someone else’s', () => {
    const changed = (staffId: string): StaffEvent[] => [{ type: 'StaffPinChanged', data: { staffId, pinHash: 'new' } }];
    given(roster).when({ type: 'ChangeStaffPin', staffId: BEN, pinHash: 'new' }, as(server)).then(changed(BEN));
    given(roster).when({ type: 'ChangeStaffPin', staffId: BEN, pinHash: 'new' }, as(manager)).then(changed(BEN));
    given(roster).when({ type: 'ChangeStaffPin', staffId: ANA, pinHash: 'new' }, as(server)).refused('Unauthorized');
    given(roster).when({ type: 'ChangeStaffPin', staffId: ANA, pinHash: 'new' }, as(server, manager)).then(changed(ANA));
  });

  it('ChangeStaffPin: refuses an unknown or deactivated member', () => {
    given(roster).when({ type: 'ChangeStaffPin', staffId: CY, pinHash: 'new' }, as(manager)).refused('NotFound');
    given([...roster, { type: 'StaffDeactivated', data: { staffId: BEN } }])
      .when({ type: 'ChangeStaffPin', staffId: BEN, pinHash: 'new' }, as(manager))
      .refused('IllegalState', /no longer active/);
  });

  it('DeactivateStaff: a manager deactivates a member; a server may not', () => {
    given(roster).when({ type: 'DeactivateStaff', staffId: BEN }, as(manager)).then([{ type: 'StaffDeactivated', data: { staffId: BEN } }]);
    given(roster).when({ type: 'DeactivateStaff', staffId: BEN }, as(server)).refused('Unauthorized');
  });

  it('DeactivateStaff: never the last active manager; another manager first, then it is fine', () => {
    given(roster).when({ type: 'DeactivateStaff', staffId: ANA }, as(manager)).refused('IllegalState', /last active manager/);
    const twoManagers: StaffEvent[] = [...roster, { type: 'StaffAdded', data: { staffId: CY, name: 'Cy', role: 'manager', pinHash: HASH } }];
    given(twoManagers).when({ type: 'DeactivateStaff', staffId: ANA }, as(manager)).then([{ type: 'StaffDeactivated', data: { staffId: ANA } }]);
    // Cy is then the only active manager again.
    given([...twoManagers, { type: 'StaffDeactivated', data: { staffId: ANA } }])
      .when({ type: 'DeactivateStaff', staffId: CY }, as({ staffId: CY, role: 'manager' }))
      .refused('IllegalState', /last active manager/);
  });

  it('DeactivateStaff: refuses an unknown or already deactivated member', () => {
    given(roster).when({ type: 'DeactivateStaff', staffId: CY }, as(manager)).refused('NotFound');
    given([...roster, { type: 'StaffDeactivated', data: { staffId: BEN } }])
      .when({ type: 'DeactivateStaff', staffId: BEN }, as(manager))
      .refused('IllegalState');
  });

  it('evolve keeps the hash out of the state and marks deactivated members', () => {
    const s = staffState([...roster, { type: 'StaffDeactivated', data: { staffId: BEN } }]);
    expect(s.members[BEN]).toEqual({ staffId: BEN, name: 'Ben', role: 'server', active: false });
    expect(JSON.stringify(s)).not.toContain(HASH);
  });
});

describe('terminal sessions', () => {
  const rosterState = staffState(roster);
  const session = (events: TerminalEvent[]) => fold(evolveTerminal, initialTerminalState(), events);
  const decide = (command: TerminalCommand, events: TerminalEvent[], ctx: CommandContext, r: StaffState = rosterState) =>
    decideTerminal(command, session(events), { ...ctx, roster: r });
  const signedIn = (staffId: string): TerminalEvent => ({ type: 'StaffSignedIn', data: { staffId } });
  const signedOut = (staffId: string): TerminalEvent => ({ type: 'StaffSignedOut', data: { staffId } });

  it('SignIn: the member whose PIN the core checked signs in', () => {
    expect(decide({ type: 'SignIn', staffId: BEN }, [], as(server))).toEqual([signedIn(BEN)]);
  });

  it('SignIn: over someone else’s session, theirs ends first; again as the same member changes nothing', () => {
    expect(decide({ type: 'SignIn', staffId: ANA }, [signedIn(BEN)], as(manager))).toEqual([signedOut(BEN), signedIn(ANA)]);
    expect(decide({ type: 'SignIn', staffId: BEN }, [signedIn(BEN)], as(server))).toEqual([]);
  });

  it('SignIn: refused without that member’s checked PIN, for an unknown member, and for a deactivated one', () => {
    expect(() => decide({ type: 'SignIn', staffId: ANA }, [], as(server))).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
    expect(() => decide({ type: 'SignIn', staffId: BEN }, [], system)).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
    expect(() => decide({ type: 'SignIn', staffId: CY }, [], as({ staffId: CY, role: 'server' }))).toThrow(
      expect.objectContaining({ code: 'NotFound' }),
    );
    const gone = staffState([...roster, { type: 'StaffDeactivated', data: { staffId: BEN } }]);
    expect(() => decide({ type: 'SignIn', staffId: BEN }, [], as(server), gone)).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
  });

  it('SignOut: ends the session; refused when nobody is signed in', () => {
    expect(decide({ type: 'SignOut' }, [signedIn(BEN)], as(server))).toEqual([signedOut(BEN)]);
    expect(session([signedIn(BEN), signedOut(BEN)]).staffId).toBeNull();
    expect(() => decide({ type: 'SignOut' }, [signedIn(BEN), signedOut(BEN)], as(server))).toThrow(
      expect.objectContaining({ code: 'IllegalState' }),
    );
  });
});
