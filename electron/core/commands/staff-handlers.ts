import {
  decideStaff,
  decideTerminal,
  evolveStaff,
  evolveTerminal,
  initialStaffState,
  initialTerminalState,
  STAFF_STREAM,
  terminalStream,
  type StaffEvent,
  type StaffState,
  type TerminalEvent,
  type TerminalState,
} from '../../../shared/domain/staff';
import type { Recorded } from '../../../shared/kernel/recorded';
import type { CoreCommandOf } from './core-command';
import { load, run, type Aggregate, type HandlerEnv, type HandlerMap } from './handler-env';

export const staffAggregate: Aggregate<StaffState, StaffEvent> = { initial: initialStaffState, evolve: evolveStaff };
const terminalAggregate: Aggregate<TerminalState, TerminalEvent> = { initial: initialTerminalState, evolve: evolveTerminal };

type RosterCommandType = 'AddStaff' | 'ChangeStaffPin' | 'DeactivateStaff';
type SessionCommandType = 'SignIn' | 'SignOut';

const onRoster = (command: CoreCommandOf<RosterCommandType>, env: HandlerEnv): Recorded[] =>
  run(env, STAFF_STREAM, staffAggregate, command.expectedVersion, (s) => decideStaff(command, s, env.ctx));

/** Sessions live on this terminal's own stream; the decision reads the roster beside it. */
const onSession = (command: CoreCommandOf<SessionCommandType>, env: HandlerEnv): Recorded[] => {
  const roster = load(env, STAFF_STREAM, staffAggregate).state;
  return run(env, terminalStream(env.ctx.terminal), terminalAggregate, command.expectedVersion, (s) =>
    decideTerminal(command, s, { ...env.ctx, roster }),
  );
};

export const staffHandlers: HandlerMap<RosterCommandType | SessionCommandType> = {
  AddStaff: onRoster,
  ChangeStaffPin: onRoster,
  DeactivateStaff: onRoster,
  SignIn: onSession,
  SignOut: onSession,
};
