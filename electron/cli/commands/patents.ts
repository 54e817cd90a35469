import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { labelSchemes } from '../../../shared/domain/matter';
import type { ParsedPatentView } from '../../../shared/domain/patent';
import { parseClaimSource, toParsedView, type ImportFormat } from '../../services/patents/import';
import { printJson, requireArg, UsageError, type CliCommand } from '../command';
import { withMatter } from '../open-matter';

const formats = ['text', 'uspto-xml', 'pdf'] as const;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${what} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** The documented `claims parse --json` shape: exactly these keys. */
function parseOutput(view: ParsedPatentView) {
  return {
    patent: view.patent,
    claims: view.claims.map((c) => ({
      number: c.number,
      text: c.text,
      dependsOn: c.dependsOn,
      category: c.category,
      preamble: c.preamble,
      transition: c.transition,
      limitations: c.limitations.map((l) => ({ label: l.label, text: l.text })),
      warnings: c.warnings,
    })),
  };
}

export const claimsParse: CliCommand = {
  path: ['claims', 'parse'],
  usage: 'claimchart claims parse FILE [--format text|uspto-xml|pdf] [--number US…] [--labels bracket|upper|decimal|bracket-dot] --json',
  summary: 'Parse a patent’s claims into limitations without a matter (format detected when not given). PDF or text up to 100 MB; USPTO XML up to 2 GiB, a weekly bulk file too: --number picks the patent in it.',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string' }, number: { type: 'string' }, labels: { type: 'string' }, json: { type: 'boolean' } },
    });
    const file = resolve(requireArg(positionals[0], 'FILE'));
    const format = oneOf<ImportFormat>(values.format, formats, '--format');
    const scheme = oneOf(values.labels, labelSchemes, '--labels') ?? 'bracket';
    const view = toParsedView(await parseClaimSource({ path: file }, { format, number: values.number }), scheme);
    if (values.json) {
      printJson(io, parseOutput(view));
      return 0;
    }
    for (const claim of view.claims) {
      io.out(`Claim ${claim.number}${claim.dependsOn.length > 0 ? ` (depends on ${claim.dependsOn.join(', ')})` : ''}: ${claim.category}`);
      for (const l of claim.limitations) io.out(`  ${l.label} ${l.text}`);
      for (const w of claim.warnings) io.out(`  ! ${w.message}`);
    }
    return 0;
  },
};

export const patentImport: CliCommand = {
  path: ['patent', 'import'],
  usage: 'claimchart patent import MATTER FILE [--format text|uspto-xml|pdf] [--number US…] --json',
  summary: 'Import a patent’s claims into a matter (fills the matter’s patent of that number, or adds it). Files as for claims parse; from a USPTO bulk XML file, --number picks the patent.',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string' }, number: { type: 'string' }, json: { type: 'boolean' } },
    });
    const matter = requireArg(positionals[0], 'MATTER');
    const file = resolve(requireArg(positionals[1], 'FILE'));
    const format = oneOf<ImportFormat>(values.format, formats, '--format');
    const patent = await withMatter(matter, {}, (call) =>
      call('patent.import', { source: { path: file }, ...(format ? { format } : {}), ...(values.number ? { number: values.number } : {}) }),
    );
    const summary = {
      id: patent.id,
      number: patent.number,
      title: patent.title,
      claimsComplete: patent.claimsComplete,
      claimCount: patent.claims.length,
      independentClaims: patent.claims.filter((c) => c.dependsOn.length === 0).map((c) => c.number),
      limitationCount: patent.claims.reduce((n, c) => n + c.limitations.length, 0),
      warnings: patent.claims.flatMap((c) => c.warnings.map((w) => ({ claim: c.number, ...w }))),
    };
    if (values.json) printJson(io, summary);
    else io.out(`Imported ${summary.claimCount} claims of ${summary.number}${summary.title ? ` (${summary.title})` : ''}.`);
    return 0;
  },
};
