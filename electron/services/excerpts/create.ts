/**
 * Making an excerpt: a text excerpt's quote must be on its page (matched the way normalize.ts matches, so
 * the viewer's text and the index's agree), its rectangles on the page box (read from the PDF when the
 * caller has none); a region excerpt carries its PNG and the text under it.
 */
import type { ExcerptCreate, Rect } from '../../../shared/domain/document';
import { AppError } from '../../../shared/errors';
import { findQuote } from '../../../shared/text/normalize';
import type { Db } from '../db/open';
import { readPageGeometry } from '../documents/geometry';
import type { DocumentOptions } from '../documents/options';
import { hasSearchableText } from '../documents/page-text';
import { readCitableDocument, readPage, type StoredPage } from '../documents/repository';
import { decodePngBase64 } from './png';
import { assertRectsOnPage, clampToPage, excerptSortKey } from './rects';
import type { NewExcerpt } from './repository';

type TextExcerptInput = Extract<ExcerptCreate, { kind: 'text' }>;
type RegionExcerptInput = Extract<ExcerptCreate, { kind: 'region' }>;

/** Everything the insert needs, gathered (and the PDF read) before the write transaction starts. */
export async function prepareExcerpt(db: Db, options: DocumentOptions, input: ExcerptCreate): Promise<NewExcerpt> {
  const page = readPage(db, input.documentId, input.page);
  return input.kind === 'text' ? prepareTextExcerpt(db, options, input, page) : prepareRegionExcerpt(db, options, input, page);
}

async function prepareTextExcerpt(db: Db, options: DocumentOptions, input: TextExcerptInput, page: StoredPage): Promise<NewExcerpt> {
  if (!hasSearchableText(page.text)) {
    throw new AppError('invalid-input', `Page ${page.number} has no text layer: make a region excerpt instead.`);
  }
  // A typed quote (the CLI's) must begin and end with whole words of the page; a selection in the viewer
  // comes with its rectangles and is the text layer's own words, read by the other engine.
  const typed = input.rects === undefined;
  const found = findQuote(page.text, input.quote, { wholeWords: typed });
  if (!found) {
    const { shortName } = readCitableDocument(db, input.documentId);
    const words = typed ? ', and that it begins and ends with whole words' : '';
    throw new AppError('invalid-input', `The quote is not on page ${page.number} of "${shortName}"; check the page and the wording${words}.`);
  }
  const rects = input.rects ?? (await quoteRects(db, options, input, page, [found.start, found.end]));
  assertRectsOnPage(rects, page);
  return newExcerpt(input, page, { kind: 'text', quote: input.quote, rects, image: null });
}

async function quoteRects(db: Db, options: DocumentOptions, input: TextExcerptInput, page: StoredPage, span: [number, number]): Promise<Rect[]> {
  const geometry = await readPageGeometry(db, options, { documentId: input.documentId, page: page.number, spans: [span], region: null });
  if (!geometry) {
    throw new AppError('unsupported-file', 'This PDF is password-protected, so ClaimChart cannot place the quote on the page: select it in the viewer instead.');
  }
  const rects = (geometry.rects[0] ?? []).map((r) => clampToPage(r, page));
  if (rects.length === 0) throw new AppError('unsupported-file', 'The PDF does not say where this quote sits on the page: select it in the viewer instead.');
  return rects;
}

async function prepareRegionExcerpt(db: Db, options: DocumentOptions, input: RegionExcerptInput, page: StoredPage): Promise<NewExcerpt> {
  assertRectsOnPage([input.rect], page);
  const image = decodePngBase64(input.imagePngBase64);
  const text =
    input.text ??
    (await readPageGeometry(db, options, { documentId: input.documentId, page: page.number, spans: [], region: input.rect }))?.regionText ??
    '';
  return newExcerpt(input, page, { kind: 'region', quote: text.trim(), rects: [input.rect], image });
}

function newExcerpt(
  input: ExcerptCreate,
  page: StoredPage,
  content: Pick<NewExcerpt, 'kind' | 'quote' | 'rects' | 'image'>,
): NewExcerpt {
  return {
    ...content,
    documentId: input.documentId,
    page: page.number,
    note: input.note || null,
    tags: input.tags ?? [],
    sortKey: excerptSortKey(page, content.rects),
  };
}
