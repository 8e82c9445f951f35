// The sandboxed preload: bundled to one CommonJS file that requires nothing
// but electron. Only type imports from shared/ are allowed here; they vanish
// at build time (scripts/build-electron.mjs checks the output).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DocketApi, Reply } from '../shared/contract/api';
import type { Command, CommandResult } from '../shared/contract/commands';
import type { Push } from '../shared/contract/pushes';
import type { Query, QueryResult } from '../shared/contract/queries';

// Same strings as IPC in ipc.ts (a sandboxed preload cannot import it).
const COMMAND = 'docket:command';
const QUERY = 'docket:query';
const PUSH = 'docket:push';
const PRINT_RECEIPT = 'docket:print-receipt';
const PRINT_KITCHEN_TICKET = 'docket:print-kitchen-ticket';

/** Electron only, beside DocketApi (which the core implements): the renderer declares it as optional. */
interface Printer {
  printReceipt(orderId: string): Promise<Reply<null>>;
  printKitchenTicket(ticketId: string): Promise<Reply<null>>;
}

const api = {
  command(command: Command): Promise<Reply<CommandResult>> {
    return ipcRenderer.invoke(COMMAND, command) as Promise<Reply<CommandResult>>;
  },
  query<Q extends Query>(query: Q): Promise<Reply<QueryResult<Q>>> {
    return ipcRenderer.invoke(QUERY, query) as Promise<Reply<QueryResult<Q>>>;
  },
  onPush(listener: (push: Push) => void): () => void {
    // Wrap the listener so the page never sees the IpcRendererEvent (it holds `sender`).
    const handler = (_event: IpcRendererEvent, push: Push): void => listener(push);
    ipcRenderer.on(PUSH, handler);
    return () => {
      ipcRenderer.removeListener(PUSH, handler);
    };
  },
  /** Prints the order's receipt on the system printer (the main process reads it from the till). */
  printReceipt(orderId: string): Promise<Reply<null>> {
    return ipcRenderer.invoke(PRINT_RECEIPT, orderId) as Promise<Reply<null>>;
  },
  /** Prints a kitchen ticket on the system printer (the station's printer, as the OS has it set up). */
  printKitchenTicket(ticketId: string): Promise<Reply<null>> {
    return ipcRenderer.invoke(PRINT_KITCHEN_TICKET, ticketId) as Promise<Reply<null>>;
  },
} satisfies DocketApi & Printer;

contextBridge.exposeInMainWorld('docket', api);
