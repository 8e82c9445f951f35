import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocketApi } from '../../../shared/contract/api';

const RECEIPT_RE = /^\/receipt\/([0-9a-f-]{36})$/;

/** Receipts are their own documents (inline print styles, nothing else): this page may do nothing but be printed. */
const RECEIPT_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

/**
 * GET /receipt/<orderId>: the receipt as a printable page, for the browser's
 * print preview (Electron prints the same HTML through the main process).
 * Returns false when the path is not a receipt's, so the caller serves files.
 */
export async function receiptRoute(till: DocketApi, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const m = RECEIPT_RE.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (!m || req.method !== 'GET') return false;
  const reply = await till.query({ type: 'GetReceipt', orderId: m[1] as string });
  if (!reply.ok) {
    res.writeHead(reply.error.code === 'NotFound' ? 404 : 409, { 'Content-Type': 'text/plain; charset=utf-8' }).end(reply.error.message);
    return true;
  }
  res
    .writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': RECEIPT_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    })
    .end(reply.value.html);
  return true;
}
