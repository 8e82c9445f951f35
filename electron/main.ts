// The Electron shell: window, security, lifecycle. Everything the till does
// lives in the core (plain Node); this file opens it, shows the renderer and
// closes the till cleanly before the process exits.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, session, type Session, type WebContents, type WebFrameMain } from 'electron';
import { openTill, type Till } from './core/open-till';
import { forwardPushes, registerIpc } from './ipc';

// Paths are resolved from the bundle (dist/electron/main.mjs), not the source.
const here = path.dirname(fileURLToPath(import.meta.url));
const INDEX_HTML = path.resolve(here, '..', 'renderer', 'index.html');
const PRELOAD = path.join(here, 'preload.cjs');

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** `--name VALUE` or `--name=VALUE` anywhere on the command line. */
function argValue(name: string): string | undefined {
  const argv = process.argv;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === name) return argv[i + 1];
    if (a?.startsWith(`${name}=`)) return a.slice(name.length + 1);
  }
  return undefined;
}

/** Our page: the built renderer's index.html, whatever its hash or query. */
function isAppUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    if (u.protocol !== 'file:' || u.host !== '') return false;
    // Compare file paths, not URL text: Node and Chromium percent-encode a few characters differently.
    const file = path.resolve(fileURLToPath(u));
    return process.platform === 'win32' ? file.toLowerCase() === INDEX_HTML.toLowerCase() : file === INDEX_HTML;
  } catch {
    return false;
  }
}

let mainWindow: BrowserWindow | null = null;

function isTrustedSender(sender: WebContents, frame: WebFrameMain | null): boolean {
  const win = mainWindow;
  if (!win || win.isDestroyed() || sender !== win.webContents) return false;
  // Only the top frame of our own page: never a subframe, never a page navigated elsewhere.
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

function hardenSession(ses: Session): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([k]) => k.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CSP] } });
  });
  // The page is offline by design: the core, not the renderer, talks to the network.
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_d, callback) =>
    callback({ cancel: true }),
  );
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/** Applied to every webContents the app ever creates, not only the main window's. */
function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function createWindow(till: Promise<Till>): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Docket',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('render-process-gone', (_e, details) => {
    console.error(`Docket: the window's renderer stopped (${details.reason}, exit code ${details.exitCode})`);
  });

  let unsubscribe: (() => void) | undefined;
  till.then(
    (t) => {
      if (!win.isDestroyed()) unsubscribe = forwardPushes(t, win.webContents);
    },
    () => undefined,
  );
  win.on('closed', () => {
    unsubscribe?.();
    if (mainWindow === win) mainWindow = null;
  });

  void win.loadFile(INDEX_HTML).catch((e: unknown) => {
    console.error(`Docket: could not load ${INDEX_HTML}: ${String(e)}`);
  });
  return win;
}

let exitCode = 0;

/** Tells the user (stderr and a dialog), then quits with exit code 1. */
function fail(title: string, message: string): void {
  console.error(`Docket: ${title}: ${message}`);
  exitCode = 1;
  void app.whenReady().then(() => {
    dialog.showErrorBox(title, message);
    app.quit();
  });
}

function main(): void {
  // Tests (and a second till on one machine) point the till at their own folder;
  // the Chromium profile then lives beside it, so such a run shares nothing with
  // the installed app, not even the single-instance lock.
  const dataArg = argValue('--data') ?? process.env['DOCKET_DATA'];
  let dataDir: string;
  if (dataArg) {
    dataDir = path.resolve(dataArg);
    app.setPath('userData', path.join(dataDir, 'electron-profile'));
  } else {
    dataDir = path.join(app.getPath('userData'), 'data');
  }
  const terminal = argValue('--terminal') ?? process.env['DOCKET_TERMINAL'] ?? 'T1';

  if (!app.requestSingleInstanceLock()) {
    // The first instance has been told (second-instance) and comes to the front.
    app.exit(0);
    return;
  }
  app.on('second-instance', () => {
    const win = mainWindow;
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });

  app.enableSandbox();
  app.on('web-contents-created', (_e, contents) => hardenContents(contents));

  // The core is plain Node: start replaying the log while Chromium starts.
  const till = openTill({ dataDir, terminal });
  const tillOrNothing = till.then(
    (t) => t,
    (e: unknown) => {
      fail('Docket could not open its data', e instanceof Error ? e.message : String(e));
      return undefined;
    },
  );

  // Quit waits for the till: finish queued commands, write the final snapshot, unlock.
  let phase: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (phase === 'closed') return;
    event.preventDefault();
    if (phase === 'closing') return;
    phase = 'closing';
    void tillOrNothing
      .then((t) => t?.close())
      .catch((e: unknown) => {
        console.error(`Docket: closing the till failed: ${e instanceof Error ? e.message : String(e)}`);
        exitCode = 1;
      })
      .finally(() => {
        phase = 'closed';
        app.exit(exitCode);
      });
  });
  // A till has one window: closing it quits, on every platform.
  app.on('window-all-closed', () => app.quit());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  app
    .whenReady()
    .then(() => {
      if (phase !== 'running') return;
      hardenSession(session.defaultSession);
      if (app.isPackaged && process.platform !== 'darwin') Menu.setApplicationMenu(null);
      if (!existsSync(INDEX_HTML)) {
        fail('Docket is not built', `${INDEX_HTML} is missing: run "npm run build" first.`);
        return;
      }
      registerIpc({ till, isTrustedSender });
      mainWindow = createWindow(till);
    })
    .catch((e: unknown) => fail('Docket could not start', e instanceof Error ? e.message : String(e)));
}

main();
