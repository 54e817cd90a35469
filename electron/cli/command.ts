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

/** By exact name, else by the one name that matches ignoring case ("widget 2000" finds "Widget 2000"). */
export function findByName<T>(items: readonly T[], nameOf: (item: T) => string, wanted: string, what: string): T {
  const exact = items.filter((i) => nameOf(i) === wanted);
  const loose = exact.length > 0 ? exact : items.filter((i) => nameOf(i).toLowerCase() === wanted.toLowerCase());
  if (loose.length === 1) return loose[0]!;
  const known = items.map(nameOf).join(', ') || 'none';
  throw new AppError('not-found', `No single ${what} named "${wanted}" in this matter (it has ${known}).`);
}

export { AppError };
