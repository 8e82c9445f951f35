import { uuidv7From, type Uuid } from '../../shared/kernel/ids';

/**
 * Command, order, line and payment ids are made here, on the client: a
 * command that is re-sent after a lost reply keeps its id, so the till
 * applies it once.
 */
export const newId = (): Uuid => uuidv7From(Date.now(), crypto.getRandomValues(new Uint8Array(10)));
