import type { ClaimWarning, ParsedClaim } from './types';

type ClaimLinks = Pick<ParsedClaim, 'number' | 'status' | 'dependsOn' | 'dependsOnAnyPreceding'>;

/** Each claim's warnings about its place in the set, aligned with the claims passed in; a gap in the numbering is
 * told on the claim after it. */
export function claimSetWarnings(claims: readonly ClaimLinks[]): ClaimWarning[][] {
  const byNumber = new Map<number, ClaimLinks>();
  const perClaim = claims.map((claim) => {
    const warnings: ClaimWarning[] = [];
    if (byNumber.has(claim.number)) {
      warnings.push({ code: 'duplicate-number', message: `Two claims are numbered ${claim.number}.` });
    } else byNumber.set(claim.number, claim);
    return warnings;
  });
  claims.forEach((claim, index) => perClaim[index]?.push(...dependencyWarnings(claim, byNumber)));
  for (const gap of numberingGaps([...byNumber.keys()])) {
    perClaim[claims.findIndex((claim) => claim.number === gap.after)]?.push(gap.warning);
  }
  return perClaim;
}

function dependencyWarnings(claim: ClaimLinks, byNumber: ReadonlyMap<number, ClaimLinks>): ClaimWarning[] {
  const warnings: ClaimWarning[] = [];
  for (const parent of claim.dependsOn) {
    const target = byNumber.get(parent);
    if (parent === claim.number) {
      warnings.push({ code: 'forward-dependency', message: `Claim ${claim.number} refers to itself.` });
    } else if (parent > claim.number) {
      warnings.push({
        code: 'forward-dependency',
        message: `Claim ${claim.number} depends on claim ${parent}, which comes after it; a claim may only refer to a preceding claim.`,
      });
    } else if (!target) {
      warnings.push({
        code: 'missing-dependency',
        message: `Claim ${claim.number} depends on claim ${parent}, which is not in this claim set.`,
      });
    } else if (target.status === 'canceled') {
      warnings.push({
        code: 'depends-on-canceled',
        message: `Claim ${claim.number} depends on claim ${parent}, which is canceled.`,
      });
    }
  }
  const multipleBase = isMultipleDependent(claim) ? multipleDependentAncestor(claim, byNumber) : null;
  if (multipleBase !== null) {
    warnings.push({
      code: 'improper-multiple-dependency',
      message: `Claim ${claim.number} is a multiple dependent claim based on claim ${multipleBase}, itself a multiple dependent claim (35 U.S.C. § 112(e)).`,
    });
  }
  return warnings;
}

/** 37 CFR 1.75(c): a claim that refers to several others must name them in the alternative ("claim 1 or 2"). */
export function cumulativeReferenceWarning(claimNumber: number, numbers: readonly number[]): ClaimWarning {
  const listed = (joiner: string) => `${numbers.slice(0, -1).join(', ')} ${joiner} ${numbers[numbers.length - 1]}`;
  return {
    code: 'improper-multiple-dependency',
    message: `Claim ${claimNumber} refers to claims ${listed('and')} together; a multiple dependent claim may refer to other claims in the alternative only, as in “claim ${listed('or')}” (35 U.S.C. § 112(e); 37 CFR 1.75(c)).`,
  };
}

function isMultipleDependent(claim: ClaimLinks): boolean {
  return claim.dependsOnAnyPreceding || claim.dependsOn.length > 1;
}

/** A multiple dependent claim may not serve as a basis for another, directly or through intermediate claims. */
function multipleDependentAncestor(claim: ClaimLinks, byNumber: ReadonlyMap<number, ClaimLinks>): number | null {
  const seen = new Set<number>();
  const pending = claim.dependsOn.filter((n) => n < claim.number);
  for (const number of pending) {
    const ancestor = byNumber.get(number);
    if (seen.has(number) || !ancestor) continue;
    seen.add(number);
    if (isMultipleDependent(ancestor)) return number;
    pending.push(...ancestor.dependsOn.filter((n) => n < number)); // for…of goes on into what is pushed
  }
  return null;
}

/** Each gap, with the number of the claim that follows it. */
function numberingGaps(numbers: number[]): { after: number; warning: ClaimWarning }[] {
  const sorted = [...numbers].sort((a, b) => a - b);
  const warnings: { after: number; warning: ClaimWarning }[] = [];
  let expected = 1;
  for (const number of sorted) {
    if (number > expected) {
      const missing = number - 1 === expected ? `Claim ${expected} is` : `Claims ${expected}–${number - 1} are`;
      const context = expected === 1 ? `the claims start at ${number}` : `the numbering jumps from ${expected - 1} to ${number}`;
      warnings.push({ after: number, warning: { code: 'numbering-gap', message: `${missing} missing: ${context}.` } });
    }
    expected = number + 1;
  }
  return warnings;
}
