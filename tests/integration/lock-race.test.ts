import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

/** A process that takes a matter's write lock at an agreed instant, says whether it got it, and holds it a while. */
const contender = `
import { acquireMatterLock } from ${JSON.stringify(resolve(__dirname, '../../electron/services/matter/lock.ts'))};
const [path, startAt] = [process.argv[2], Number(process.argv[3])];
while (Date.now() < startAt) {}
const lock = acquireMatterLock(path);
console.log(lock ? 'held' : 'refused');
setTimeout(() => lock?.release(), 1500);
`;

function run(script: string, args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args]);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', fail);
    child.on('exit', () => done(out.trim()));
  });
}

describe('the write lock', () => {
  it('goes to exactly one of several processes that find a dead writer’s lock at the same instant', async () => {
    const dir = tempDir();
    const script = join(dir, 'contender.cjs');
    writeFileSync(join(dir, 'contender.ts'), contender);
    buildSync({ entryPoints: [join(dir, 'contender.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: script, logLevel: 'warning' });
    const matter = join(dir, 'race.claimchart');
    for (let round = 0; round < 5; round += 1) {
      writeFileSync(`${matter}.lock`, JSON.stringify({ pid: 2 ** 22 + 1, host: hostname() })); // no such process
      const startAt = Date.now() + 500;
      const answers = await Promise.all(Array.from({ length: 8 }, () => run(script, [matter, String(startAt)])));
      expect(answers.filter((a) => a === 'held'), `round ${round}: ${answers.join(' ')}`).toHaveLength(1);
    }
  }, 60_000);
});
