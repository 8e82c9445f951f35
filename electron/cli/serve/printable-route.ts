import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocketApi, Reply } from '../../../shared/contract/api';

const RECEIPT_RE = /^\/receipt\/([0-9a-f-]{36})$/;
const KITCHEN_RE = /^\/kitchen-ticket\/([^/]{1,300})$/;

/** Printable pages are their own documents (inline print styles, nothing else): they may do nothing but be printed. */
const PRINTABLE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

function send(res: ServerResponse, reply: Reply<{ html: string }>): void {
  if (!reply.ok) {
    res.writeHead(reply.error.code === 'NotFound' ? 404 : reply.error.code === 'Validation' ? 400 : 409, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(reply.error.message);
    return;
  }
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': PRINTABLE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(reply.value.html);
}

/**
 * GET /receipt/<orderId> and GET /kitchen-ticket/<ticketId>: printable pages
 * for the browser's print preview (Electron prints the same HTML through the
 * main process). Returns false when the path is neither, so the caller serves files.
 */
export async function printableRoute(till: DocketApi, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== 'GET') return false;
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const receipt = RECEIPT_RE.exec(path);
  if (receipt) {
    send(res, await till.query({ type: 'GetReceipt', orderId: receipt[1] as string }));
    return true;
  }
  const ticket = KITCHEN_RE.exec(path);
  if (ticket) {
    let ticketId: string;
    try {
      ticketId = decodeURIComponent(ticket[1] as string);
    } catch {
      res.writeHead(400).end();
      return true;
    }
    send(res, await till.query({ type: 'GetKitchenTicket', ticketId }));
    return true;
  }
  return false;
}
