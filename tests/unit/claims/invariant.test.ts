import { describe, expect, it } from 'vitest';
import { coverageProblem } from '../../../shared/claims/invariant';
import type { ParsedLimitation } from '../../../shared/claims/types';

const text = 'A widget comprising: a base; and a lid.';
const limitation = (start: number, end: number, kind: ParsedLimitation['kind'] = 'element'): ParsedLimitation => ({
  kind,
  depth: 0,
  text: text.slice(start, end),
  start,
  end,
});

describe('the verbatim rule every split keeps', () => {
  it('accepts limitations that cover the claim in order', () => {
    expect(coverageProblem({ number: 1, text, limitations: [limitation(0, 20, 'preamble'), limitation(21, 32), limitation(33, 39)] })).toBeNull();
  });

  it.each([
    ['a word left out', [limitation(0, 20, 'preamble'), limitation(28, 39)], 'claim 1, limitation 2 leaves out text before it'],
    ['text after the last limitation', [limitation(0, 20, 'preamble'), limitation(21, 32)], 'claim 1 has text after its last limitation'],
    ['overlapping limitations', [limitation(0, 27), limitation(21, 39)], 'claim 1, limitation 2 overlaps the one before it'],
    ['text that is not the claim’s', [{ ...limitation(0, 39), text: 'A widget comprising: a base; and a cap.' }], 'claim 1, limitation 1 does not match its offsets'],
    ['an empty limitation', [limitation(0, 39), limitation(39, 39)], 'claim 1, limitation 2 is empty'],
  ])('finds %s', (_, limitations, problem) => {
    expect(coverageProblem({ number: 1, text, limitations })).toBe(problem);
  });
});
