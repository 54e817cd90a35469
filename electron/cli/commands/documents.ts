import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { documentTypes } from '../../../shared/domain/matter';
import type { ImportMetadata, SearchResponse } from '../../../shared/domain/document';
import { findProductIdByName } from '../../services/products/repository';
import type { Db } from '../../services/db/open';
import { positiveInt, printJson, requireArg, UsageError, type CliCommand, type CliIo } from '../command';
import { withMatter } from '../open-matter';

function productIdsByName(db: Db, names: readonly string[]): number[] {
  return names.map((name) => {
    const id = findProductIdByName(db, name);
    if (id === undefined) throw new UsageError(`the matter has no product named "${name}"`);
    return id;
  });
}

function docType(value: string | undefined): ImportMetadata['docType'] {
  if (value === undefined) return undefined;
  const found = documentTypes.find((t) => t === value);
  if (!found) throw new UsageError(`--type must be one of ${documentTypes.join(', ')}`);
  return found;
}

function nonNegativeInt(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${what} must be a whole number`);
  return n;
}

export const documentImport: CliCommand = {
  path: ['doc', 'import'],
  usage:
    'claimchart doc import MATTER FILE… [--title T] [--short-name S] [--type TYPE] [--bates-prefix P --bates-start N] [--product NAME]… [--password PW] [--confidentiality C] [--source-url URL --accessed YYYY-MM-DD] [--json]',
  summary: 'Import PDFs (up to 512 MiB each): one line per file, imported or refused with the reason. Ctrl-C cancels.',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        'short-name': { type: 'string' },
        type: { type: 'string' },
        'bates-prefix': { type: 'string' },
        'bates-start': { type: 'string' },
        product: { type: 'string', multiple: true },
        password: { type: 'string' },
        confidentiality: { type: 'string' },
        'source-url': { type: 'string' },
        accessed: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const [matter, ...files] = positionals;
    requireArg(matter, 'MATTER');
    if (files.length === 0) throw new UsageError('missing FILE');
    const outcomes = await withMatter(matter!, {}, async (call, ctx) => {
      const importId = randomUUID();
      // Ctrl-C cancels cleanly: the file being read is dropped whole, the ones before it stay imported.
      const cancel = () => void call('document.importCancel', { importId });
      process.once('SIGINT', cancel);
      try {
        const result = await call('document.import', {
          importId,
          paths: files.map((f) => resolve(f)),
          password: values.password,
          defaults: {
            title: values.title,
            shortName: values['short-name'],
            docType: docType(values.type),
            productIds: values.product ? productIdsByName(ctx.session.current.db, values.product) : undefined,
            batesPrefix: values['bates-prefix'],
            batesStart: nonNegativeInt(values['bates-start'], '--bates-start'),
            confidentiality: values.confidentiality,
            sourceUrl: values['source-url'],
            accessedOn: values.accessed,
          },
        });
        return result.outcomes;
      } finally {
        process.off('SIGINT', cancel);
      }
    });
    for (const outcome of outcomes) {
      if (values.json) io.out(JSON.stringify(outcome));
      else if (outcome.status === 'imported') {
        io.out(`imported  ${outcome.path}  → document ${outcome.documentId}, ${outcome.pageCount} pages`);
        for (const warning of outcome.warnings) io.out(`          ! ${warning}`);
      } else if (outcome.status === 'duplicate') io.out(`duplicate ${outcome.path}  = document ${outcome.documentId}`);
      else io.out(`refused   ${outcome.path}  (${outcome.code}) ${outcome.message}`);
    }
    return outcomes.some((o) => o.status === 'refused') ? 1 : 0;
  },
};

function printResults(io: CliIo, response: SearchResponse): void {
  for (const r of response.results) {
    let marked = '';
    let at = 0;
    for (const [start, end] of r.snippet.hits) {
      marked += `${r.snippet.text.slice(at, start)}[${r.snippet.text.slice(start, end)}]`;
      at = end;
    }
    marked += r.snippet.text.slice(at);
    io.out(`${r.cite}  (document ${r.documentId}, page ${r.page}, score ${r.score})`);
    io.out(`    ${marked.replace(/\s+/g, ' ').trim()}`);
  }
}

export const search: CliCommand = {
  path: ['search'],
  usage: 'claimchart search MATTER (QUERY | --like "LIMITATION TEXT") [--limit N] [--doc ID]… [--product NAME] [--json]',
  summary: 'Full-text search of the matter’s documents, or (--like) find evidence for a limitation.',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        like: { type: 'string' },
        limit: { type: 'string' },
        doc: { type: 'string', multiple: true },
        product: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const [matter, query] = positionals;
    requireArg(matter, 'MATTER');
    if ((query === undefined) === (values.like === undefined)) throw new UsageError('give either QUERY or --like TEXT');
    const response = await withMatter(matter!, { readOnly: true }, (call, ctx) => {
      const filters = {
        limit: positiveInt(values.limit, '--limit'),
        documentIds: values.doc?.map((d) => positiveInt(d, '--doc')!),
        productId: values.product ? productIdsByName(ctx.session.current.db, [values.product])[0] : undefined,
      };
      return values.like !== undefined ? call('search.like', { text: values.like, ...filters }) : call('search.query', { query: query!, ...filters });
    });
    if (values.json) printJson(io, response);
    else printResults(io, response);
    return 0;
  },
};

export const excerptAdd: CliCommand = {
  path: ['excerpt', 'add'],
  usage: 'claimchart excerpt add MATTER --doc ID --page N --quote TEXT [--note T] [--tag T]… [--json]',
  summary: 'Add a text excerpt; the quote must be on that page (spacing, line-end hyphens and ligatures may differ).',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        doc: { type: 'string' },
        page: { type: 'string' },
        quote: { type: 'string' },
        note: { type: 'string' },
        tag: { type: 'string', multiple: true },
        json: { type: 'boolean' },
      },
    });
    const matter = requireArg(positionals[0], 'MATTER');
    const excerpt = await withMatter(matter, {}, (call) =>
      call('excerpt.create', {
        kind: 'text',
        documentId: positiveInt(requireArg(values.doc, '--doc ID'), '--doc')!,
        page: positiveInt(requireArg(values.page, '--page N'), '--page')!,
        quote: requireArg(values.quote, '--quote TEXT'),
        note: values.note,
        tags: values.tag,
      }),
    );
    if (values.json) printJson(io, excerpt);
    else io.out(`Excerpt ${excerpt.id}: ${excerpt.cite}`);
    return 0;
  },
};
