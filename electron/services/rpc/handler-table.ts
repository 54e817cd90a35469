/**
 * The one handler table every transport serves. Domain modules contribute handlers by method name; the
 * table refuses a duplicate and, once complete, a contract method without a handler.
 */
import type { z } from 'zod';
import type { Contract, MethodName, MethodOutput } from '../../../shared/rpc/contract';
import { methodNames } from '../../../shared/rpc/contract';

/** A handler receives its input already validated (and defaulted) by the contract's schema. */
export type Handler<M extends MethodName> = (
  input: z.output<Contract[M]['input']>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerGroup = { readonly [M in MethodName]?: Handler<M> };
export type HandlerTable = { readonly [M in MethodName]: Handler<M> };

export function buildHandlerTable(...groups: HandlerGroup[]): HandlerTable {
  const table: Partial<Record<MethodName, unknown>> = {};
  for (const group of groups) {
    for (const [name, handler] of Object.entries(group) as [MethodName, unknown][]) {
      if (table[name]) throw new Error(`RPC method ${name} has two handlers`);
      table[name] = handler;
    }
  }
  const missing = methodNames.filter((name) => !table[name]);
  if (missing.length > 0) throw new Error(`RPC methods without a handler: ${missing.join(', ')}`);
  return table as HandlerTable;
}
