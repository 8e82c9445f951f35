import { DEMO_MANAGER } from '../../core/seed/demo-staff';
import { makeTempDir, median, newId, progress, round, type BenchOptions, type Metric } from './bench-kit';
import { NO_AUTO_SNAPSHOT, openBenchTill, send } from './till-driver';

/**
 * `query.floor`: the floor view a busy room asks for after every change — 60
 * tables in three areas, two thirds of them seated with an order of a few
 * lines, some waiting to pay — on top of a log that already holds a service.
 * (The Pizza Place data has no tables, so this builds its own floor.)
 */
export async function benchFloor(o: BenchOptions): Promise<Metric[]> {
  const dataDir = await makeTempDir('floor');
  const { till, menu } = await openBenchTill(dataDir, { snapshotAfter: NO_AUTO_SNAPSHOT });
  const tables = o.quick ? 24 : 60;
  await send(till, { type: 'SignIn', commandId: newId(), staffId: DEMO_MANAGER.staffId, pin: DEMO_MANAGER.pin });
  const tableIds = Array.from({ length: tables }, () => newId());
  await Promise.all(
    tableIds.map((tableId, i) => send(till, { type: 'AddTable', commandId: newId(), tableId, name: `T${i + 1}`, seats: 2 + (i % 5), area: ['Main', 'Terrace', 'Bar'][i % 3] })),
  );
  const items = menu.items.map((i) => i.itemId);
  const seated = tableIds.filter((_, i) => i % 3 !== 0);
  await Promise.all(
    seated.map(async (tableId, i) => {
      const orderId = newId();
      await send(till, { type: 'OpenOrder', commandId: newId(), orderId, tableId, covers: 2 });
      for (let l = 0; l < 4; l++) await send(till, { type: 'AddItem', commandId: newId(), orderId, lineId: newId(), itemId: items[(i + l) % items.length] as string, qty: 1 });
      if (i % 4 === 0) await send(till, { type: 'PrintBill', commandId: newId(), orderId });
    }),
  );
  const runs = o.quick ? 20 : 100;
  const times: number[] = [];
  let rows = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const floor = await till.query({ type: 'GetFloor' });
    times.push(performance.now() - t);
    if (!floor.ok) throw new Error(floor.error.message);
    rows = floor.value.length;
  }
  await till.close();
  progress(`query.floor: ${rows} tables, ${seated.length} seated, median ${round(median(times), 3)} ms`);
  return [{ name: 'query.floor', value: round(median(times), 3), unit: 'ms', runs, tables: rows, seated: seated.length, max: round(Math.max(...times), 3) }];
}
