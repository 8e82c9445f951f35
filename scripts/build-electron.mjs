// Bundles the Electron main process and the preload (npm run build:electron).
//
//   electron/main.ts    -> dist/electron/main.mjs   ESM, Node: the core and zod are bundled in;
//                                                   electron and sql.js stay external (sql.js
//                                                   finds its .wasm beside itself in node_modules)
//   electron/preload.ts -> dist/electron/preload.cjs one CommonJS file that requires only electron,
//                                                   as a sandboxed preload must be
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'electron');
const watchless = { logLevel: 'warning', absWorkingDir: root, bundle: true, sourcemap: 'linked', legalComments: 'none' };

await Promise.all([
  build({
    ...watchless,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(out, 'main.mjs'),
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['electron', 'sql.js'],
    // A CommonJS dependency bundled into ESM may call require(); give it one.
    banner: {
      js: "import { createRequire as __docketCreateRequire } from 'node:module';\nconst require = __docketCreateRequire(import.meta.url);",
    },
  }),
  build({
    ...watchless,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(out, 'preload.cjs'),
    format: 'cjs',
    // platform browser: a node:* import here fails the build instead of failing in the sandbox.
    platform: 'browser',
    target: 'es2022',
    external: ['electron'],
  }),
]);

// A sandboxed preload can require 'electron' and nothing else (no node_modules, no files).
const preload = await readFile(path.join(out, 'preload.cjs'), 'utf8');
const required = [...preload.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
const stray = required.filter((r) => r !== 'electron');
if (stray.length > 0) {
  console.error(`build-electron: preload.cjs must require only "electron", but requires: ${stray.join(', ')}`);
  process.exit(1);
}
console.log('build-electron: dist/electron/main.mjs and dist/electron/preload.cjs');
