import type { CommandOf } from '../../../shared/contract/commands';
import {
  decideIntegrity,
  evolveIntegrity,
  initialIntegrityState,
  INTEGRITY_STREAM,
  type IntegrityEvent,
  type IntegrityState,
} from '../../../shared/domain/integrity/integrity';
import type { Recorded } from '../../../shared/kernel/recorded';
import { run, type Aggregate, type HandlerEnv, type HandlerMap } from './handler-env';

const integrityAggregate: Aggregate<IntegrityState, IntegrityEvent> = { initial: initialIntegrityState, evolve: evolveIntegrity };

type IntegrityCommandType = 'RecordIntegrityIssue' | 'AcknowledgeIntegrityIssue';

const onIntegrity = (command: CommandOf<IntegrityCommandType>, env: HandlerEnv): Recorded[] =>
  run(env, INTEGRITY_STREAM, integrityAggregate, command.expectedVersion, (s) => decideIntegrity(command, s, env.ctx));

export const integrityHandlers: HandlerMap<IntegrityCommandType> = { RecordIntegrityIssue: onIntegrity, AcknowledgeIntegrityIssue: onIntegrity };
