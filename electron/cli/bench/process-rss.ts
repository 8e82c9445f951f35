import { readdirSync, readFileSync } from 'node:fs';

/**
 * The resident memory (bytes) of every process below `root` whose command
 * name matches `name`, summed, read from /proc (Linux). Used to weigh a
 * browser the bench started: its processes are children of this one. Each
 * process counts its proportional share of the pages it shares with others
 * (Pss, from smaps_rollup), so the sum is the memory the browser really
 * holds; where Pss cannot be read, its whole RSS (an upper bound).
 */
export function processTreeRss(root: number, name: RegExp): number {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split at the last ')'.
      const close = stat.lastIndexOf(')');
      names.set(pid, stat.slice(stat.indexOf('(') + 1, close));
      parents.set(pid, Number(stat.slice(close + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const below = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  let bytes = 0;
  for (const [pid, comm] of names) {
    if (!name.test(comm) || !below(pid)) continue;
    try {
      bytes += kilobytes(`/proc/${pid}/smaps_rollup`, /^Pss:\s+(\d+) kB/m) ?? kilobytes(`/proc/${pid}/status`, /VmRSS:\s+(\d+) kB/) ?? 0;
    } catch {
      // Gone meanwhile.
    }
  }
  return bytes;
}

function kilobytes(file: string, re: RegExp): number | undefined {
  try {
    const m = re.exec(readFileSync(file, 'utf8'));
    return m?.[1] ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
