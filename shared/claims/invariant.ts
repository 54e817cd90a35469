import type { ParsedClaim } from './types';

/**
 * The rule every split must keep: limitations are in order, do not overlap, each is exactly the claim text between
 * its offsets, and only whitespace lies between them, so joined with single spaces they give back the claim text.
 * Returns what is wrong, or null.
 */
export function coverageProblem(claim: Pick<ParsedClaim, 'number' | 'text' | 'limitations'>): string | null {
  let covered = 0;
  for (const [index, limitation] of claim.limitations.entries()) {
    const where = `claim ${claim.number}, limitation ${index + 1}`;
    if (!limitation.text) return `${where} is empty`;
    if (claim.text.slice(limitation.start, limitation.end) !== limitation.text) return `${where} does not match its offsets`;
    if (limitation.start < covered) return `${where} overlaps the one before it`;
    if (claim.text.slice(covered, limitation.start).trim()) return `${where} leaves out text before it`;
    covered = limitation.end;
  }
  if (claim.text.slice(covered).trim()) return `claim ${claim.number} has text after its last limitation`;
  const joined = claim.limitations.map((l) => l.text).join(' ');
  const squeezed = (s: string) => s.replace(/\s+/g, ' ').trim();
  return squeezed(joined) === squeezed(claim.text) ? null : `claim ${claim.number}'s limitations do not rejoin to its text`;
}
