/**
 * PDFium (WebAssembly, @embedpdf/pdfium) as the extraction workers use it: open a PDF from memory, read
 * page text, labels, the page box, and rectangles of text. Runs inside a worker thread only: PDFium calls are
 * synchronous and a large page can take a while.
 */
import { init, type WrappedPdfiumModule } from '@embedpdf/pdfium';
import type { Rect, TextSpan } from '../../../shared/domain/document';
import type { PdfFailureCode } from './extract-protocol';
import { pdfiumWasmBytes, webAssembly, type WasmInstance, type WasmModule } from './pdfium-wasm';

/** The heap views we use; the package types them through @types/emscripten, which the project does not carry. */
interface Heap {
  readonly HEAPU8: Uint8Array;
  readonly HEAPF32: Float32Array;
  readonly HEAPF64: Float64Array;
}
type Pdfium = WrappedPdfiumModule & { readonly pdfium: Heap };

const FPDF_ERR_PASSWORD = 4;
const FPDF_ERR_SECURITY = 5;

export class PdfFailure extends Error {
  constructor(
    readonly code: PdfFailureCode,
    message: string,
  ) {
    super(message);
  }
}

let loaded: Promise<Pdfium> | undefined;

/** Instantiates PDFium from the module the main thread compiled, or from the file when given none. */
export function loadPdfium(compiled?: WasmModule): Promise<Pdfium> {
  loaded ??= (async () => {
    const overrides = compiled
      ? {
          // Emscripten's hook for a caller that instantiates the module itself.
          instantiateWasm(imports: object, receive: (instance: WasmInstance, module: WasmModule) => void) {
            void webAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
            return {};
          },
        }
      : { wasmBinary: pdfiumWasmBytes() };
    const module = (await init(overrides as never)) as Pdfium;
    module.PDFiumExt_Init();
    return module;
  })();
  return loaded;
}

const utf16 = new TextDecoder('utf-16le');

export class PdfiumDocument {
  private constructor(
    private readonly pdfium: Pdfium,
    private readonly handle: number,
    private readonly bytesPointer: number,
  ) {}

  /** Opens a PDF from memory; the bytes are copied into PDFium's heap and stay there until close(). */
  static open(pdfium: Pdfium, bytes: Uint8Array, password: string): PdfiumDocument {
    const pointer = pdfium.pdfium.wasmExports.malloc(bytes.length);
    pdfium.pdfium.HEAPU8.set(bytes, pointer);
    const handle = pdfium.FPDF_LoadMemDocument(pointer, bytes.length, password);
    if (handle) return new PdfiumDocument(pdfium, handle, pointer);
    const error = pdfium.FPDF_GetLastError();
    pdfium.pdfium.wasmExports.free(pointer);
    if (error === FPDF_ERR_PASSWORD && password === '') {
      throw new PdfFailure('password-required', 'This PDF is password-protected: enter its password to import it.');
    }
    if (error === FPDF_ERR_PASSWORD) throw new PdfFailure('password-wrong', 'The password is wrong for this PDF.');
    if (error === FPDF_ERR_SECURITY) {
      throw new PdfFailure('damaged-pdf', 'This PDF uses an encryption scheme ClaimChart cannot open.');
    }
    throw new PdfFailure('damaged-pdf', 'This file is damaged or truncated: it cannot be read as a PDF.');
  }

  get pageCount(): number {
    return this.pdfium.FPDF_GetPageCount(this.handle);
  }

  /** False when the cross-reference table was broken and PDFium had to rebuild it. */
  get hasValidXref(): boolean {
    return this.pdfium.FPDF_DocumentHasValidCrossReferenceTable(this.handle);
  }

  title(): string | null {
    return this.readUtf16((buffer, length) => this.pdfium.FPDF_GetMetaText(this.handle, 'Title', buffer, length));
  }

  pageLabel(pageIndex: number): string | null {
    return this.readUtf16((buffer, length) => this.pdfium.FPDF_GetPageLabel(this.handle, pageIndex, buffer, length));
  }

  /** Runs `work` on a loaded page and its text page, closing both afterwards. */
  withPage<T>(pageIndex: number, work: (page: LoadedPage) => T): T {
    const { pdfium } = this;
    const page = pdfium.FPDF_LoadPage(this.handle, pageIndex);
    if (!page) throw new PdfFailure('damaged-pdf', `Page ${pageIndex + 1} of this PDF is damaged and cannot be read.`);
    const textPage = pdfium.FPDFText_LoadPage(page);
    try {
      return work(new LoadedPage(pdfium, page, textPage));
    } finally {
      if (textPage) pdfium.FPDFText_ClosePage(textPage);
      pdfium.FPDF_ClosePage(page);
    }
  }

  close(): void {
    this.pdfium.FPDF_CloseDocument(this.handle);
    this.pdfium.pdfium.wasmExports.free(this.bytesPointer);
  }

  /** PDFium's two-call pattern for UTF-16 strings: ask the byte length, then fill a buffer of that size. */
  private readUtf16(call: (buffer: number, length: number) => number): string | null {
    const bytes = call(0, 0);
    if (bytes <= 2) return null;
    const text = withBuffer(this.pdfium, bytes, (buffer) => {
      call(buffer, bytes);
      return utf16.decode(this.pdfium.pdfium.HEAPU8.subarray(buffer, buffer + bytes - 2));
    });
    return text.trim() || null;
  }
}

export class LoadedPage {
  constructor(
    private readonly pdfium: Pdfium,
    private readonly page: number,
    private readonly textPage: number,
  ) {}

  /** The page box (media box ∩ crop box) in user space: [left, bottom, right, top]. */
  box(): Rect {
    return withBuffer(this.pdfium, 16, (buffer) => {
      if (!this.pdfium.FPDF_GetPageBoundingBox(this.page, buffer)) return [0, 0, 0, 0];
      const [left = 0, top = 0, right = 0, bottom = 0] = this.pdfium.pdfium.HEAPF32.subarray(buffer >> 2, (buffer >> 2) + 4);
      return [left, Math.min(bottom, top), right, Math.max(bottom, top)];
    });
  }

  /** PDFium's text of the page, one UTF-16 unit per PDFium character (embedded NULs kept). */
  rawText(): string {
    if (!this.textPage) return '';
    const count = this.pdfium.FPDFText_CountChars(this.textPage);
    if (count <= 0) return '';
    return withBuffer(this.pdfium, (count + 1) * 2, (buffer) => {
      const written = this.pdfium.FPDFText_GetText(this.textPage, 0, count, buffer);
      return utf16.decode(this.pdfium.pdfium.HEAPU8.subarray(buffer, buffer + Math.max(0, written - 1) * 2));
    });
  }

  /** One rectangle per line of each span of PDFium character indices, relative to the page box. */
  spanRects(spans: readonly TextSpan[]): Rect[][] {
    const [originX, originY] = this.box();
    return spans.map(([start, end]) => {
      if (!this.textPage || end <= start) return [];
      const count = this.pdfium.FPDFText_CountRects(this.textPage, start, end - start);
      return withBuffer(this.pdfium, 32, (buffer) => {
        const rects: Rect[] = [];
        for (let i = 0; i < count; i++) {
          if (!this.pdfium.FPDFText_GetRect(this.textPage, i, buffer, buffer + 8, buffer + 16, buffer + 24)) continue;
          const [left = 0, top = 0, right = 0, bottom = 0] = this.pdfium.pdfium.HEAPF64.subarray(buffer >> 3, (buffer >> 3) + 4);
          rects.push([left - originX, Math.min(top, bottom) - originY, right - originX, Math.max(top, bottom) - originY]);
        }
        return rects;
      });
    });
  }

  /** The text inside a rectangle given relative to the page box. */
  textInRect(rect: Rect): string {
    if (!this.textPage) return '';
    const [originX, originY] = this.box();
    const [x1, y1, x2, y2] = rect;
    const args = [x1 + originX, y2 + originY, x2 + originX, y1 + originY] as const;
    const count = this.pdfium.FPDFText_GetBoundedText(this.textPage, ...args, 0, 0);
    if (count <= 0) return '';
    return withBuffer(this.pdfium, (count + 1) * 2, (buffer) => {
      const written = this.pdfium.FPDFText_GetBoundedText(this.textPage, ...args, buffer, count + 1);
      return utf16.decode(this.pdfium.pdfium.HEAPU8.subarray(buffer, buffer + Math.min(written, count) * 2));
    });
  }
}

function withBuffer<T>(pdfium: Pdfium, size: number, work: (buffer: number) => T): T {
  const buffer = pdfium.pdfium.wasmExports.malloc(size);
  try {
    return work(buffer);
  } finally {
    pdfium.pdfium.wasmExports.free(buffer);
  }
}
