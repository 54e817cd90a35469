import type { ClaimCategory } from './types';

// The statutory category follows the claim's subject, the noun phrase it opens with ("A computer system, comprising",
// "One or more computer storage media having stored thereon…"), not words met later in the preamble. Words that end
// the subject must follow a space, so "computer-implemented method" keeps its noun.
const SUBJECT_END =
  /,|:|;|\s(?:of|for|in|on|to|at|by|with|within|comprising|comprises|consisting|including|having|that|which|wherein|whereby|where|as|according|configured|adapted|operable|storing|encoded|embodying|implemented|executed|executable|used|using|capable)\b/i;
const JEPSON_OPENING = /^In\s+(?:an?|the)\s+/i; // "In a combustion engine having…, the improvement comprising"

const CATEGORY_BY_SUBJECT: ReadonlyArray<readonly [ClaimCategory, RegExp]> = [
  ['computer-readable-medium', /readable|\bmedi(?:um|a)\b|\bprogram\s+products?\b|\bsoftware\s+products?\b/i],
  ['method', /\b(?:method|process|procedure)s?\b/i],
  ['system', /\bsystems?\b/i],
  ['composition', /\b(?:composition|compound|formulation|mixture|alloy|emulsion|vaccine|polymer|salt)s?\b/i],
  // Transitory or abstract subjects outside the product classes (In re Nuijten: a signal is not a manufacture).
  ['other', /\b(?:signals?|carrier\s+waves?|waveforms?|data\s+structures?|(?:computer\s+)?programs?|software)\b/i],
];

function claimSubject(opening: string): string {
  const text = opening.replace(JEPSON_OPENING, '');
  const end = text.search(SUBJECT_END);
  return (end < 0 ? text : text.slice(0, end)).trim();
}

export function categoryOfOpening(opening: string): ClaimCategory {
  const subject = claimSubject(opening);
  if (!subject) return 'other';
  // Any other subject is a thing: a machine or a manufacture, which charts treat alike.
  return CATEGORY_BY_SUBJECT.find(([, pattern]) => pattern.test(subject))?.[0] ?? 'apparatus';
}

const MEANS_FOR = /\bmeans\s+for\b/gi;
const NEGATION_BEFORE = /\b(?:no|not|without|lacks?|lacking|free\s+of|non)\s+(?:(?:a|an|any|the)\s+)?$/i;

/** "means for …" invokes 35 U.S.C. 112(f) unless negated ("without means for…"). */
export function hasMeansPlusFunction(claimText: string): boolean {
  for (const match of claimText.matchAll(MEANS_FOR)) {
    if (!NEGATION_BEFORE.test(claimText.slice(Math.max(0, match.index - 30), match.index))) return true;
  }
  return false;
}
