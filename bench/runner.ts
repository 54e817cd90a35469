// Runs one built benchmark module in this process and prints its result as one `BENCH_RESULT {json}` line.
import { pathToFileURL } from 'node:url';
import type { BenchContext, BenchResult } from './types';

const [modulePath, workDir, root] = process.argv.slice(2) as [string, string, string];
const module = (await import(pathToFileURL(modulePath).href)) as { default: (ctx: BenchContext) => Promise<BenchResult> };
const result = await module.default({ workDir, root, log: (m) => console.log(`  ${m}`) });
console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
