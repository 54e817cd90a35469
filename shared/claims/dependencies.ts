// A dependent claim names the claims it refers to in its opening words: "The method of claim 1,", "according to any
// one of claims 1 to 3", "as claimed in claim 1 or 2", "of any preceding claim". Only a "claim(s) <number>" reference
// counts, so "the claim data" or "as claimed" in a claim's body is never a dependency; and only in the opening,
// before the claim's first colon or semicolon, where a dependent claim states what it depends on.

const NUMBER_OR_RANGE = String.raw`\d+(?:\s*(?:-|–|—|to|through|thru)\s*\d+)?`;
const LIST_SEPARATOR = String.raw`(?:\s*,\s*(?:(?:and|or|and\/or)\s+)?|\s+(?:and|or|and\/or)\s+)`;
const CLAIM_REFERENCE = new RegExp(
  String.raw`\b(?:any\s+(?:one\s+)?of\s+(?:the\s+)?(?:preceding|previous|foregoing|above|prior)\s+claims|any\s+(?:preceding|previous|foregoing|prior)\s+claim|claims?\s+(${NUMBER_OR_RANGE}(?:${LIST_SEPARATOR}${NUMBER_OR_RANGE})*))\b`,
  'i',
);
const RANGE = /^(\d+)\s*(?:-|–|—|to|through|thru)\s*(\d+)$/i;
// "claims 1 and 2" refers to them together; "claim 1 or 2", "claim 1 and/or 2" and "any one of claims 1 and 2" do not.
const CUMULATIVE_AND = /\band\b(?!\s*\/)/i;
const ALTERNATIVE_INTRO = /\b(?:any|either|each|one)\s+(?:one\s+)?of\s+(?:the\s+)?$/i;
const LONGEST_PLAUSIBLE_RANGE = 500;

export interface DependencyReference {
  /** Claim numbers named, ascending; empty for "any preceding claim". */
  numbers: number[];
  anyPreceding: boolean;
  /** The claims are joined by "and" rather than named in the alternative: "claims 1 and 2". */
  cumulative: boolean;
  /** Span of the reference in the claim text, e.g. "claim 1" or "claims 1, 2 or 3". */
  start: number;
  end: number;
}

export function findDependencyReference(claimText: string): DependencyReference | null {
  const openingEnd = claimText.search(/[:;]/);
  const opening = openingEnd < 0 ? claimText : claimText.slice(0, openingEnd);
  const match = CLAIM_REFERENCE.exec(opening);
  if (!match) return null;
  const list = match[1];
  const numbers = list === undefined ? [] : claimNumbersIn(list);
  return {
    numbers,
    anyPreceding: list === undefined,
    cumulative:
      numbers.length > 1 && CUMULATIVE_AND.test(list ?? '') && !ALTERNATIVE_INTRO.test(opening.slice(0, match.index)),
    start: match.index,
    end: match.index + match[0].length,
  };
}

function claimNumbersIn(list: string): number[] {
  const numbers = new Set<number>();
  for (const item of list.split(new RegExp(LIST_SEPARATOR, 'i'))) {
    const range = RANGE.exec(item.trim());
    const from = Number(range ? range[1] : item.trim());
    const to = range ? Number(range[2]) : from;
    if (to >= from && to - from <= LONGEST_PLAUSIBLE_RANGE) for (let n = from; n <= to; n++) numbers.add(n);
    else numbers.add(from).add(to);
  }
  return [...numbers].sort((a, b) => a - b);
}
