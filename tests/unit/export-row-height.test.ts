import { describe, expect, it } from 'vitest';
import { estimatedRowHeight } from '../../electron/services/export/docx/row-height';
import type { PreparedFigures } from '../../electron/services/export/figures';

const figures = new Map([[8, { widthInches: 5.5, image: { widthPx: 1100, heightPx: 800 } }]]) as unknown as PreparedFigures;
const measure = { fontSizePt: 11, claimWidth: 3 * 1440, evidenceWidth: 5.5 * 1440, figures };
const claimText = 'running an autodiscovery tool to discover the network devices of the managed IT network;';

describe('a chart row’s estimated height', () => {
  it('grows with the claim language, the quotes and the figures it holds', () => {
    const empty = estimatedRowHeight({ label: '[1a]', claimText, content: [] }, measure);
    const quote = estimatedRowHeight({ label: '[1a]', claimText, content: [{ type: 'quote', excerptId: 1, children: [{ text: 'The BMC reports the input power. '.repeat(8) }] }] }, measure);
    const figure = estimatedRowHeight({ label: '[1a]', claimText, content: [{ type: 'figure', excerptId: 8, caption: 'Front panel', children: [{ text: '' }] }] }, measure);
    // Two lines of claim language (label and words) at 11 pt: about 530 twips; a 5.5 × 4 in figure: about 5,760.
    expect(empty).toBeGreaterThan(400);
    expect(empty).toBeLessThan(1200);
    expect(quote).toBeGreaterThan(empty);
    expect(figure).toBeGreaterThan(5760);
    expect(figure).toBeLessThan(7000);
  });

  it('is the taller of the two columns', () => {
    const longClaim = estimatedRowHeight({ label: '[1]', claimText: claimText.repeat(12), content: [] }, measure);
    expect(longClaim).toBeGreaterThan(estimatedRowHeight({ label: '[1]', claimText, content: [] }, measure) * 5);
  });
});
