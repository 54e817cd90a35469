/**
 * PDFium's WebAssembly, compiled once per process and handed to every extraction worker. V8 keeps the code
 * it compiles lazily (and tiers up) with the module, so while this process holds the module, each new
 * worker starts with a warm engine: only the first import of a session pays the warm-up.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A compiled WebAssembly.Module (Node provides the API; @types/node does not declare it). */
export interface WasmModule {
  readonly __brand?: 'WebAssembly.Module';
}
export interface WasmInstance {
  readonly __brand?: 'WebAssembly.Instance';
}
interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: object): Promise<WasmInstance>;
}
export const webAssembly = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

export function pdfiumWasmBytes(): Buffer {
  return readFileSync(createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm'));
}

let compiled: Promise<WasmModule> | undefined;

export function compiledPdfium(): Promise<WasmModule> {
  compiled ??= webAssembly.compile(pdfiumWasmBytes());
  return compiled;
}
