import { describe, expect, it } from 'vitest';
import { labelLimitations } from '../../../shared/claims/labels';
import { parseClaimsText } from '../../../shared/claims/parse-text';
import type { LabelScheme, ParsedClaim } from '../../../shared/claims/types';
import { claimNumbered } from './helpers';

const { claims } = parseClaimsText(
  [
    '1. A system comprising: a processor configured to: receive a request; and send a reply; and a memory.',
    '2. The system of claim 1, wherein the memory is volatile.',
    '3. The system of claim 1, further comprising: a display; and a keyboard.',
  ].join('\n'),
);

describe('limitation labels', () => {
  it.each<[LabelScheme, string[], string[], string[]]>([
    ['bracket', ['[1pre]', '[1a]', '[1a(i)]', '[1a(ii)]', '[1b]'], ['[2]'], ['[3a]', '[3b]']],
    ['upper', ['1pre', '1A', '1A(i)', '1A(ii)', '1B'], ['2'], ['3A', '3B']],
    ['decimal', ['1.0', '1.1', '1.1.1', '1.1.2', '1.2'], ['2'], ['3.1', '3.2']],
    ['bracket-dot', ['[1.pre]', '[1.a]', '[1.a(i)]', '[1.a(ii)]', '[1.b]'], ['[2]'], ['[3.a]', '[3.b]']],
  ])('%s scheme', (scheme, independent, singleDependent, dependentWithSteps) => {
    expect(labelLimitations(claimNumbered(claims, 1), scheme)).toEqual(independent);
    expect(labelLimitations(claimNumbered(claims, 2), scheme)).toEqual(singleDependent);
    expect(labelLimitations(claimNumbered(claims, 3), scheme)).toEqual(dependentWithSteps);
  });

  it('goes on after z with aa, ab…, and numbers sub-items in roman numerals', () => {
    const elements = Array.from({ length: 29 }, (_, i) => ({ kind: 'element' as const, depth: 0, text: 'x', start: i, end: i + 1 }));
    const subItems = Array.from({ length: 4 }, (_, i) => ({ kind: 'element' as const, depth: 1, text: 'y', start: 30 + i, end: 31 + i }));
    const claim: Pick<ParsedClaim, 'number' | 'limitations' | 'dependsOn' | 'dependsOnAnyPreceding'> = {
      number: 12,
      dependsOn: [],
      dependsOnAnyPreceding: false,
      limitations: [...elements, ...subItems],
    };
    const labels = labelLimitations(claim, 'bracket');
    expect(labels.slice(24, 29)).toEqual(['[12y]', '[12z]', '[12aa]', '[12ab]', '[12ac]']);
    expect(labels.slice(29)).toEqual(['[12ac(i)]', '[12ac(ii)]', '[12ac(iii)]', '[12ac(iv)]']);
  });

  it('labels a third level (A), (B) under the sub-items, and never skips a level', () => {
    const claim = {
      number: 1,
      dependsOn: [],
      dependsOnAnyPreceding: false,
      limitations: [0, 1, 2, 2, 0, 2].map((depth, i) => ({ kind: 'element' as const, depth, text: 'x', start: i, end: i + 1 })),
    };
    expect(labelLimitations(claim, 'bracket')).toEqual(['[1a]', '[1a(i)]', '[1a(i)(A)]', '[1a(i)(B)]', '[1b]', '[1b(i)]']);
    expect(labelLimitations(claim, 'upper')).toEqual(['1A', '1A(i)', '1A(i)(a)', '1A(i)(b)', '1B', '1B(i)']);
  });

  it('labels nothing for a canceled claim', () => {
    const set = parseClaimsText('1. A widget comprising: a base.\n2. (Canceled)');
    expect(labelLimitations(claimNumbered(set.claims, 2), 'bracket')).toEqual([]);
  });
});
