/**
 * The HTML export: one self-contained file (figures inlined as data: URIs, a CSP that allows no script and
 * no fetch), laid out like the DOCX and printable: landscape pages with one-inch margins, the table header
 * (and the designation) repeated on every printed page, labels kept with their claim language.
 */
import type { Block, FormattedText, ParagraphElement } from '../../../shared/chart/cell-schema';
import type { Equivalents } from '../../../shared/domain/chart';
import { exportedStatusText } from '../../../shared/domain/export';
import { escapeMarkup as esc } from './escape-markup';
import type { PreparedFigures } from './figures';
import type { ExportChart, ExportRow } from './model';
import { chartLayout } from './page-layout';

type Inline = ParagraphElement['children'][number];

export function renderHtml(chart: ExportChart, figures: PreparedFigures): Uint8Array {
  const { options, caption } = chart;
  const layout = chartLayout(options.paper, chart.columns.status !== null);
  const headings = [chart.columns.claim, chart.columns.evidence, ...(chart.columns.status ? [chart.columns.status] : [])];
  const columns = layout.columnWidths.map((w) => `<col style="width:${((100 * w) / layout.textWidth).toFixed(2)}%">`).join('');
  const cite = (excerptId: number) => `<span class="cite">${esc(chart.excerpts.get(excerptId)?.cite ?? `[missing excerpt ${excerptId}]`)}</span>`;
  const body: string[] = [];
  let claimNumber: number | undefined;
  for (const row of chart.rows) {
    if (row.claimNumber !== claimNumber) {
      claimNumber = row.claimNumber;
      body.push(`<tr class="claim"><th colspan="${headings.length}">Claim ${row.claimNumber}</th></tr>`);
    }
    const status = chart.columns.status ? `<td>${esc(exportedStatusText[row.status])}</td>` : '';
    body.push(`<tr><td>${claimLanguage(row)}</td><td>${row.content.map((b) => blockHtml(b, cite, figures, chart)).join('')}</td>${status}</tr>`);
    if (options.includeEquivalents && row.status === 'equivalents' && row.equivalents) {
      body.push(
        `<tr><td><p class="label">${esc(row.label)}</p><p><em>Doctrine of equivalents</em></p></td><td>${equivalentsHtml(row.equivalents)}</td>${chart.columns.status ? '<td></td>' : ''}</tr>`,
      );
    }
  }
  const designation = chart.designation
    ? `<tr class="designation"><th colspan="${headings.length}">${esc(chart.designation)}</th></tr>`
    : '';
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="generator" content="ClaimChart">
<title>${esc(`${caption.exhibitLabel} — ${caption.title}`)}</title>
<style>${stylesheet(chart)}</style>
</head>
<body>
<header class="caption">
${caption.court ? `<p>${esc(caption.court)}</p>` : ''}
<p>${esc(caption.caseName)}</p>
${caption.caseNumber ? `<p>Case No. ${esc(caption.caseNumber)}</p>` : ''}
<h1>${esc(caption.exhibitLabel)}</h1>
<h1>${esc(caption.title)}</h1>
${caption.familyMembers.length > 0 ? `<p>Product family: also sold as ${esc(caption.familyMembers.join(', '))}</p>` : ''}
</header>
<table class="chart">
<colgroup>${columns}</colgroup>
<thead>${designation}<tr>${headings.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
${options.includeExhibitIndex && chart.documents.length > 0 ? exhibitIndex(chart) : ''}
</body>
</html>
`;
  return Buffer.from(html, 'utf8');
}

function stylesheet(chart: ExportChart): string {
  const { options } = chart;
  return `
@page { size: ${options.paper === 'a4' ? 'A4' : 'letter'} landscape; margin: 1in;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: ${options.fontSizePt}pt '${options.fontFamily}', serif; } }
body { font-family: '${options.fontFamily}', serif; font-size: ${options.fontSizePt}pt; margin: 1in auto; max-width: 9in; color: #000; }
@media print { body { margin: 0; max-width: none; } }
.caption { text-align: center; margin-bottom: 1.5em; }
.caption p { margin: 0; }
h1, h2 { font-size: 1.15em; text-align: center; margin: 0.4em 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.5pt solid #000; padding: 4pt 6pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead { display: table-header-group; }
thead th { background: #d9d9d9; }
tr.designation th { background: none; border: none; text-align: right; }
tr.claim th { background: #f2f2f2; break-after: avoid; }
tr { break-inside: auto; }
p { margin: 0 0 6pt; }
.label { font-weight: bold; margin-bottom: 2pt; break-after: avoid; }
blockquote { margin: 0 0.3in 6pt; }
blockquote p { margin-bottom: 2pt; }
blockquote .cite { display: block; }
figure { margin: 0 0 8pt; text-align: center; break-inside: avoid; }
figure img { max-width: 100%; height: auto; }
figcaption { font-style: italic; font-size: 0.9em; }
ul, ol { margin: 0 0 6pt; padding-left: 0.25in; }
.exhibits { break-before: page; }
`;
}

function claimLanguage(row: ExportRow): string {
  const indent = row.depth > 0 ? ` style="padding-left:${row.depth * 0.25}in"` : '';
  return `<p class="label">${esc(row.label)}</p><p${indent}>${textHtml(row.claimText)}</p>`;
}

function blockHtml(block: Block, cite: (id: number) => string, figures: PreparedFigures, chart: ExportChart): string {
  const inlines = (children: readonly Inline[]) => children.map((c) => ('type' in c ? cite(c.excerptId) : leafHtml(c))).join('');
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlines(block.children)}</p>`;
    case 'bulleted-list':
    case 'numbered-list': {
      const tag = block.type === 'numbered-list' ? 'ol' : 'ul';
      return `<${tag}>${block.children.map((item) => `<li>${inlines(item.children)}</li>`).join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote><p>${block.children.map(leafHtml).join('')}</p>${cite(block.excerptId)}</blockquote>`;
    case 'figure': {
      const prepared = figures.get(block.excerptId);
      const caption = `<figcaption>${block.caption.trim() ? `${esc(block.caption.trim())} ` : ''}${cite(block.excerptId)}</figcaption>`;
      if (!prepared) return `<figure>${caption}</figure>`;
      const src = `data:image/png;base64,${Buffer.from(prepared.image.bytes).toString('base64')}`;
      const alt = esc(block.caption.trim() || (chart.excerpts.get(block.excerptId)?.cite ?? ''));
      return `<figure><img src="${src}" alt="${alt}" style="width:${prepared.widthInches.toFixed(2)}in">${caption}</figure>`;
    }
  }
}

function leafHtml(leaf: FormattedText): string {
  let html = textHtml(leaf.text);
  if (leaf.bold) html = `<strong>${html}</strong>`;
  if (leaf.italic) html = `<em>${html}</em>`;
  if (leaf.underline) html = `<u>${html}</u>`;
  return html;
}

function textHtml(text: string): string {
  return esc(text).replace(/\n/g, '<br>');
}

function equivalentsHtml(equivalents: Equivalents): string {
  return (['function', 'way', 'result'] as const)
    .map((prong) => `<p><strong>${prong[0]!.toUpperCase()}${prong.slice(1)}:</strong> ${textHtml(equivalents[prong].trim())}</p>`)
    .join('');
}

function exhibitIndex(chart: ExportChart): string {
  const rows = chart.documents
    .map((d) => `<tr><td>${esc(d.exhibit)}</td><td>${esc(d.title)}</td><td>${esc(d.batesRange ?? '—')}</td><td>${esc(d.confidentiality ?? '—')}</td></tr>`)
    .join('\n');
  return `<section class="exhibits">
<h2>Index of Exhibits</h2>
<table>
<colgroup><col style="width:14%"><col style="width:46%"><col style="width:22%"><col style="width:18%"></colgroup>
<thead><tr><th>Exhibit</th><th>Document</th><th>Bates range</th><th>Designation</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}
