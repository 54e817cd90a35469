import { randomUUID } from 'node:crypto';
import type { AppContext } from '../app-context';
import type { HandlerGroup } from '../rpc/handler-table';
import { readCiteFormat, writeCiteFormat } from './cite-format';
import { DocumentImporter } from './importer';
import { defaultDocumentOptions, type DocumentOptions } from './options';
import { deleteDocument, listPages, readDocumentDetail, updateDocument } from './repository';

export function documentHandlers(ctx: AppContext, options: DocumentOptions = defaultDocumentOptions()): HandlerGroup {
  const importer = new DocumentImporter(ctx, options);
  const db = () => ctx.session.current.db;
  const detail = (id: number) => readDocumentDetail(db(), id, readCiteFormat(db()).batesWidth);
  return {
    'document.import': (request) => importer.import(request, request.importId ?? randomUUID()),
    'document.importCancel': ({ importId }) => ({ cancelled: importer.cancel(importId) }),
    'document.get': ({ id }) => detail(id),
    'document.update': (update) => {
      ctx.session.write((w) => updateDocument(w, update));
      ctx.events.publish('matter.changed', { reason: 'document-updated' });
      return detail(update.id);
    },
    'document.delete': ({ id }) => {
      ctx.session.write((w) => deleteDocument(w, id));
      ctx.events.publish('matter.changed', { reason: 'document-deleted' });
      return { deleted: true as const };
    },
    'document.pages': ({ id }) => listPages(db(), id),
    'cite.format': () => readCiteFormat(db()),
    'cite.setFormat': (format) => {
      ctx.session.write((w) => writeCiteFormat(w, format));
      ctx.events.publish('matter.changed', { reason: 'cite-format' });
      return format;
    },
  };
}
