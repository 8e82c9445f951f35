import { ipcMain, type IpcMainInvokeEvent, type WebContents, type WebFrameMain } from 'electron';
import type { DocketApi, Reply } from '../shared/contract/api';
import type { Push } from '../shared/contract/pushes';
import { parseCommand, parseQuery } from '../shared/contract/validate';
import { toErrorShape } from '../shared/kernel/errors';

/**
 * The channel names. preload.ts spells the same three strings itself: a
 * sandboxed preload is one file that imports nothing but electron.
 */
export const IPC = {
  command: 'docket:command',
  query: 'docket:query',
  push: 'docket:push',
} as const;

export interface IpcOptions {
  /** The till; a promise so that the window can show while the log is replayed. */
  till: Promise<DocketApi>;
  /** True only for the main frame of the app's own window showing the app's own page. */
  isTrustedSender(sender: WebContents, frame: WebFrameMain | null): boolean;
}

const rejected = (): Reply<never> => ({
  ok: false,
  error: { code: 'IllegalState', message: 'rejected: the request did not come from the Docket window' },
});

/**
 * Registers the two invoke handlers. Every reply is a Reply value: nothing is
 * thrown across IPC, so the renderer never sees Electron's wrapped errors.
 * Returns a function that removes the handlers.
 */
export function registerIpc({ till, isTrustedSender }: IpcOptions): () => void {
  const trusted = (e: IpcMainInvokeEvent): boolean => {
    try {
      return isTrustedSender(e.sender, e.senderFrame);
    } catch {
      // senderFrame throws once the frame is gone; a gone frame is not trusted.
      return false;
    }
  };

  ipcMain.handle(IPC.command, async (e, raw: unknown) => {
    if (!trusted(e)) return rejected();
    try {
      const command = parseCommand(raw);
      return await (await till).command(command);
    } catch (err) {
      return { ok: false, error: toErrorShape(err) };
    }
  });

  ipcMain.handle(IPC.query, async (e, raw: unknown) => {
    if (!trusted(e)) return rejected();
    try {
      const query = parseQuery(raw);
      return await (await till).query(query);
    } catch (err) {
      return { ok: false, error: toErrorShape(err) };
    }
  });

  return () => {
    ipcMain.removeHandler(IPC.command);
    ipcMain.removeHandler(IPC.query);
  };
}

/** Forwards the till's pushes to one window's page; returns the unsubscribe. */
export function forwardPushes(till: DocketApi, contents: WebContents): () => void {
  return till.onPush((push: Push) => {
    if (!contents.isDestroyed()) contents.send(IPC.push, push);
  });
}
