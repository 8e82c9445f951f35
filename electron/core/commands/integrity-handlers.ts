import {
  decideIntegrity,
  evolveIntegrity,
  initialIntegrityState,
  INTEGRITY_STREAM,
  type IntegrityEvent,
  type IntegrityState,
} from '../../../shared/domain/integrity/integrity';
import type { Recorded } from '../../../shared/kernel/recorded';
import type { CoreCommandOf } from './core-command';
import { run, type Aggregate, type HandlerEnv, type HandlerMap } from './handler-env';

const integrityAggregate: Aggregate<IntegrityState, IntegrityEvent> = { initial: initialIntegrityState, evolve: evolveIntegrity };

/** RecordIntegrityIssue is core-only (core-only-commands.ts): it reaches this handler from till.system alone. */
type IntegrityCommandType = 'RecordIntegrityIssue' | 'AcknowledgeIntegrityIssue';

const onIntegrity = (command: CoreCommandOf<IntegrityCommandType>, env: HandlerEnv): Recorded[] =>
  run(env, INTEGRITY_STREAM, integrityAggregate, command.expectedVersion, (s) => decideIntegrity(command, s, env.ctx));

export const integrityHandlers: HandlerMap<IntegrityCommandType> = { RecordIntegrityIssue: onIntegrity, AcknowledgeIntegrityIssue: onIntegrity };
