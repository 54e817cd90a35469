/** What every CLI command module exports: a name path, a usage line and a run function. */
import { AppError } from '../../shared/errors';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliCommand {
  /** e.g. ['matter', 'create'] */
  readonly path: readonly string[];
  readonly usage: string;
  readonly summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export class UsageError extends Error {}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

export function requireArg(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`missing ${what}`);
  return value;
}

export function positiveInt(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${what} must be a positive whole number`);
  return n;
}

export { AppError };
