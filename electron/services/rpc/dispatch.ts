/**
 * Validates and runs one RPC call against the handler table. Every transport goes through here, so the
 * boundary checks (known method, valid input) and the error envelope are the same everywhere.
 */
import type { z } from 'zod';
import { AppError, type ErrorInfo } from '../../../shared/errors';
import { contract, isMethodName, type MethodName } from '../../../shared/rpc/contract';
import type { Reply } from '../../../shared/rpc/envelope';
import type { HandlerTable } from './handler-table';

function describeIssues(error: z.ZodError): string {
  const first = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'input';
    return `${where}: ${issue.message}`;
  });
  return `Invalid input (${first.join('; ')}).`;
}

/** Turns anything thrown by a handler into a user-facing error; never a stack trace. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof AppError) return error.toInfo();
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL') {
    return { code: 'disk-full', message: 'The disk is full: the change was not saved. Free some space and try again.' };
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_READONLY_DBMOVED') {
    return { code: 'read-only', message: 'The matter file cannot be written (it is read-only): the change was not saved.' };
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return { code: 'matter-locked', message: 'The matter file is busy in another window or program; try again.' };
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) {
    return { code: 'matter-damaged', message: 'The matter file is damaged; restore a backup.' };
  }
  console.error('[rpc] unexpected failure', error);
  return { code: 'internal', message: 'Something went wrong inside ClaimChart; the action was not completed.' };
}

export async function dispatch(table: HandlerTable, name: string, rawInput: unknown): Promise<Reply<unknown>> {
  if (typeof name !== 'string' || !isMethodName(name)) {
    return { ok: false, error: { code: 'unknown-method', message: `There is no method named ${String(name).slice(0, 80)}.` } };
  }
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error) } };
  try {
    const handler = table[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toErrorInfo(error) };
  }
}

/** An in-process client for the CLI and the tests: the same path as the transports, without the wire. */
export function inProcessClient(table: HandlerTable) {
  return async function call<M extends MethodName>(name: M, input: z.input<(typeof contract)[M]['input']>) {
    const reply = await dispatch(table, name, input);
    if (!reply.ok) throw new AppError(reply.error.code, reply.error.message);
    return reply.value as z.output<(typeof contract)[M]['output']>;
  };
}
