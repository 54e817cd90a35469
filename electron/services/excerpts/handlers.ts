import { rowsCitingExcerpt, rowsCitingExcerpts } from '../charts/usage';
import type { ExcerptUpdate } from '../../../shared/domain/document';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../app-context';
import type { Db } from '../db/open';
import { readCiteFormat } from '../documents/cite-format';
import { defaultDocumentOptions, type DocumentOptions } from '../documents/options';
import { readPage } from '../documents/repository';
import type { HandlerGroup } from '../rpc/handler-table';
import { readPageGeometry } from '../documents/geometry';
import { prepareExcerpt } from './create';
import { decodePngBase64 } from './png';
import { assertRectsOnPage, excerptSortKey } from './rects';
import { insertExcerpt, listExcerpts, readExcerpt, readExcerptPlacement, setExcerptDeleted, updateExcerpt } from './repository';

/** What a moved region needs from outside the transaction: its new picture, and the text now under it. */
async function regionRecapture(db: Db, options: DocumentOptions, { id, rects, imagePngBase64 }: ExcerptUpdate) {
  const placement = readExcerptPlacement(db, id);
  if (placement.kind !== 'region' || !rects) {
    if (imagePngBase64 !== undefined) throw new AppError('invalid-input', 'Only a region excerpt has an image.');
    return {};
  }
  if (rects.length !== 1) throw new AppError('invalid-input', 'A region excerpt has exactly one rectangle.');
  const geometry = await readPageGeometry(db, options, { documentId: placement.documentId, page: placement.page, spans: [], region: rects[0]! });
  return {
    image: imagePngBase64 === undefined ? undefined : decodePngBase64(imagePngBase64),
    quote: geometry?.regionText?.trim(),
  };
}

function applyUpdate(db: Db, { id, note, tags, rects }: ExcerptUpdate, recaptured: Awaited<ReturnType<typeof regionRecapture>>): void {
  const placement = readExcerptPlacement(db, id);
  let sortKey: string | undefined;
  if (rects) {
    const page = readPage(db, placement.documentId, placement.page);
    assertRectsOnPage(rects, page);
    sortKey = excerptSortKey(page, rects);
  }
  updateExcerpt(db, id, { note: note === '' ? null : note, tags, rects, sortKey, ...recaptured });
}

export function excerptHandlers(ctx: AppContext, options: DocumentOptions = defaultDocumentOptions()): HandlerGroup {
  const db = () => ctx.session.current.db;
  const read = (id: number) => readExcerpt(db(), id, readCiteFormat(db()));
  const write = <T>(work: (db: Db) => T): T => {
    const result = ctx.session.write(work);
    ctx.events.publish('matter.changed', { reason: 'excerpts' });
    return result;
  };
  return {
    'excerpt.create': async (input) => {
      // The PDF is read (when rectangles or region text are needed) before the short write transaction.
      const prepared = await prepareExcerpt(db(), options, input);
      return read(write((w) => insertExcerpt(w, prepared)));
    },
    'excerpt.list': (filters) => listExcerpts(db(), filters, readCiteFormat(db())),
    'excerpt.usages': ({ excerptIds }) => rowsCitingExcerpts(db(), excerptIds),
    'excerpt.update': async (update) => {
      // The PDF is read (the text under a moved region) before the short write transaction.
      const recaptured = await regionRecapture(db(), options, update);
      write((w) => applyUpdate(w, update, recaptured));
      return read(update.id);
    },
    'excerpt.delete': ({ id, confirmCited }) => {
      write((w) => {
        readExcerptPlacement(w, id);
        const citing = rowsCitingExcerpt(w, id);
        if (citing.length > 0 && !confirmCited) {
          const where = citing.map((row) => `${row.label} of "${row.chartTitle}"`).join(', ');
          throw new AppError('conflict', `This excerpt is cited in ${where}. Confirm to delete it; those rows will show it as deleted.`);
        }
        setExcerptDeleted(w, id, true);
      });
      return read(id);
    },
    'excerpt.restore': ({ id }) => {
      write((w) => {
        readExcerptPlacement(w, id);
        setExcerptDeleted(w, id, false);
      });
      return read(id);
    },
  };
}
