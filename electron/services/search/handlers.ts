import { batesNumber, pinpointCite, type CiteFormat } from '../../../shared/citation/cite';
import type { SearchResponse, SearchResult } from '../../../shared/domain/document';
import type { AppContext } from '../app-context';
import { readCiteFormat } from '../documents/cite-format';
import { readPageGeometry } from '../documents/geometry';
import { defaultDocumentOptions, type DocumentOptions } from '../documents/options';
import { readPage } from '../documents/repository';
import type { HandlerGroup } from '../rpc/handler-table';
import { evidenceQuery, type WeightedTerm } from './evidence';
import { snippetPassage } from './highlights';
import { queryExpression } from './match-expression';
import { pageHitSpans, searchPages, type RankedPage, type SearchFilters } from './repository';

function toResult(page: RankedPage, format: CiteFormat): SearchResult {
  const document = { shortName: page.shortName, title: page.title, batesPrefix: page.batesPrefix, batesStart: page.batesStart };
  return {
    documentId: page.documentId,
    documentTitle: page.title,
    shortName: page.shortName,
    page: page.pageNumber,
    pageLabel: page.label,
    bates: batesNumber(document, page.pageNumber, format.batesWidth),
    cite: pinpointCite(document, { number: page.pageNumber, label: page.label }, format),
    score: Number((-page.rank).toFixed(4)),
    snippet: page.snippet,
    passage: snippetPassage(page.snippet, page.pageText),
  };
}

export function searchHandlers(ctx: AppContext, options: DocumentOptions = defaultDocumentOptions()): HandlerGroup {
  const db = () => ctx.session.current.db;
  const respond = (expression: string | null, terms: WeightedTerm[], filters: SearchFilters): SearchResponse => {
    if (!expression) return { results: [], terms };
    const format = readCiteFormat(db());
    return { results: searchPages(db(), expression, filters).map((page) => toResult(page, format)), terms };
  };
  const expressionFor = (query: string, mode: 'query' | 'like') =>
    mode === 'like' ? evidenceQuery(db(), query).expression : queryExpression(query);

  return {
    'search.query': ({ query, ...filters }) => respond(queryExpression(query), [], filters),
    'search.like': ({ text, ...filters }) => {
      const { expression, terms } = evidenceQuery(db(), text);
      return respond(expression, terms, filters);
    },
    'search.pageHits': async ({ documentId, page, query, mode }) => {
      const stored = readPage(db(), documentId, page);
      const expression = expressionFor(query, mode);
      const spans = expression ? pageHitSpans(db(), stored.id, expression) : [];
      if (spans.length === 0) return { spans, rects: [] };
      const geometry = await readPageGeometry(db(), options, { documentId, page, spans, region: null });
      return { spans, rects: geometry?.rects ?? spans.map(() => []) };
    },
  };
}
