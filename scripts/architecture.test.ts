import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Walks every import in the source tree and checks the map in DESIGN.md:
 * lint enforces the same rules, this test keeps them true even if lint is
 * switched off or misconfigured.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['shared', 'electron', 'renderer', 'server'];
const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(ROOT, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(rel);
    return /\.(ts|tsx)$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

interface Edge {
  file: string;
  spec: string;
  /** Repo-relative target for relative imports; the package name otherwise. */
  target: string;
}

function edges(): Edge[] {
  return SOURCE_DIRS.flatMap(sourceFiles).flatMap((file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    return [...text.matchAll(IMPORT_RE)].map((m) => {
      const spec = (m[1] ?? m[2] ?? m[3]) as string;
      const target = spec.startsWith('.') ? path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec)) : spec;
      return { file, spec, target };
    });
  });
}

const all = edges();
const isNodeBuiltin = (t: string): boolean => t.startsWith('node:') || ['fs', 'path', 'os', 'crypto', 'child_process', 'http'].includes(t);
const violations = (pred: (e: Edge) => boolean): string[] => all.filter(pred).map((e) => `${e.file} imports ${e.spec}`);

describe('architecture (DESIGN.md)', () => {
  it('finds the source it checks', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.some((e) => e.file.startsWith('shared/'))).toBe(true);
    expect(all.some((e) => e.file.startsWith('electron/core/'))).toBe(true);
  });

  it('keeps shared/ pure: no node, electron, react, sql.js or zustand, nothing outside shared/', () => {
    expect(
      violations(
        (e) =>
          e.file.startsWith('shared/') &&
          (isNodeBuiltin(e.target) ||
            /^(electron|react|react-dom|sql\.js|zustand)(\/|$)/.test(e.target) ||
            (e.spec.startsWith('.') && !e.target.startsWith('shared/'))),
      ),
    ).toEqual([]);
  });

  it('keeps the kernel free of everything else of ours', () => {
    expect(violations((e) => e.file.startsWith('shared/kernel/') && e.spec.startsWith('.') && !e.target.startsWith('shared/kernel'))).toEqual([]);
  });

  it("lets only electron/main.ts, preload.ts and ipc.ts import 'electron'", () => {
    const shell = new Set(['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts']);
    expect(violations((e) => e.target === 'electron' && !shell.has(e.file))).toEqual([]);
  });

  it('keeps the core free of its shells', () => {
    expect(
      violations((e) => e.file.startsWith('electron/core/') && /^(electron\/(cli|main|preload|ipc)|renderer\/)/.test(e.target)),
    ).toEqual([]);
  });

  it('lets the renderer reach the core only through shared/ (the contract)', () => {
    expect(
      violations(
        (e) =>
          e.file.startsWith('renderer/') &&
          e.file !== 'renderer/vite.config.ts' &&
          (isNodeBuiltin(e.target) || e.target === 'sql.js' || /^(electron|server)(\/|$)/.test(e.target)),
      ),
    ).toEqual([]);
  });
});
