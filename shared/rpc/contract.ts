/**
 * The RPC contract: every method the renderer may call, defined once (per domain, in methods/) with a zod
 * input schema and an output schema. The Node side validates every input against it before a handler
 * runs; both transports (Electron IPC and browser-mode HTTP) and the in-process client of the CLI and the
 * tests serve this one table.
 */
import { z } from 'zod';
import { ImportProgressSchema } from '../domain/document';
import { chartMethods, productMethods } from './methods/charts';
import { documentMethods } from './methods/documents';
import { exportMethods } from './methods/export';
import { matterMethods } from './methods/matter';
import { patentMethods } from './methods/patents';

export const contract = {
  ...matterMethods,
  ...patentMethods,
  ...chartMethods,
  ...productMethods,
  ...documentMethods,
  ...exportMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export const appCommands = ['import-documents', 'import-patent', 'new-chart', 'export-chart', 'backups'] as const;
export type AppCommand = (typeof appCommands)[number];

/** Channels the Node side pushes to the renderer (progress, changes made elsewhere). */
export const eventSchemas = {
  'matter.changed': z.object({ reason: z.string() }),
  'document.importProgress': ImportProgressSchema,
  /** A desktop menu command the renderer carries out (it owns the dialogs these open). */
  'app.command': z.object({ command: z.enum(appCommands) }),
} as const;
export type EventChannel = keyof typeof eventSchemas;
export type EventPayload<C extends EventChannel> = z.output<(typeof eventSchemas)[C]>;
export const eventChannels = Object.keys(eventSchemas) as EventChannel[];

export function isEventChannel(name: string): name is EventChannel {
  return Object.hasOwn(eventSchemas, name);
}
