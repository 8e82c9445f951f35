/**
 * Error codes shared by the domain, the core and the contract. Every refusal
 * a user can see carries one of these codes and a plain-language message.
 */
/**
 * `Unauthorized`: nobody is signed in, a PIN is wrong, or the role may not do this.
 * `ApprovalRequired`: allowed only with a manager's approval; send the command again with one.
 */
export const ErrorCodes = ['Validation', 'NotFound', 'IllegalState', 'Concurrency', 'Unauthorized', 'ApprovalRequired', 'Internal'] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

export interface DocketErrorShape {
  code: ErrorCode;
  message: string;
  /** Optional machine-readable detail (a field path, an expected version). */
  details?: Record<string, unknown>;
}

/** Thrown inside the core; crosses process and network boundaries as a DocketErrorShape. */
export class DocketError extends Error implements DocketErrorShape {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = `${code}Error`;
    this.code = code;
    if (details !== undefined) this.details = details;
  }
  toJSON(): DocketErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const isDocketError = (e: unknown): e is DocketError => e instanceof DocketError;

/** Anything thrown that is not a DocketError is an Internal error; its text is kept for the log. */
export function toErrorShape(e: unknown): DocketErrorShape {
  if (isDocketError(e)) return e.toJSON();
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'Internal', message };
}
