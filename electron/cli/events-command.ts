import type { Recorded } from '../../shared/kernel/recorded';
import { openStore } from '../core/store/open-store';
import { flags, requireData, wholeNumber } from './cli-args';

/** `docket events`: the log as JSON lines, read-only (works beside a running till). */
export async function runEvents(argv: string[]): Promise<number> {
  const f = flags(argv, { data: { type: 'string' }, stream: { type: 'string' }, limit: { type: 'string' } });
  const limit = wholeNumber(f.limit, 'limit', Number.MAX_SAFE_INTEGER);
  const { db, log } = await openStore({ dataDir: requireData(f.data), terminal: '', readOnly: true });
  try {
    let n = 0;
    let chunk = '';
    const print = (e: Recorded): void => {
      if (n >= limit) return;
      n += 1;
      chunk += `${JSON.stringify(e)}\n`;
      if (chunk.length > 1 << 16) {
        process.stdout.write(chunk);
        chunk = '';
      }
    };
    if (f.stream === undefined) log.forEach(0, print);
    else log.readStream(f.stream).forEach(print);
    process.stdout.write(chunk);
  } finally {
    db.close();
  }
  return 0;
}
