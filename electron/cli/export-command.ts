import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { newLogExport } from '../../shared/export/log-export-format';
import { openStore } from '../core/store/open-store';
import { flags, requireData } from './cli-args';

/**
 * `docket export --data DIR --out FILE [--terminal ID]`
 *
 * The whole log as a docket-log file (docs/export-format.md), for an auditor
 * or another Docket: `docket verify --file FILE` checks it. Read-only on the
 * folder, like `docket events` (safe beside a running till: it exports the
 * log as of its newest snapshot and journal). The file is written beside its
 * final name and renamed into place once complete and flushed, so a failed
 * export leaves no half file; an existing file is never overwritten.
 *
 * The header names the terminal whose log it is: --terminal, else the
 * terminal of the log's last event.
 */
export async function runExport(argv: string[]): Promise<number> {
  const f = flags(argv, { data: { type: 'string' }, out: { type: 'string' }, terminal: { type: 'string' } });
  const dataDir = requireData(f.data);
  if (!f.out) throw new Error('--out FILE is required (where to write the export)');
  const out = path.resolve(f.out);
  if (!existsSync(dataDir)) throw new Error(`there is no data folder at ${dataDir}`);
  if (existsSync(out)) throw new Error(`${out} already exists: choose another name (an export never overwrites a file)`);
  const { db, log } = await openStore({ dataDir, terminal: '', readOnly: true });
  const temp = `${out}.partial-${process.pid}`;
  try {
    const lastTerminal = log.readAfter(log.lastPosition - 1, 1)[0]?.meta.terminal ?? '';
    const writer = newLogExport(f.terminal ?? lastTerminal, log.lastPosition, new Date());
    const fd = openSync(temp, 'wx');
    try {
      let chunk = writer.headerLine();
      log.forEach(0, (e) => {
        chunk += writer.eventLine(e);
        if (chunk.length > 1 << 16) {
          writeSync(fd, chunk);
          chunk = '';
        }
      });
      writeSync(fd, chunk + writer.trailerLine());
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, out);
    process.stderr.write(`exported ${writer.written} events (positions 1..${log.lastPosition}) to ${out}\n`);
    return 0;
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  } finally {
    db.close();
  }
}
