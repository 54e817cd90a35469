import { categoryOfOpening, hasMeansPlusFunction } from './category';
import { findDependencyReference } from './dependencies';
import { coverageProblem } from './invariant';
import { splitClaim, type SourceBreak } from './split';
import type { ClaimCategory, ClaimStatus, ClaimWarning, ParsedClaim, ParsedClaimSet } from './types';
import { claimSetWarnings, cumulativeReferenceWarning } from './warnings';

/** One claim as a source gives it (pasted text, USPTO XML, PDF), before analysis. */
export interface ClaimDraft {
  number: number;
  text: string;
  status: ClaimStatus;
  statusMarker: string | null;
  breaks: SourceBreak[];
  /** The claims the source itself links this one to (USPTO XML's <claim-ref idref>); absent for plain text. */
  linkedClaims?: number[];
}

/** Analyses claims together: "any preceding claim", a dependent's category and the set's warnings need the others. */
export function buildClaimSet(drafts: readonly ClaimDraft[]): ParsedClaimSet {
  const claims = drafts.map((draft, index) => buildClaim(draft, drafts.slice(0, index)));
  const byNumber = new Map(claims.map((claim) => [claim.number, claim] as const));
  for (const claim of claims) claim.category = inheritedCategory(claim, byNumber);
  const perClaim = claimSetWarnings(claims);
  claims.forEach((claim, index) => claim.warnings.push(...(perClaim[index] ?? [])));
  return { claims, warnings: [] };
}

function buildClaim(draft: ClaimDraft, preceding: readonly ClaimDraft[]): ParsedClaim {
  const reference = findDependencyReference(draft.text);
  const linked = [...new Set(draft.linkedClaims ?? [])].sort((a, b) => a - b);
  const anyPreceding = !linked.length && (reference?.anyPreceding ?? false);
  const dependsOn = linked.length
    ? linkedDependencies(linked, reference?.numbers ?? [])
    : anyPreceding
      ? [...new Set(preceding.map((d) => d.number).filter((n) => n < draft.number))]
      : (reference?.numbers ?? []);
  const split = splitClaim(draft.text, dependsOn, { breaks: draft.breaks });
  const claim: ParsedClaim = {
    number: draft.number,
    text: draft.text,
    status: draft.status,
    statusMarker: draft.statusMarker,
    dependsOn,
    dependsOnAnyPreceding: anyPreceding,
    category: categoryOfOpening(split.preamble ?? draft.text),
    meansPlusFunction: hasMeansPlusFunction(draft.text),
    preamble: split.preamble,
    transition: split.transition,
    limitations: split.limitations,
    sourceBreaks: draft.breaks.map((b) => b.offset),
    warnings: [],
  };
  // The status shows in the claims view; a warning says it wherever only the warnings are shown (`claims parse --json`).
  if (draft.status !== 'active') claim.warnings.push({ code: draft.status, message: `Claim ${claim.number} is ${draft.status}.` });
  if (reference?.cumulative) claim.warnings.push(cumulativeReferenceWarning(claim.number, reference.numbers));
  const problem = coverageProblem(claim);
  if (problem) {
    // Never chart a split that loses or repeats words: fall back to the whole claim as one row.
    claim.limitations = draft.text ? [{ kind: 'element', depth: 0, text: draft.text, start: 0, end: draft.text.length }] : [];
    claim.warnings.push({ code: 'split-failed', message: `Claim ${claim.number} is kept whole: ${problem}.` });
  } else if (!dependsOn.length && !claim.preamble && draft.text && draft.status !== 'canceled') {
    claim.warnings.push({
      code: 'no-transition',
      message: `Claim ${claim.number} has no recognizable preamble (no transition such as “comprising:”); it is one element.`,
    });
  }
  return claim;
}

/**
 * The source's links decide, whatever the text says ("claim l" where OCR read a 1); the text's reading is taken only
 * where it names every linked claim and more, as a range between two links does ("claims 1 to 3" links 1 and 3).
 */
function linkedDependencies(linked: number[], named: readonly number[]): number[] {
  return named.length > linked.length && linked.every((n) => named.includes(n)) ? [...named] : linked;
}

/** A dependent claim has the category of the independent claim it finally rests on. */
function inheritedCategory(claim: ParsedClaim, byNumber: ReadonlyMap<number, ParsedClaim>): ClaimCategory {
  const seen = new Set<number>();
  let current = claim;
  while (current.dependsOn.length && !seen.has(current.number)) {
    seen.add(current.number);
    const parent = byNumber.get(current.dependsOn[0] ?? Number.NaN);
    if (!parent || parent.number >= current.number) return claim.category;
    current = parent;
  }
  return current.dependsOn.length ? claim.category : current.category;
}
