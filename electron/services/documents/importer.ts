/**
 * Importing PDFs into the open matter. For each file, in order: read and check it, skip it if the matter
 * already holds the same bytes, extract every page's text in worker threads, then store the whole document
 * (bytes, row, pages, index) in one short transaction. A file that fails, times out or is cancelled writes
 * nothing; the next file goes on (after a cancel, none does). Progress goes out as events.
 */
import { basename } from 'node:path';
import type { ImportOutcome, ImportProgress, ImportRequest, ImportResult } from '../../../shared/domain/document';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../app-context';
import type { OpenMatter } from '../matter/session';
import { ExtractorPool, type ExtractedDocument } from './extractor';
import { documentTitle, shortNameFor } from './names';
import { assertWorkerBuilt, type DocumentOptions } from './options';
import { hasSearchableText } from './page-text';
import { endsLikePdf, readPdfFile, type PdfFile } from './pdf-file';
import { CANCELLED, ImportRefused } from './refusal';
import { assertProductsExist, findDocumentIdBySha, insertDocument } from './repository';

interface ImportRun {
  /** The matter the import started on: documents go there or nowhere. */
  readonly matter: OpenMatter;
  readonly pool: ExtractorPool;
  readonly signal: AbortSignal;
  readonly progress: ProgressReporter;
}

/** At most this often per import, a page-progress event. */
const PROGRESS_INTERVAL_MS = 100;
const MAX_PAGES = 100_000;

export class DocumentImporter {
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly ctx: AppContext,
    private readonly options: DocumentOptions,
  ) {}

  cancel(importId: string): boolean {
    const controller = this.running.get(importId);
    controller?.abort(CANCELLED);
    return controller !== undefined;
  }

  async import(request: ImportRequest, importId: string): Promise<ImportResult> {
    const matter = this.ctx.session.current;
    if (matter.readOnly) throw new AppError('read-only', 'This matter is open read-only; documents cannot be imported.');
    assertProductsExist(matter.db, request.defaults?.productIds ?? []);
    assertWorkerBuilt(this.options);
    if (this.running.has(importId)) throw new AppError('conflict', `An import with id ${importId} is already running.`);

    const controller = new AbortController();
    this.running.set(importId, controller);
    const pool = new ExtractorPool(this.options.workerPath, this.options.workerCount);
    try {
      const outcomes: ImportOutcome[] = [];
      for (const [index, path] of request.paths.entries()) {
        const progress = new ProgressReporter(this.ctx, {
          importId,
          fileNumber: index + 1,
          fileCount: request.paths.length,
          fileName: basename(path),
        });
        const outcome = await this.importFile(path, request, { matter, pool, signal: controller.signal, progress });
        progress.done(outcome);
        outcomes.push(outcome);
      }
      return { importId, outcomes };
    } finally {
      this.running.delete(importId);
      await pool.close();
    }
  }

  private async importFile(path: string, request: ImportRequest, run: ImportRun): Promise<ImportOutcome> {
    const { matter, pool, signal, progress } = run;
    try {
      if (signal.aborted) throw new ImportRefused('cancelled', 'The import was cancelled before this file was read.');
      const file = await readPdfFile(path, this.options.maxFileBytes);
      const existing = findDocumentIdBySha(matter.db, file.sha256);
      if (existing !== undefined) {
        return { status: 'duplicate', path, documentId: existing, message: 'The matter already holds this file (same SHA-256); it was not imported again.' };
      }
      const extracted = await pool.extract(
        { docKey: file.sha256, bytes: file.bytes, password: request.password ?? '' },
        {
          signal,
          timeoutMs: this.options.timeoutMs,
          onProbed: (probe) => progress.extracting(0, probe.pageCount),
          onPage: (done) => progress.extracting(done),
        },
      );
      const warnings = checkExtraction(file, extracted);
      if (signal.aborted) throw CANCELLED;
      if (this.ctx.session.current !== matter) {
        throw new AppError('conflict', 'Another matter was opened while documents were being imported; the import stopped.');
      }
      progress.saving();
      const title = request.defaults?.title ?? documentTitle(extracted.title, path);
      const documentId = this.store(path, title, request, file, extracted);
      this.ctx.events.publish('matter.changed', { reason: 'document-imported' });
      const hasText = extracted.pages.some((page) => hasSearchableText(page.text));
      if (!hasText) warnings.push('No text layer (a scan?): the document can be viewed and excerpted as regions, but it is not searchable.');
      return { status: 'imported', path, documentId, title, pageCount: extracted.pageCount, hasText, warnings };
    } catch (error) {
      if (error instanceof ImportRefused) return { status: 'refused', path, code: error.code, message: error.message };
      throw error;
    }
  }

  /** One transaction: the document is in the matter whole, or not at all. */
  private store(path: string, title: string, request: ImportRequest, file: PdfFile, extracted: ExtractedDocument): number {
    const defaults = request.defaults ?? {};
    return this.ctx.session.write((db) =>
      insertDocument(db, {
        sha256: file.sha256,
        bytes: file.bytes,
        fileName: basename(path),
        title,
        shortName: defaults.shortName ?? shortNameFor(title),
        docType: defaults.docType ?? 'other',
        productIds: defaults.productIds ?? [],
        batesPrefix: defaults.batesPrefix ?? (defaults.batesStart !== undefined ? '' : null),
        batesStart: defaults.batesStart ?? null,
        confidentiality: defaults.confidentiality ?? null,
        sourceUrl: defaults.sourceUrl ?? null,
        accessedOn: defaults.accessedOn ?? null,
        pages: extracted.pages.map((page, i) => ({
          label: extracted.labels[i] ?? null,
          width: page.width,
          height: page.height,
          text: page.text,
        })),
      }),
    );
  }
}

/** Refuses what the engine read but should not be imported; returns warnings for what may be. */
function checkExtraction(file: PdfFile, extracted: ExtractedDocument): string[] {
  if (extracted.pageCount === 0) throw new ImportRefused('no-pages', 'This PDF has no pages.');
  if (extracted.pageCount > MAX_PAGES) throw new ImportRefused('too-large', `This PDF has ${extracted.pageCount} pages; ClaimChart imports up to ${MAX_PAGES}.`);
  const unreadable = extracted.pages.filter((page) => page.unreadable).map((page) => page.pageIndex + 1);
  const warnings = unreadable.length > 0 ? [unreadablePagesWarning(unreadable)] : [];
  if (!extracted.repaired) return warnings;
  if (!endsLikePdf(file.bytes)) {
    throw new ImportRefused('damaged-pdf', 'This PDF is truncated (its end is missing): get a complete copy of the file and import that.');
  }
  return ['The file was damaged (its cross-reference table was rebuilt): check the page count against the original.', ...warnings];
}

function unreadablePagesWarning(pages: readonly number[]): string {
  const listed = pages.length > 10 ? `${pages.slice(0, 10).join(', ')} and ${pages.length - 10} more` : pages.join(', ');
  const [noun, verb, pronoun] = pages.length === 1 ? ['Page', 'is', 'it'] : ['Pages', 'are', 'them'];
  return `${noun} ${listed} of this PDF ${verb} damaged and could not be read: kept in place without text, so not searchable; check ${pronoun} against the original.`;
}

/** Progress events for one file, page events throttled. */
class ProgressReporter {
  private pageCount = 0;
  private lastPageEvent = 0;

  constructor(
    private readonly ctx: AppContext,
    private readonly file: Pick<ImportProgress, 'importId' | 'fileNumber' | 'fileCount' | 'fileName'>,
  ) {
    this.publish('reading', 0);
  }

  extracting(pagesDone: number, pageCount?: number): void {
    if (pageCount !== undefined) this.pageCount = pageCount;
    const now = Date.now();
    if (pagesDone > 0 && pagesDone < this.pageCount && now - this.lastPageEvent < PROGRESS_INTERVAL_MS) return;
    this.lastPageEvent = now;
    this.publish('extracting', pagesDone);
  }

  saving(): void {
    this.publish('saving', this.pageCount);
  }

  done(outcome: ImportOutcome): void {
    this.publish('done', outcome.status === 'imported' ? this.pageCount : 0, outcome);
  }

  private publish(phase: ImportProgress['phase'], pagesDone: number, outcome?: ImportOutcome): void {
    this.ctx.events.publish('document.importProgress', { ...this.file, phase, pagesDone, pageCount: this.pageCount, outcome });
  }
}
