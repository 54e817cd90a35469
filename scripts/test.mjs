// `npm test`: every check and every test, in the order that fails fastest.
//   1. type-check each layer (shared / renderer / node / tests)
//   2. build the app (the end-to-end and CLI tests run the built output)
//   3. unit + integration, end to end, and the corpus suite when ../shared/data exists
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = fileURLToPath(new URL('../../shared/data', import.meta.url));

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

run('type-check', 'npm', ['run', '--silent', 'typecheck']);
run('build', 'node', ['scripts/build.mjs']);

const projects = ['unit', 'e2e'];
const hasCorpus = existsSync(corpusDir);
if (hasCorpus) projects.push('corpus');

mkdirSync(`${root}tests/e2e/artifacts`, { recursive: true });
const report = `${root}tests/e2e/artifacts/vitest-report.json`;
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { cwd: root, stdio: 'inherit', env: process.env },
);

let summary = 'no test report was written';
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  summary = `${results.numPassedTests} passed, ${results.numFailedTests} failed`;
  if (results.numPendingTests + results.numTodoTests > 0) summary += `, ${results.numPendingTests + results.numTodoTests} skipped`;
}
if (!hasCorpus) {
  console.log(`\nNOTE: the corpus suite did NOT run: ${corpusDir} does not exist (real patents and PDFs are read from there).`);
}
console.log(`\ntests: ${summary}`);
process.exit(vitest.status ?? 1);
