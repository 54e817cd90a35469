import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { MatterSummary } from '../../../shared/domain/matter';
import { printJson, requireArg, UsageError, type CliCommand, type CliIo } from '../command';
import { closeMatter } from '../../services/app-context';
import { newContext, withMatter } from '../open-matter';
import { createHandlers } from '../../services/handlers';
import { inProcessClient } from '../../services/rpc/dispatch';

/** An option given as "" clears that detail (null); one left out is not sent. */
const clearable = (value: string | undefined) => (value === undefined ? undefined : value.trim() === '' ? null : value);

function printSummary(io: CliIo, summary: MatterSummary): void {
  io.out(`${summary.name}${summary.caseNumber ? ` (${summary.caseNumber})` : ''}${summary.court ? `, ${summary.court}` : ''}`);
}

export const matterCreate: CliCommand = {
  path: ['matter', 'create'],
  usage: 'claimchart matter create FILE.claimchart --name NAME [--court COURT] [--case-number NUMBER] [--json]',
  summary: 'Create an empty matter file with its case name, and optionally the court and case number its exports’ caption shows.',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' }, court: { type: 'string' }, 'case-number': { type: 'string' }, json: { type: 'boolean' } },
    });
    const file = resolve(requireArg(positionals[0], 'FILE'));
    const ctx = newContext();
    try {
      const call = inProcessClient(createHandlers(ctx));
      const summary = await call('matter.create', {
        path: file,
        name: requireArg(values.name, '--name NAME'),
        court: clearable(values.court),
        caseNumber: clearable(values['case-number']),
      });
      if (values.json) printJson(io, summary);
      else io.out(`Created ${summary.path} ("${summary.name}").`);
    } finally {
      await closeMatter(ctx);
    }
    return 0;
  },
};

export const matterInfo: CliCommand = {
  path: ['matter', 'info'],
  usage: 'claimchart matter info FILE.claimchart [--json]',
  summary: 'Show a matter: case, patents, products, documents, charts.',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const file = requireArg(positionals[0], 'FILE');
    const overview = await withMatter(file, { readOnly: true }, (call) => call('matter.overview', {}));
    if (values.json) {
      printJson(io, overview);
      return 0;
    }
    io.out(`${overview.matter.name}${overview.matter.caseNumber ? ` (${overview.matter.caseNumber})` : ''}`);
    io.out(`Patents: ${overview.patents.length}; products: ${overview.products.length}; documents: ${overview.documents.length}; charts: ${overview.charts.length}`);
    for (const p of overview.patents) {
      const state = p.claimsComplete ? 'claims complete' : `claims incomplete (${p.importedClaimCount} imported)`;
      io.out(`  ${p.number}${p.title ? ` ${p.title}` : ''}: ${state}`);
    }
    return 0;
  },
};

export const matterSet: CliCommand = {
  path: ['matter', 'set'],
  usage:
    'claimchart matter set FILE.claimchart [--name NAME] [--court COURT] [--case-number NUMBER] [--filed YYYY-MM-DD] [--plaintiff NAME] [--defendant NAME]… [--json]',
  summary: 'Change a matter’s case details (only those given; "" clears one). --defendant replaces the list.',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        court: { type: 'string' },
        'case-number': { type: 'string' },
        filed: { type: 'string' },
        plaintiff: { type: 'string' },
        defendant: { type: 'string', multiple: true },
        json: { type: 'boolean' },
      },
    });
    const file = requireArg(positionals[0], 'FILE');
    const update = {
      name: values.name,
      court: clearable(values.court),
      caseNumber: clearable(values['case-number']),
      filedOn: clearable(values.filed),
      plaintiff: clearable(values.plaintiff),
      defendants: values.defendant?.filter((name) => name.trim() !== ''),
    };
    if (Object.values(update).every((value) => value === undefined)) {
      throw new UsageError('give at least one of --name, --court, --case-number, --filed, --plaintiff, --defendant');
    }
    const summary = await withMatter(file, {}, (call) => call('matter.update', update));
    if (values.json) printJson(io, summary);
    else printSummary(io, summary);
    return 0;
  },
};
