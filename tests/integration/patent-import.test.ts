import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseClaimsText } from '../../shared/claims/parse-text';
import type { ParsedPatent } from '../../shared/claims/types';
import { importParsedPatent } from '../../electron/services/patents/import';
import { createTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(async () => {
  await app.dispose();
});

const biblio = (number: string): NonNullable<ParsedPatent['patent']> => ({
  number,
  kind: 'B2',
  title: 'Widget',
  applicationNumber: null,
  filingDate: null,
  issueDate: null,
  publicationDate: null,
  inventors: [],
  assignee: null,
  abstract: null,
});

describe('importing parsed claims into the matter', () => {
  it('refuses claims whose patent is not the number the import is for, writing nothing', async () => {
    const parsed: ParsedPatent = { patent: biblio('US7000001B2'), ...parseClaimsText('1. A widget comprising: a base.') };
    const before = (await app.call('matter.overview', {})).patents.length;
    expect(() => app.ctx.session.write((db) => importParsedPatent(db, parsed, { number: 'US 8,218,566' }))).toThrowError(
      /from US7000001B2, not US 8,218,566: nothing was imported/,
    );
    expect((await app.call('matter.overview', {})).patents.length).toBe(before);
  });
});
