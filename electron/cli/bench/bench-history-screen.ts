import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { DEFAULT_PIZZA_PLACE_DIR, readPizzaPlace } from '../../core/import/pizza-place/pizza-place-files';
import { importPizzaPlace } from '../../core/import/pizza-place/pizza-place-import';
import { makeTempDir, median, progress, round, type BenchOptions, type Metric } from './bench-kit';
import { processTreeRss } from './process-rss';

/**
 * The history screen as a manager meets it, in a real browser (Debian's
 * Chromium, driven by Playwright) against `docket serve` on a folder holding
 * the Pizza Place year replayed through the till's commands (113k events;
 * --quick: January):
 *
 * - history.first_paint: from the tap on History to the first rows of the
 *   log painted (the frame after they are in the document), median of warm
 *   entries; the first (cold) entry is in the context.
 * - history.scroll_rss: the browser's memory (every Chromium process of the
 *   run, resident pages summed, shared ones split: PSS) at its peak while the list is scrolled from the newest
 *   event to the oldest, each stretch waited for until its rows are loaded;
 *   the baseline is the same figure once the first rows are painted, so the
 *   ratio says how much scrolling a whole year adds.
 */
export const HISTORY_SCREEN_METRICS = ['history.first_paint', 'history.scroll_rss'] as const;

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CHROMIUM = process.env.DOCKET_CHROMIUM ?? '/usr/bin/chromium';
const MANAGER = { name: 'Ana', pin: '1234' };
const ROW = '[data-testid="history-row"]';
const LIST = '[data-testid="history-list"]';

export async function benchHistoryScreen(o: BenchOptions, want: (name: string) => boolean): Promise<Metric[]> {
  if (!existsSync(path.join(DEFAULT_PIZZA_PLACE_DIR, 'orders.csv'))) {
    progress(`history screen: skipped, the Pizza Place data set is not at ${DEFAULT_PIZZA_PLACE_DIR}`);
    return [];
  }
  if (!existsSync(CHROMIUM)) {
    progress(`history screen: skipped, no Chromium at ${CHROMIUM} (set DOCKET_CHROMIUM)`);
    return [];
  }
  buildRenderer();
  const dataDir = await makeTempDir('history-screen');
  const data = await readPizzaPlace(DEFAULT_PIZZA_PLACE_DIR);
  const first = new Date(data.orders[0]?.at ?? 0);
  const ordersBefore = o.quick ? Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1) : undefined;
  progress('history screen: replaying the Pizza Place year into a data folder');
  const imported = await importPizzaPlace({ dataDir, source: DEFAULT_PIZZA_PLACE_DIR, orders: true, ...(ordersBefore !== undefined ? { ordersBefore } : {}) });

  const server = await startServer(dataDir);
  // Playwright is a dev dependency: loaded only when this bench runs.
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.getByTestId('staff-tile').filter({ hasText: MANAGER.name }).click();
    await page.keyboard.type(MANAGER.pin);
    await page.keyboard.press('Enter');
    await page.getByTestId('nav-history').waitFor();

    // From the tap to the frame after the first row is in the document, timed inside the page. The
    // page scripts are strings: tsx (esbuild) wraps named functions in a helper the page does not have.
    const enterHistory = (): Promise<number> =>
      page.evaluate(`new Promise((resolve) => {
        const t0 = performance.now();
        document.querySelector('[data-testid="nav-history"]').click();
        const tick = () => {
          if (document.querySelector('${ROW}')) requestAnimationFrame(() => resolve(performance.now() - t0));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })`);
    const leave = async (): Promise<void> => {
      await page.getByTestId('nav-floor').click();
      await page.locator(ROW).first().waitFor({ state: 'detached' });
    };
    const cold = await enterHistory();
    const rows = Number(await page.getByTestId('history-list').getAttribute('data-row-count'));
    const warm: number[] = [];
    for (let r = 0; r < (o.quick ? 5 : 9); r++) {
      await leave();
      warm.push(await enterHistory());
    }
    const out: Metric[] = [];
    const ctx = { events: imported.events, rows, orders: imported.orders };
    if (want('history.first_paint')) {
      const value = round(median(warm), 1);
      progress(`history.first_paint: cold ${round(cold, 1)} ms, warm ${warm.map((w) => round(w, 0)).join(', ')} ms`);
      out.push({ name: 'history.first_paint', value, unit: 'ms', cold: round(cold, 1), runs: warm.length, ...ctx });
    }
    if (want('history.scroll_rss')) out.push(await scrollWholeList(page, ctx));
    return out;
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Scrolls the list from top to bottom in strides of a few screens, waiting at each stop until its rows are loaded. */
async function scrollWholeList(page: Page, ctx: Record<string, unknown>): Promise<Metric> {
  const rssMB = (): number => round(processTreeRss(process.pid, /chrom/i) / 2 ** 20, 1);
  const baseline = rssMB();
  const { scrollHeight, clientHeight } = await page.evaluate<{ scrollHeight: number; clientHeight: number }>(
    `(() => { const el = document.querySelector('${LIST}'); return { scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }; })()`,
  );
  // Strides of 8 screens, longer on a long list: a few hundred stops, each loading its pages.
  const stride = Math.max(clientHeight * 8, Math.ceil(scrollHeight / 400));
  let peak = baseline;
  let stops = 0;
  const t0 = performance.now();
  for (let top = 0; ; top += stride) {
    const at = await page.evaluate<number>(`(() => { const el = document.querySelector('${LIST}'); el.scrollTop = ${top}; return el.scrollTop; })()`);
    // A stop is done when every row it shows has its event (rows still loading carry data-loading).
    // (Polled in a page promise: waitForFunction would eval a string, which the till's CSP forbids.)
    await page.evaluate(`new Promise((resolve, reject) => {
      const t0 = performance.now();
      const tick = () => {
        const el = document.querySelector('${LIST}');
        if (el && el.querySelector('${ROW}') && !el.querySelector('[data-loading="true"]')) resolve(true);
        else if (performance.now() - t0 > 30000) reject(new Error('rows at ${top}px did not load in 30 s'));
        else requestAnimationFrame(tick);
      };
      tick();
    })`);
    stops += 1;
    peak = Math.max(peak, rssMB());
    if (at + clientHeight >= scrollHeight - 1 || top > scrollHeight) break;
  }
  const heapMB = round((await page.evaluate<number>('performance.memory ? performance.memory.usedJSHeapSize : 0')) / 2 ** 20, 1);
  const ms = performance.now() - t0;
  progress(`history.scroll_rss: peak ${peak} MB over ${stops} stops in ${round(ms / 1000, 1)} s (${baseline} MB at first paint), JS heap ${heapMB} MB`);
  return {
    name: 'history.scroll_rss',
    value: peak,
    unit: 'MB',
    baseline,
    ratio: round(peak / baseline, 3),
    stops,
    scrollHeightPx: scrollHeight,
    scrollMs: round(ms, 0),
    jsHeapMB: heapMB,
    note: 'memory of every Chromium process of the run, summed (proportional set size: shared pages split between them); baseline: the same once the first rows are painted',
    ...ctx,
  };
}

/** The renderer as the source says now (a build left from another version would time that version). */
function buildRenderer(): void {
  progress('history screen: building the renderer (npm run build:renderer)');
  const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the renderer failed:\n${r.stderr}`);
}

async function startServer(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['bin/docket.mjs', 'serve', '--data', dataDir, '--port', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (c: Buffer): void => {
      out += c.toString();
      const m = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => reject(new Error(`docket serve exited with ${code}:\n${out}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
