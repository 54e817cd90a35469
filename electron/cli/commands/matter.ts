import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { printJson, requireArg, type CliCommand } from '../command';
import { closeMatter } from '../../services/app-context';
import { newContext, withMatter } from '../open-matter';
import { createHandlers } from '../../services/handlers';
import { inProcessClient } from '../../services/rpc/dispatch';

export const matterCreate: CliCommand = {
  path: ['matter', 'create'],
  usage: 'claimchart matter create FILE.claimchart --name NAME [--json]',
  summary: 'Create an empty matter file.',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' }, json: { type: 'boolean' } },
    });
    const file = resolve(requireArg(positionals[0], 'FILE'));
    const ctx = newContext();
    try {
      const call = inProcessClient(createHandlers(ctx));
      const summary = await call('matter.create', { path: file, name: requireArg(values.name, '--name NAME') });
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
