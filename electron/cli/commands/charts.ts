import { parseArgs } from 'node:util';
import { cellPlainText } from '../../../shared/chart/cell-schema';
import { patentNumbersMatch } from '../../../shared/claims/types';
import { ChartStatusSchema, type ChartDetail, type ChartRow } from '../../../shared/domain/chart';
import type { MatterOverview } from '../../../shared/domain/matter';
import { AppError } from '../../../shared/errors';
import { findByName, positiveInt, printJson, requireArg, UsageError, type CliCommand, type CliIo } from '../command';
import { withMatter } from '../open-matter';

/** What `chart show` prints of a row: never the internal note, which stays in the app. */
function rowOutput(row: ChartRow) {
  return {
    label: row.label,
    limitationId: row.limitationId,
    claimNumber: row.claimNumber,
    claimText: row.claimText,
    status: row.status,
    text: cellPlainText(row.content).trimEnd(),
    equivalents: row.status === 'equivalents' ? row.equivalents : null,
    cites: row.evidence.map((e) => ({ excerptId: e.excerptId, cite: e.cite })),
    quotesMatch: row.quoteChecks.every((q) => q.matches),
  };
}

function chartOutput(chart: ChartDetail) {
  return {
    id: chart.id,
    title: chart.title,
    kind: chart.kind,
    patent: chart.patent.number,
    claims: chart.claimNumbers,
    products: chart.family.map((p) => p.name),
    references: chart.references.map((r) => r.shortName),
    coverage: chart.coverage,
    rows: chart.rows.map(rowOutput),
  };
}

function printRow(io: CliIo, row: ReturnType<typeof rowOutput>): void {
  io.out(`${row.label} [${row.status}] ${row.claimText}`);
  for (const line of row.text.split('\n').filter(Boolean)) io.out(`    ${line}`);
  for (const cite of row.cites) io.out(`    — ${cite.cite} (excerpt ${cite.excerptId})`);
  if (!row.quotesMatch) io.out('    ! a quote does not match its source');
}

function claimList(value: string | undefined): number[] {
  const parts = requireArg(value, '--claims 1,2,3').split(',');
  return parts.map((part) => positiveInt(part.trim(), '--claims')!);
}

function status(value: string | undefined) {
  if (value === undefined) return undefined;
  const parsed = ChartStatusSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--status must be one of ${ChartStatusSchema.options.join(', ')}`);
  return parsed.data;
}

function findPatent(overview: MatterOverview, number: string) {
  const patent = overview.patents.find((p) => patentNumbersMatch(p.number, number));
  if (!patent) throw new AppError('not-found', `No patent ${number} in this matter (it has ${overview.patents.map((p) => p.number).join(', ') || 'none'}).`);
  return patent;
}

/** "1a", "[1a]" and "[1A]" name the same row. */
const labelKey = (label: string) => label.replace(/[[\]\s]/g, '').toLowerCase();

function findRow(chart: ChartDetail, label: string): ChartRow {
  const row = chart.rows.find((r) => labelKey(r.label) === labelKey(label));
  if (!row) throw new AppError('not-found', `Chart ${chart.id} has no row ${label} (its rows: ${chart.rows.map((r) => r.label).join(' ')}).`);
  return row;
}

export const chartCreate: CliCommand = {
  path: ['chart', 'create'],
  usage: 'claimchart chart create MATTER --patent NUMBER --claims 1,2,3 (--product NAME | --reference DOCUMENT…) [--title TITLE] [--json]',
  summary: 'Create a claim chart: a patent’s asserted claims against an accused product or prior-art documents.',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        patent: { type: 'string' },
        claims: { type: 'string' },
        product: { type: 'string' },
        reference: { type: 'string', multiple: true },
        title: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const matter = requireArg(positionals[0], 'MATTER');
    const number = requireArg(values.patent, '--patent NUMBER');
    const claimNumbers = claimList(values.claims);
    if ((values.product === undefined) === (values.reference === undefined)) throw new UsageError('give either --product or --reference');
    const chart = await withMatter(matter, {}, async (call) => {
      const overview = await call('matter.overview', {});
      const common = { patentId: findPatent(overview, number).id, claimNumbers, ...(values.title ? { title: values.title } : {}) };
      if (values.product !== undefined) {
        const product = findByName(overview.products, (p) => p.name, values.product, 'product');
        return call('chart.create', { kind: 'infringement', productId: product.id, ...common });
      }
      const documentIds = (values.reference ?? []).map((ref) => findByName(overview.documents, (d) => d.shortName, ref, 'document').id);
      return call('chart.create', { kind: 'invalidity', documentIds, ...common });
    });
    if (values.json) printJson(io, chartOutput(chart));
    else io.out(`Created chart ${chart.id} "${chart.title}" with ${chart.rows.length} rows.`);
    return 0;
  },
};

export const chartCite: CliCommand = {
  path: ['chart', 'cite'],
  usage: `claimchart chart cite MATTER --chart ID --limitation LABEL --excerpt ID [--status ${ChartStatusSchema.options.join('|')}] [--json]`,
  summary: 'Cite an excerpt in a chart row: its quote and cite (text) or its figure (region) at the end of the row.',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        chart: { type: 'string' },
        limitation: { type: 'string' },
        excerpt: { type: 'string' },
        status: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const matter = requireArg(positionals[0], 'MATTER');
    const chartId = positiveInt(requireArg(values.chart, '--chart ID'), '--chart')!;
    const label = requireArg(values.limitation, '--limitation LABEL');
    const excerptId = positiveInt(requireArg(values.excerpt, '--excerpt ID'), '--excerpt')!;
    const newStatus = status(values.status);
    const row = await withMatter(matter, {}, async (call) => {
      const { limitationId } = findRow(await call('chart.get', { chartId }), label);
      return call('chart.cite', { chartId, limitationId, excerptId, ...(newStatus ? { status: newStatus } : {}) });
    });
    if (values.json) printJson(io, rowOutput(row));
    else printRow(io, rowOutput(row));
    return 0;
  },
};

export const chartShow: CliCommand = {
  path: ['chart', 'show'],
  usage: 'claimchart chart show MATTER --chart ID [--json]',
  summary: 'Show a chart: each row’s label, claim text, status, cell text and cites.',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { chart: { type: 'string' }, json: { type: 'boolean' } },
    });
    const matter = requireArg(positionals[0], 'MATTER');
    const chartId = positiveInt(requireArg(values.chart, '--chart ID'), '--chart')!;
    const chart = chartOutput(await withMatter(matter, { readOnly: true }, (call) => call('chart.get', { chartId })));
    if (values.json) {
      printJson(io, chart);
      return 0;
    }
    io.out(`${chart.title} (chart ${chart.id}, claims ${chart.claims.join(', ')})`);
    for (const row of chart.rows) printRow(io, row);
    return 0;
  },
};
