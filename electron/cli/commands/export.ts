import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportOptionsInput, ExportRequest, VerificationReport } from '../../../shared/domain/export';
import { positiveInt, printJson, requireArg, UsageError, type CliCommand, type CliIo } from '../command';
import { withMatter } from '../open-matter';

const EXTENSIONS: Readonly<Record<string, string>> = { docx: 'docx', html: 'html', csv: 'csv', packet: 'pdf' };

function describeVerification(io: CliIo, report: VerificationReport): void {
  const checked = `${report.quotesChecked} quote${report.quotesChecked === 1 ? '' : 's'} and ${report.citationsChecked} citation${report.citationsChecked === 1 ? '' : 's'}`;
  if (report.passed) {
    io.out(`Verification passed: ${checked} checked.`);
    return;
  }
  io.out(`Verification FAILED (${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in ${checked}):`);
  for (const problem of report.problems) io.out(`  Claim ${problem.claimNumber} ${problem.rowLabel}: ${problem.message}`);
}

interface OptionFlags {
  paper?: string;
  labels?: string;
  'cite-format'?: string;
  exhibit?: string;
  'claim-heading'?: string;
  'evidence-heading'?: string;
  status?: boolean;
  'no-equivalents'?: boolean;
  'no-index'?: boolean;
  font?: string;
  'font-size'?: string;
  template?: string;
}

function citeFormatFlag(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    throw new UsageError('--cite-format must be JSON: {"batesWidth":7,"withBates":"{short} at {bates}","withoutBates":"{short} at {page}"}');
  }
}

/** The options the flags give; the contract's schema fills in the others and refuses bad values. */
function exportOptions(flags: OptionFlags): ExportOptionsInput {
  const options = {
    paper: flags.paper,
    labelScheme: flags.labels,
    citeFormat: flags['cite-format'] === undefined ? undefined : citeFormatFlag(flags['cite-format']),
    exhibitLabel: flags.exhibit,
    columnHeadings: { claim: flags['claim-heading'], evidence: flags['evidence-heading'] },
    includeStatus: flags.status ? true : undefined,
    includeEquivalents: flags['no-equivalents'] ? false : undefined,
    includeExhibitIndex: flags['no-index'] ? false : undefined,
    fontFamily: flags.font,
    fontSizePt: flags['font-size'] === undefined ? undefined : Number(flags['font-size']),
    templatePath: flags.template === undefined ? undefined : resolve(flags.template),
  };
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as ExportOptionsInput;
}

export const chartExport: CliCommand = {
  path: ['export'],
  usage:
    'claimchart export MATTER --chart ID --format docx|html|csv|packet [-o FILE] [--labels SCHEME] [--template FILE.docx] [--paper letter|a4] [--status] [--no-equivalents] [--no-index] [--exhibit LABEL] [--font NAME] [--font-size PT] [--cite-format JSON] [--claim-heading TEXT] [--evidence-heading TEXT] [--override "reason"] [--json]',
  summary: 'Verify a chart’s quotes and citations, then write it as DOCX, HTML, CSV or the PDF exhibit packet (exit 1 when verification fails and there is no --override).',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        chart: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        labels: { type: 'string' },
        template: { type: 'string' },
        paper: { type: 'string' },
        status: { type: 'boolean' },
        'no-equivalents': { type: 'boolean' },
        'no-index': { type: 'boolean' },
        exhibit: { type: 'string' },
        font: { type: 'string' },
        'font-size': { type: 'string' },
        'cite-format': { type: 'string' },
        'claim-heading': { type: 'string' },
        'evidence-heading': { type: 'string' },
        override: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const matter = requireArg(positionals[0], 'MATTER');
    const chartId = positiveInt(requireArg(values.chart, '--chart ID'), '--chart')!;
    const format = requireArg(values.format, '--format docx|html|csv|packet');
    const extension = EXTENSIONS[format];
    if (!extension) throw new UsageError('--format must be one of docx, html, csv, packet');
    const request: ExportRequest = {
      chartId,
      format: format as ExportRequest['format'],
      options: exportOptions(values),
      outputPath: resolve(values.output ?? `chart-${chartId}.${extension}`),
      ...(values.override !== undefined ? { override: { reason: values.override } } : {}),
    };
    const result = await withMatter(matter, {}, (call) => call('export.run', request));
    if (values.json) {
      printJson(io, result);
    } else {
      if (result.status === 'written') io.out(result.path);
      describeVerification(io, result.verification);
      if (result.status === 'blocked') io.out('Nothing was written. Fix the quotes, or export with --override "reason" (the reason is recorded).');
      else if (result.overrideReason) io.out(`Exported despite the failed verification; recorded reason: ${result.overrideReason}`);
    }
    return result.status === 'written' ? 0 : 1;
  },
};

export const chartVerify: CliCommand = {
  path: ['verify'],
  usage: 'claimchart verify MATTER [--chart ID] [--json]',
  summary: 'Check every quote of a chart (or of every chart) against its source page, and every citation’s excerpt (exit 1 on a problem).',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { chart: { type: 'string' }, json: { type: 'boolean' } },
    });
    const matter = requireArg(positionals[0], 'MATTER');
    const chartId = positiveInt(values.chart, '--chart');
    const reports = await withMatter(matter, { readOnly: true }, async (call) => {
      const chartIds = chartId !== undefined ? [chartId] : (await call('matter.overview', {})).charts.map((c) => c.id);
      const found: VerificationReport[] = [];
      for (const id of chartIds) found.push(await call('export.verify', { chartId: id }));
      return found;
    });
    if (values.json) printJson(io, chartId !== undefined ? reports[0] : reports);
    else {
      for (const report of reports) {
        io.out(`Chart ${report.chartId}:`);
        describeVerification(io, report);
      }
    }
    return reports.every((r) => r.passed) ? 0 : 1;
  },
};
