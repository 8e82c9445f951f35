import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamTimelineView } from '../../shared/contract/history-queries';
import type { Query } from '../../shared/contract/queries';
import { createHistoryInspectStore } from '../../renderer/stores/history-inspect-store';
import { createStatusStore } from '../../renderer/stores/status-store';
import type { Till } from '../core/open-till';
import { openSignedInTill, sellOrder, signInAsManager, unwrap } from '../core/test-support/fixtures';
import { gatedApi } from '../core/test-support/gated-api';

let till: Till;
let dataDir: string;
let a: string;
let b: string;
let timelineB: StreamTimelineView;

// One till for the file (tempDir() would remove it after the first test).
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'docket-inspect-store-'));
  till = await openSignedInTill({ dataDir });
  a = await sellOrder(till, undefined, 4);
  b = await sellOrder(till, undefined, 3);
  await signInAsManager(till);
  timelineB = unwrap(await till.query({ type: 'GetStreamTimeline', stream: `order-${b}` }));
});
afterAll(async () => {
  await till.close();
  await rm(dataDir, { recursive: true, force: true });
});

const gated = (hold: (q: Query) => boolean) => gatedApi(till, hold);

const label = (id: string) => ({ kind: 'order' as const, id });

/**
 * The history screen's inspect store (an event, a stream's timeline, the
 * till at a moment) against a real till, with answers let through in the
 * wrong order: the latest request always wins, and a double tap on "more
 * steps" appends each step once.
 */
describe('history inspect store against a real till', () => {
  it('keeps the stream opened last when an older timeline answers late', async () => {
    const slowA = gated((q) => q.type === 'GetStreamTimeline' && q.stream === `order-${a}`);
    const store = createHistoryInspectStore(slowA.api, createStatusStore());
    const openA = store.getState().openStream(`order-${a}`, label(a));
    await store.getState().openStream(`order-${b}`, label(b));
    slowA.release();
    await openA;
    expect(store.getState().stream?.stream).toBe(`order-${b}`);
  });

  it('appends each step once however often "more" is tapped', async () => {
    const store = createHistoryInspectStore(till, createStatusStore(), { timelinePage: 2 });
    await store.getState().openStream(`order-${b}`, label(b));
    while (store.getState().stream?.timeline.more) await Promise.all([store.getState().moreSteps(), store.getState().moreSteps()]);
    expect(store.getState().stream?.timeline.steps.map((s) => s.version)).toEqual(timelineB.steps.map((s) => s.version));
  });

  it('keeps the event and the moment asked for last', async () => {
    const [p1, p2] = [timelineB.steps[0]?.position as number, timelineB.steps[2]?.position as number];
    const slowP1 = gated((q) => q.type === 'FilterEvents' && q.filter === `position = ${p1}`);
    const events = createHistoryInspectStore(slowP1.api, createStatusStore());
    const first = events.getState().openPosition(p1);
    await events.getState().openPosition(p2);
    slowP1.release();
    await first;
    expect(events.getState().event?.event.position).toBe(p2);

    const slowEarly = gated((q) => q.type === 'GetTillAt' && q.atPosition === 5);
    const moments = createHistoryInspectStore(slowEarly.api, createStatusStore());
    const early = moments.getState().loadTillAt({ atPosition: 5 });
    await moments.getState().loadTillAt({ atPosition: p2 });
    slowEarly.release();
    await early;
    expect(moments.getState().tillAt?.atPosition).toBe(p2);
  });
});
