import { expect } from 'vitest';
import { coverageProblem } from '../../../shared/claims/invariant';
import { labelLimitations } from '../../../shared/claims/labels';
import type { LabelScheme, ParsedClaim } from '../../../shared/claims/types';

/** The rule of every split: each limitation is the claim's own text, and together they are the whole claim. */
export function expectEveryClaimVerbatim(claims: readonly ParsedClaim[]): void {
  expect(claims.length).toBeGreaterThan(0);
  for (const claim of claims) {
    expect(coverageProblem(claim), `claim ${claim.number}`).toBeNull();
    expect(claim.warnings.map((w) => w.code), `claim ${claim.number}`).not.toContain('split-failed');
  }
}

/** [label, limitation text] pairs, the way a chart's rows read. */
export function rows(claim: ParsedClaim, scheme: LabelScheme = 'bracket'): [string, string][] {
  const labels = labelLimitations(claim, scheme);
  return claim.limitations.map((limitation, index) => [labels[index] ?? '?', limitation.text]);
}

export function claimNumbered(claims: readonly ParsedClaim[], number: number): ParsedClaim {
  const claim = claims.find((c) => c.number === number);
  if (!claim) throw new Error(`no claim ${number}`);
  return claim;
}
