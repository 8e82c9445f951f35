import { parseArgs } from 'node:util';

/** Parses a sub-command's flags; an unknown flag is an error, not silently ignored. */
export function flags<T extends Record<string, { type: 'string' | 'boolean' }>>(argv: string[], options: T) {
  return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
}

/** Every data command needs --data; say so plainly rather than defaulting to some folder. */
export function requireData(data: string | undefined): string {
  if (!data) throw new Error('--data DIR is required (the till data folder)');
  return data;
}

export function wholeNumber(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
}
