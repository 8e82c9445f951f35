import type { Command } from '../../../shared/contract/commands';
import { assertNever, fold, type CommandContext, type DomainEvent } from '../../../shared/domain/decider';
import { decideMenu, evolveMenu, initialMenuState, MENU_STREAM, type MenuEvent, type MenuState } from '../../../shared/domain/menu';
import { decideOrder, evolveOrder, initialOrderState, orderStream, type OrderEvent, type OrderState } from '../../../shared/domain/order';
import type { IdSource } from '../../../shared/kernel/ids';
import type { Recorded } from '../../../shared/kernel/recorded';
import { DocketError } from '../../../shared/kernel/errors';
import type { AppendMeta, EventLog } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import type { StateCache } from './state-cache';

export interface HandlerEnv {
  db: SqlDb;
  log: EventLog;
  states: StateCache;
  newId: IdSource;
  ctx: CommandContext;
  meta: AppendMeta;
}

interface Aggregate<S, E extends DomainEvent> {
  initial: () => S;
  evolve: (s: S, e: E) => S;
}

const menuAggregate: Aggregate<MenuState, MenuEvent> = { initial: initialMenuState, evolve: evolveMenu };
const orderAggregate: Aggregate<OrderState, OrderEvent> = { initial: initialOrderState, evolve: evolveOrder };

/** The folded state of a stream and its version, from the cache or by reading the stream. */
function load<S, E extends DomainEvent>(env: HandlerEnv, stream: string, agg: Aggregate<S, E>): { state: S; version: number } {
  const hit = env.states.get(stream);
  if (hit) return { state: hit.state as S, version: hit.version };
  const events = env.log.readStream(stream);
  const state = fold(agg.evolve, agg.initial(), events as unknown as E[]);
  // Keep what was read, or every order command would re-read and re-fold the menu stream.
  env.states.stage(stream, events.length, state);
  return { state, version: events.length };
}

/**
 * load → check the expected version → decide → append → stage the new state.
 * The version is checked before deciding, so a stale command is refused as a
 * conflict rather than judged against state its sender never saw.
 */
function run<S, E extends DomainEvent>(
  env: HandlerEnv,
  stream: string,
  agg: Aggregate<S, E>,
  expectedVersion: number | undefined,
  decide: (state: S) => E[],
): Recorded[] {
  const { state, version } = load(env, stream, agg);
  if (expectedVersion !== undefined && expectedVersion !== version) {
    throw new DocketError('Concurrency', `${stream} is at version ${version}, not ${expectedVersion}: reload and try again`, {
      stream,
      expected: expectedVersion,
      actual: version,
    });
  }
  const events = decide(state);
  const recorded = env.log.append(stream, version, events, env.meta, env.newId);
  env.states.stage(stream, version + events.length, fold(agg.evolve, state, events));
  return recorded;
}

function nextReceipt(env: HandlerEnv): { series: string; number: number } {
  const series = env.ctx.terminal;
  // "receipt_number IS NOT NULL" lets SQLite use the partial index orders_receipt; without it
  // this is a scan of every order ever taken, once per CloseOrder.
  const row = env.db.get<{ n: number }>(
    'SELECT coalesce(max(receipt_number), 0) AS n FROM orders WHERE receipt_series = ? AND receipt_number IS NOT NULL',
    [series],
  );
  return { series, number: Number(row?.n ?? 0) + 1 };
}

/** Decides and appends one command's events; throws a DocketError when the command is refused. */
export function handleCommand(command: Command, env: HandlerEnv): Recorded[] {
  switch (command.type) {
    case 'CreateMenu':
    case 'AddCategory':
    case 'AddMenuItem':
    case 'ChangeItemPrice':
      return run(env, MENU_STREAM, menuAggregate, command.expectedVersion, (s) => decideMenu(command, s));
    case 'OpenOrder':
    case 'AddItem':
    case 'RemoveItem':
    case 'TakePayment':
    case 'CloseOrder': {
      const menu = load(env, MENU_STREAM, menuAggregate).state;
      return run(env, orderStream(command.orderId), orderAggregate, command.expectedVersion, (s) =>
        decideOrder(command, s, {
          ...env.ctx,
          menu,
          get nextReceipt() {
            return nextReceipt(env);
          },
        }),
      );
    }
    default:
      return assertNever(command);
  }
}
