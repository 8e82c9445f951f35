import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LISTENING = /listening (http:\/\/127\.0\.0\.1:(\d+))/;

export interface Served {
  url: string;
  port: number;
  dataDir: string;
  /** SIGTERM, then wait for the process to exit: a clean shutdown writes the final snapshot. */
  stop(): Promise<void>;
  /** SIGKILL: the power-cut case. */
  kill(): Promise<void>;
  /** Everything the server wrote, for failure messages. */
  output(): string;
}

export interface ServeOptions {
  dataDir?: string;
  /** 0 (the default) lets the OS pick; pass a port to come back where a page was. */
  port?: number;
  terminal?: string;
  startTimeoutMs?: number;
}

/** A fresh data folder under the OS temp dir. */
export const makeDataDir = (): Promise<string> => mkdtemp(path.join(os.tmpdir(), 'docket-e2e-'));
export const removeDataDir = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });

/** Starts `docket serve` from the repo root and resolves once it prints its address. */
export async function serve(opts: ServeOptions = {}): Promise<Served> {
  const dataDir = opts.dataDir ?? (await makeDataDir());
  const args = ['bin/docket.mjs', 'serve', '--data', dataDir, '--port', String(opts.port ?? 0), '--terminal', opts.terminal ?? 'T1'];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const { url, port } = await new Promise<{ url: string; port: number }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`docket serve did not start in time:\n${out}`));
    }, opts.startTimeoutMs ?? 30_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = LISTENING.exec(out);
      if (m?.[1] && m[2]) {
        clearTimeout(timer);
        resolve({ url: m[1], port: Number(m[2]) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`docket serve exited with ${code} before listening:\n${out}`));
    });
  });

  const running = (): boolean => child.exitCode === null && child.signalCode === null;
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (running()) child.kill(signal);
    // A shutdown that hangs must not hang the suite: after 15 s it becomes a kill.
    const timer = setTimeout(() => running() && child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return { url, port, dataDir, stop: () => end('SIGTERM'), kill: () => end('SIGKILL'), output: () => out };
}
