/** `claimchart`: the command line, built on the same services and handler table as the app. */
import { AppError } from '../../shared/errors';
import { UsageError, type CliCommand, type CliIo } from './command';
import { chartCite, chartCreate, chartShow } from './commands/charts';
import { documentImport, excerptAdd, search } from './commands/documents';
import { chartExport, chartVerify } from './commands/export';
import { matterCreate, matterInfo, matterSet } from './commands/matter';
import { claimsParse, patentImport } from './commands/patents';
import { productAdd, productList } from './commands/products';

const commands: readonly CliCommand[] = [matterCreate, matterInfo, matterSet, claimsParse, patentImport, productAdd, productList, chartCreate, chartCite, chartShow, documentImport, search, excerptAdd, chartVerify, chartExport];

function help(): string {
  const lines = commands.map((c) => `  ${c.usage}\n      ${c.summary}`);
  return ['ClaimChart command line', '', 'Usage:', ...lines, '', '  claimchart --help'].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(help());
    return argv.length === 0 ? 2 : 0;
  }
  const command = commands.find((c) => c.path.every((part, i) => argv[i] === part));
  if (!command) {
    io.err(`claimchart: unknown command "${argv.slice(0, 2).join(' ')}"\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(argv.slice(command.path.length), io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`claimchart: ${(error as Error).message}\nusage: ${command.usage}`);
      return 2;
    }
    if (error instanceof AppError) {
      io.err(`claimchart: ${error.message}`);
      return 1;
    }
    io.err(`claimchart: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
