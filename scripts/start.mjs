// npm start: build, then run the app in Electron.
//
// The Electron binary is downloaded by electron's own postinstall, which this
// repository does not run (package.json allowScripts). So the binary is checked
// first: if it is missing, one attempt is made with electron's install.js
// (bounded by a timeout); if that fails, one plain line says what to do instead.
// Extra arguments are passed to the app: npm start -- --data ./somewhere
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const INSTALL_TIMEOUT_MS = 20_000;
const NO_BINARY =
  'Docket: the Electron binary is not installed and cannot be downloaded on this machine — run "npm run web" to serve the same till to a browser.';

/** The binary's path if electron's path.txt names one that exists, else null. */
function electronBinary() {
  try {
    const rel = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
    const bin = path.join(dist, rel);
    return rel && existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/**
 * One bounded attempt at electron's own download. Quiet unless it takes long
 * (a real download) or DOCKET_DEBUG is set; an offline machine fails in well under a second.
 */
function tryInstall() {
  const install = path.join(electronDir, 'install.js');
  // install.js exits 0 without downloading when this is set: nothing to try.
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !existsSync(install)) return Promise.resolve();
  const debug = Boolean(process.env.DOCKET_DEBUG);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [install], { cwd: electronDir, stdio: debug ? 'inherit' : 'ignore' });
    const notice = setTimeout(() => console.log('Docket: downloading the Electron binary (once)...'), 2_000);
    const limit = setTimeout(() => child.kill('SIGKILL'), INSTALL_TIMEOUT_MS);
    const done = () => {
      clearTimeout(notice);
      clearTimeout(limit);
      resolve();
    };
    child.on('error', (e) => {
      if (debug) console.error(e);
      done();
    });
    child.on('exit', done);
  });
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

let binary = electronBinary();
if (!binary) {
  await tryInstall();
  binary = electronBinary();
}
if (!binary) {
  console.error(NO_BINARY);
  process.exit(1);
}

run('npm', ['run', 'build']);

// ELECTRON_RUN_AS_NODE would turn the app into a plain Node process.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('error', (e) => {
  console.error(`Docket: could not start Electron: ${e.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
