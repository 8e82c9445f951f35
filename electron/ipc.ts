import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents, type WebFrameMain } from 'electron';
import type { DocketApi, Reply } from '../shared/contract/api';
import type { Push } from '../shared/contract/pushes';
import type { QueryOf } from '../shared/contract/queries';
import { parseCommand, parseQuery } from '../shared/contract/validate';
import { toErrorShape } from '../shared/kernel/errors';

/**
 * The channel names. preload.ts spells the same strings itself: a
 * sandboxed preload is one file that imports nothing but electron.
 */
export const IPC = {
  command: 'docket:command',
  query: 'docket:query',
  push: 'docket:push',
  printReceipt: 'docket:print-receipt',
  printKitchenTicket: 'docket:print-kitchen-ticket',
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
 * Registers the invoke handlers (command, query, print a receipt). Every reply is a Reply value: nothing is
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

  ipcMain.handle(IPC.printReceipt, async (e, raw: unknown): Promise<Reply<null>> => {
    if (!trusted(e)) return rejected();
    try {
      // The contract's own query schema checks that the order id is a uuid (the type is fixed above).
      const query = parseQuery({ type: 'GetReceipt', orderId: raw }) as QueryOf<'GetReceipt'>;
      const receipt = await (await till).query(query);
      if (!receipt.ok) return receipt;
      await printHtml(receipt.value.html);
      return { ok: true, value: null };
    } catch (err) {
      return { ok: false, error: toErrorShape(err) };
    }
  });

  ipcMain.handle(IPC.printKitchenTicket, async (e, raw: unknown): Promise<Reply<null>> => {
    if (!trusted(e)) return rejected();
    try {
      const query = parseQuery({ type: 'GetKitchenTicket', ticketId: raw }) as QueryOf<'GetKitchenTicket'>;
      const ticket = await (await till).query(query);
      if (!ticket.ok) return ticket;
      await printHtml(ticket.value.html);
      return { ok: true, value: null };
    } catch (err) {
      return { ok: false, error: toErrorShape(err) };
    }
  });

  return () => {
    ipcMain.removeHandler(IPC.command);
    ipcMain.removeHandler(IPC.query);
    ipcMain.removeHandler(IPC.printReceipt);
    ipcMain.removeHandler(IPC.printKitchenTicket);
  };
}

/**
 * Prints a receipt page through the system print dialog from a hidden window
 * that runs no script and has no preload: the receipt is a self-contained
 * page (inline styles only), loaded as a data URL so nothing is fetched.
 */
async function printHtml(html: string): Promise<void> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    await new Promise<void>((resolve, reject) => {
      win.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
        // Cancelling the print dialog is the user's choice, not a failure.
        if (success || reason === 'cancelled') resolve();
        else reject(new Error(`the receipt could not be printed: ${reason}`));
      });
    });
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}

/** Forwards the till's pushes to one window's page; returns the unsubscribe. */
export function forwardPushes(till: DocketApi, contents: WebContents): () => void {
  return till.onPush((push: Push) => {
    if (!contents.isDestroyed()) contents.send(IPC.push, push);
  });
}
