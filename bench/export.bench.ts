/**
 * DOCX export of a full chart — 300 rows, 600 citations (quotes and cites), 60 figures captured as multi-
 * megabyte screenshots — against pandoc converting the same content, written as Markdown (a grid table, the
 * same quotes and cites, the same image files), to DOCX in the same run. Target: faster, and a smaller file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppContext, openInitialMatter } from '../electron/services/app-context';
import { loadExportChart } from '../electron/services/export/load-chart';
import type { ExportChart } from '../electron/services/export/model';
import { createHandlers } from '../electron/services/handlers';
import { inProcessClient } from '../electron/services/rpc/dispatch';
import { citedExcerptIds } from '../shared/chart/cell-schema';
import { ExportOptionsSchema } from '../shared/domain/export';
import { generateBenchChart } from './generated-chart';
import type { BenchContext, BenchResult } from './types';



export default async function run(ctx: BenchContext): Promise<BenchResult> {
  const app = createAppContext({ dataDir: join(ctx.workDir, 'data'), transport: 'in-process' });
  openInitialMatter(app);
  ctx.log('generating the matter: a 30-claim patent, a 100-page manual, 600 text and 60 region excerpts…');
  const fixture = await generateBenchChart(app, { width: 1600, height: 1000 });
  const chart = loadExportChart(app.session.current.db, fixture.chartId, ExportOptionsSchema.parse({}));
  const citations = chart.rows.reduce((n, row) => n + citedExcerptIds(row.content).length, 0);
  ctx.log(`chart: ${chart.rows.length} rows, ${citations} citations (${fixture.quotes.length} quotes), ${fixture.figureCount} figures`);

  const call = inProcessClient(createHandlers(app));
  await app.backups.idle(); // the rolling backup of the freshly written matter is not part of an export
  const ours = join(ctx.workDir, 'claimchart.docx');
  const started = performance.now();
  const result = await call('export.run', { chartId: fixture.chartId, format: 'docx', outputPath: ours });
  const ourSeconds = (performance.now() - started) / 1000;
  if (result.status !== 'written') throw new Error('the generated chart did not verify');
  const ourMiB = statSync(ours).size / 2 ** 20;
  ctx.log(`ClaimChart: ${ourSeconds.toFixed(2)} s, ${ourMiB.toFixed(1)} MiB`);

  const markdown = writeMarkdown(chart, join(ctx.workDir, 'pandoc'));
  const theirs = join(ctx.workDir, 'pandoc.docx');
  const pandocStarted = performance.now();
  const pandoc = spawnSync('pandoc', [markdown, '--from', 'markdown', '-o', theirs], { cwd: join(ctx.workDir, 'pandoc'), encoding: 'utf8' });
  const pandocSeconds = (performance.now() - pandocStarted) / 1000;
  if (pandoc.status !== 0) throw new Error(`pandoc failed: ${pandoc.stderr}`);
  const pandocMiB = statSync(theirs).size / 2 ** 20;
  ctx.log(`pandoc: ${pandocSeconds.toFixed(2)} s, ${pandocMiB.toFixed(1)} MiB`);
  app.session.close();

  return {
    name: 'DOCX export (300 rows, 600 citations, 60 figures)',
    figures: [
      { label: 'export', value: ourSeconds, unit: 's' },
      { label: 'file', value: ourMiB, unit: 'MiB' },
    ],
    peer: {
      name: 'pandoc (Markdown → DOCX)',
      figures: [
        { label: 'convert', value: pandocSeconds, unit: 's' },
        { label: 'file', value: pandocMiB, unit: 'MiB' },
      ],
    },
    ratio: { value: ourSeconds / pandocSeconds, describes: 'export time, ClaimChart / pandoc' },
    target: { description: 'faster than pandoc and a smaller file', met: ourSeconds < pandocSeconds && ourMiB < pandocMiB },
  };
}

// ── The same content as Markdown for pandoc ─────────────────────────────────────────────────────────

const CLAIM_WIDTH = 50;
const EVIDENCE_WIDTH = 110;

/** The chart as a pandoc grid table (the only Markdown table whose cells hold quotes and images), images as files. */
function writeMarkdown(chart: ExportChart, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const cite = (id: number) => chart.excerpts.get(id)?.cite ?? '';
  const images = new Map<string, string>();
  const imageFile = (sha: string) => {
    let file = images.get(sha);
    if (!file) {
      file = `figure-${images.size + 1}.png`;
      writeFileSync(join(dir, file), chart.image(sha));
      images.set(sha, file);
    }
    return file;
  };
  const rule = (char: string) => `+${char.repeat(CLAIM_WIDTH + 2)}+${char.repeat(EVIDENCE_WIDTH + 2)}+`;
  const lines = [`# ${chart.caption.exhibitLabel}`, '', `**${chart.caption.title}**`, '', rule('-')];
  const pushRow = (left: string[], right: string[]) => {
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      lines.push(`| ${(left[i] ?? '').padEnd(CLAIM_WIDTH)} | ${(right[i] ?? '').padEnd(EVIDENCE_WIDTH)} |`);
    }
  };
  pushRow([chart.columns.claim], [chart.columns.evidence]);
  lines.push(rule('='));
  for (const row of chart.rows) {
    const evidence: string[] = [];
    for (const block of row.content) {
      const paragraph = (() => {
        switch (block.type) {
          case 'paragraph':
            return wrap(block.children.map((c) => ('type' in c ? cite(c.excerptId) : c.text)).join(''), EVIDENCE_WIDTH);
          case 'bulleted-list':
          case 'numbered-list':
            return block.children.flatMap((item, i) =>
              wrap(`${block.type === 'numbered-list' ? `${i + 1}.` : '-'} ${item.children.map((c) => ('type' in c ? cite(c.excerptId) : c.text)).join('')}`, EVIDENCE_WIDTH),
            );
          case 'quote':
            return wrap(`${block.children.map((c) => c.text).join('')} ${cite(block.excerptId)}`, EVIDENCE_WIDTH - 2).map((l) => `> ${l}`);
          case 'figure': {
            const sha = chart.excerpts.get(block.excerptId)?.imageSha256;
            return sha ? [`![${block.caption} ${cite(block.excerptId)}](${imageFile(sha)}){width=4.8in}`] : [];
          }
        }
      })();
      if (evidence.length > 0) evidence.push('');
      evidence.push(...paragraph);
    }
    pushRow([`**${row.label}**`, '', ...wrap(row.claimText, CLAIM_WIDTH)], evidence);
    lines.push(rule('-'));
  }
  const file = join(dir, 'chart.md');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}
