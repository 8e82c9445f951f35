import { promises as fsp, constants } from 'node:fs';
import path from 'node:path';

/** fsync a directory so that a rename or a new file in it survives power loss. */
export async function fsyncDir(dir: string): Promise<void> {
  const fd = await fsp.open(dir, constants.O_RDONLY);
  try {
    await fd.sync();
  } finally {
    await fd.close();
  }
}

/** Write to a temp file, fsync it, rename it over the target, fsync the folder. */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${target}.tmp`;
  const fd = await fsp.open(tmp, 'w');
  try {
    await fd.writeFile(bytes);
    await fd.sync();
  } finally {
    await fd.close();
  }
  await fsp.rename(tmp, target);
  await fsyncDir(path.dirname(target));
}
