import type { PatentSummary } from '../../../shared/domain/matter';
import { countOf } from '../ui/format';

type Counts = Pick<PatentSummary, 'importedClaimCount' | 'expectedClaimCount'>;

/** "5 of 11 claims", "5 claims" when the patent's total is unknown, "No claims imported". */
export function claimCountText({ importedClaimCount, expectedClaimCount }: Counts): string {
  if (expectedClaimCount !== null) return `${importedClaimCount} of ${countOf(expectedClaimCount, 'claim')}`;
  return importedClaimCount === 0 ? 'No claims imported' : countOf(importedClaimCount, 'claim');
}

/**
 * The same facts as a sentence, for the incomplete-claims notice; null when the counts do not show what is
 * missing (every expected claim is there, yet the set is marked incomplete, e.g. for a gap in its numbering).
 */
export function importedClaimsSentence({ importedClaimCount, expectedClaimCount }: Counts): string | null {
  if (expectedClaimCount !== null) {
    return importedClaimCount < expectedClaimCount ? `${importedClaimCount} of the patent’s ${expectedClaimCount} claims are in this matter.` : null;
  }
  if (importedClaimCount === 0) return 'None of the patent’s claims are in this matter yet.';
  return `${countOf(importedClaimCount, 'claim')} ${importedClaimCount === 1 ? 'is' : 'are'} in this matter; the patent’s total is not known.`;
}
