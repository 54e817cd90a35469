import type { RefusalCode } from '../../../shared/domain/document';

/** A file the importer will not take, with the reason in words the user can act on. */
export class ImportRefused extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
  }
}

/** The reason an import is aborted with when the user cancels it. */
export const CANCELLED = new ImportRefused('cancelled', 'The import was cancelled; nothing of this file was saved.');
