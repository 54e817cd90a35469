import { parseArgs } from 'node:util';
import type { ProductSummary } from '../../../shared/domain/matter';
import { findByName, printJson, requireArg, type CliCommand } from '../command';
import { withMatter } from '../open-matter';

/** A product as the CLI prints it: the product it is "same as" by name too, so a family reads without ids. */
function productOutput(product: ProductSummary, all: readonly ProductSummary[]) {
  return { ...product, sameAs: all.find((p) => p.id === product.sameAsId)?.name ?? null };
}

export const productAdd: CliCommand = {
  path: ['product', 'add'],
  usage: 'claimchart product add MATTER --name NAME [--maker MAKER] [--note NOTE] [--same-as NAME] [--json]',
  summary: 'Add an accused product; --same-as makes it a rebranding of another (one family, one chart).',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' }, maker: { type: 'string' }, note: { type: 'string' }, 'same-as': { type: 'string' }, json: { type: 'boolean' } },
    });
    const matter = requireArg(positionals[0], 'MATTER');
    const name = requireArg(values.name, '--name NAME');
    const { product, products } = await withMatter(matter, {}, async (call) => {
      const sameAs = values['same-as'];
      const sameAsId = sameAs === undefined ? undefined : findByName((await call('matter.overview', {})).products, (p) => p.name, sameAs, 'product').id;
      const added = await call('product.create', { name, maker: values.maker, note: values.note, sameAsId });
      return { product: added, products: (await call('matter.overview', {})).products };
    });
    const output = productOutput(product, products);
    if (values.json) printJson(io, output);
    else io.out(`Added product ${output.id} "${output.name}"${output.sameAs ? `, the same as "${output.sameAs}"` : ''}.`);
    return 0;
  },
};

export const productList: CliCommand = {
  path: ['product', 'list'],
  usage: 'claimchart product list MATTER [--json]',
  summary: 'List the accused products, by name, each with its maker and the product it is the same as.',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const matter = requireArg(positionals[0], 'MATTER');
    const { products } = await withMatter(matter, { readOnly: true }, (call) => call('matter.overview', {}));
    const output = products.map((p) => productOutput(p, products));
    if (values.json) {
      printJson(io, output);
      return 0;
    }
    if (output.length === 0) io.out('No products yet: add one with `claimchart product add`.');
    for (const p of output) io.out(`${p.id}  ${p.name}${p.maker ? ` (${p.maker})` : ''}${p.sameAs ? ` — same as ${p.sameAs}` : ''}`);
    return 0;
  },
};
