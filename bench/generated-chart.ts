/**
 * The chart the chart-editor and export benchmarks share: a 30-claim patent (a preamble and nine elements a
 * claim: 300 rows), a 100-page manual, 600 text excerpts and 60 figures, cited in the rows — generated into
 * the sample matter of `app` through the services.
 */
import type { AppContext } from '../electron/services/app-context';
import { importParsedPatent, parseClaimSource } from '../electron/services/patents/import';
import { seedChartFixture } from '../tests/integration/export/chart-fixture';

const PATENT = 'US 9,123,456';
const CLAIMS = 30;
const PARTS = ['controller', 'sensor', 'power supply', 'management port', 'fan module', 'memory', 'network interface', 'firmware image', 'chassis'];

/** Thirty independent claims, each a preamble and nine elements, as a patent's claims read. */
function generatedClaims(): string {
  return Array.from({ length: CLAIMS }, (_, c) => {
    const elements = PARTS.map((part, e) => `a ${part} configured to report a ${['power', 'thermal', 'inventory'][(c + e) % 3]} value of the server to the management console every ${c + e + 1} seconds`);
    return `${c + 1}. A server system of embodiment ${c + 1}, comprising: ${elements.slice(0, -1).join('; ')}; and ${elements.at(-1)}.`;
  }).join('\n\n');
}

/** Figures are `image` pixels: small for the editor benchmark, screenshot-sized for the export one. */
export async function generateBenchChart(app: AppContext, image: { width: number; height: number }) {
  const parsed = await parseClaimSource({ text: generatedClaims() }, { number: PATENT });
  app.session.write((db) => importParsedPatent(db, parsed, { number: PATENT }));
  return seedChartFixture(
    app,
    { patentNumber: PATENT, claimNumbers: Array.from({ length: CLAIMS }, (_, i) => i + 1), productName: 'Aivres KR2280-X1' },
    { manualPages: 100, linesPerPage: 40, textExcerpts: 600, figures: 60, image },
  );
}
