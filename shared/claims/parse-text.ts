import { buildClaimSet, type ClaimDraft } from './claim-set';
import { cleanPastedText, describeRemovedArtifacts, type RemovedArtifact } from './clean';
import { endsAtElementBoundary, type SourceBreak } from './split';
import { readStatusMarker } from './status';
import { ClaimImportError, type ParsedClaim, type ParsedClaimSet } from './types';

// Pasted claims come from Google Patents, the USPTO, a Word file or an office action: one paragraph per claim or one
// line per element, numbered "1.", "1 ." or "Claim 1.", possibly run together on one line, with a heading such as
// "What is claimed is:" and page artifacts that cleaning removes.

const CLAIM_START =
  /^(?:(claims?)\s+)?(\d{1,3})(?:\s*\.?\s*(?:-|–|—|to|through)\s*(\d{1,3}))?\s*([.:])?(?=\s|$)\s*/i;
const CLAIM_TEXT_OPENING = /^(?:$|[A-Z(\[“"‘'])/; // claims open with a capital or a status marker, sub-items do not
// A hyphen at a line end is kept (dropping it could change a word such as "management-addressable"); the two
// halves are only put back together.
const HYPHEN_AT_LINE_END = /[A-Za-z]-$/;
const HEADING_PHRASES = String.raw`(?:what\s+(?:is|are)\s+claimed(?:\s+(?:is|are))?|what\s+(?:i|we)\s+claim\s+(?:is|are)|(?:i|we)\s+claim|the\s+invention\s+claimed\s+is|the\s+claimed\s+invention\s+is|it\s+is\s+claimed|claims?(?:\s*\(\d+\))?|listing\s+of\s+(?:the\s+)?claims|amendments?\s+to\s+the\s+claims)`;
// A run-in claim follows the end of the previous one, not an abbreviation such as "FIG. 2." or "No. 2.".
const RUN_IN_AFTER = String.raw`(?<=[.)\]]\s+)(?<!\b(?:figs?|nos?|ser|pat|appl?|al|approx|vol|e\.g|i\.e)\.\s+)`;
const HEADING_LINE = new RegExp(String.raw`^${HEADING_PHRASES}\s*[:.]?$`, 'i');
const HEADING_BEFORE_CLAIM = new RegExp(String.raw`^${HEADING_PHRASES}\s*[:.]?\s+(?=(?:claim\s+)?1\s*\.)`, 'i');

interface ClaimLines {
  number: number;
  /** Last number of a range such as "3-5. (Canceled)". */
  rangeEnd: number | null;
  lines: string[];
}

export function parseClaimsText(raw: string): ParsedClaimSet {
  if (!raw.trim()) {
    throw new ClaimImportError('empty', 'There is no text to import. Paste the claims, starting with claim 1.');
  }
  const { lines, removed } = cleanPastedText(raw);
  const { claims, claimOfLine } = groupIntoClaims(lines);
  const drafts: ClaimDraft[] = [];
  const firstDraftOf: number[] = []; // "3-5. (Canceled)" is one claim's lines and three drafts
  for (const claim of claims) {
    firstDraftOf.push(drafts.length);
    drafts.push(...toDrafts(claim));
  }
  if (!drafts.length) {
    throw new ClaimImportError(
      'no-claims',
      'No numbered claims were found. Each claim must start with its number, like “1. A method…” or “Claim 1. A method…”.',
    );
  }
  const set = buildClaimSet(drafts);
  attachRemovedArtifacts(set.claims, removed, claimOfLine, firstDraftOf);
  return set;
}

/** What cleaning removed is said on the claim it was removed from; what came before the first claim, on that one. */
function attachRemovedArtifacts(
  parsed: readonly ParsedClaim[],
  removed: readonly RemovedArtifact[],
  claimOfLine: readonly number[],
  firstDraftOf: readonly number[],
): void {
  const byClaim = new Map<number, RemovedArtifact[]>(); // -1: before the first claim
  for (const artifact of removed) {
    const claimIndex = claimOfLine[artifact.line] ?? -1;
    const list = byClaim.get(claimIndex) ?? [];
    list.push(artifact);
    byClaim.set(claimIndex, list);
  }
  firstDraftOf.forEach((draftIndex, claimIndex) => {
    const claim = parsed[draftIndex];
    if (!claim) return;
    const messages = [
      claimIndex === 0 ? describeRemovedArtifacts(byClaim.get(-1) ?? [], `before claim ${claim.number}`) : null,
      describeRemovedArtifacts(byClaim.get(claimIndex) ?? [], `from the text of claim ${claim.number}`),
    ];
    for (const message of messages) if (message) claim.warnings.push({ code: 'artifacts-removed', message });
  });
}

/** The claims' lines, and for each line the index of the claim it ends in (-1 before the first claim). */
function groupIntoClaims(lines: readonly string[]): { claims: ClaimLines[]; claimOfLine: number[] } {
  const claims: ClaimLines[] = [];
  const claimOfLine: number[] = [];
  for (const line of lines) {
    addLine(claims, line);
    claimOfLine.push(claims.length - 1);
  }
  return { claims, claimOfLine };
}

function addLine(claims: ClaimLines[], line: string): void {
  if (HEADING_LINE.test(line) && !claimStart(line)) return;
  const text = claims.length ? line : line.replace(HEADING_BEFORE_CLAIM, '');
  const start = claimStart(text);
  const current = claims[claims.length - 1];
  if (start) claims.push({ number: start.number, rangeEnd: start.rangeEnd, lines: [text.slice(start.length)] });
  else if (current) current.lines.push(text);
  else return; // text before the first claim
  splitRunInClaims(claims);
}

interface ClaimStart {
  number: number;
  rangeEnd: number | null;
  length: number;
}

function claimStart(line: string): ClaimStart | null {
  const match = CLAIM_START.exec(line);
  if (!match) return null;
  const [whole, word, number, rangeEnd, punctuation] = match;
  if (!word && !punctuation) return null;
  if (!CLAIM_TEXT_OPENING.test(line.slice(whole.length))) return null;
  return { number: Number(number), rangeEnd: rangeEnd ? Number(rangeEnd) : null, length: whole.length };
}

/** "…of claim 1. 2. The method of claim 1, wherein…": the next claim can start in the middle of a line. */
function splitRunInClaims(claims: ClaimLines[]): void {
  for (let current = claims[claims.length - 1]; current; current = claims[claims.length - 1]) {
    const lastLine = current.lines[current.lines.length - 1] ?? '';
    const next = (current.rangeEnd ?? current.number) + 1;
    const runIn = new RegExp(String.raw`${RUN_IN_AFTER}(?:claim\s+)?${next}\s?\.\s+(?=[A-Z(\[])`, 'i').exec(lastLine);
    if (!runIn) return;
    current.lines[current.lines.length - 1] = lastLine.slice(0, runIn.index).trimEnd();
    claims.push({ number: next, rangeEnd: null, lines: [lastLine.slice(runIn.index + runIn[0].length)] });
  }
}

function toDrafts(claim: ClaimLines): ClaimDraft[] {
  const [first = '', ...rest] = claim.lines.filter((line) => line);
  const { status, marker, rest: firstText } = readStatusMarker(first);
  const lines = [firstText, ...rest].filter((line) => line);
  const { text, breaks } = joinLines(lines);
  const numbers =
    status === 'canceled' && claim.rangeEnd !== null && claim.rangeEnd > claim.number
      ? Array.from({ length: claim.rangeEnd - claim.number + 1 }, (_, i) => claim.number + i)
      : [claim.number];
  return numbers.map((number) => ({ number, text, status, statusMarker: marker, breaks }));
}

/**
 * Joins a claim's lines with single spaces. Line ends are kept as element boundaries only where the source is one
 * line per element: if most lines stop mid-sentence the text was wrapped to a width, and its line ends mean nothing.
 */
function joinLines(lines: readonly string[]): { text: string; breaks: SourceBreak[] } {
  const inner = lines.slice(0, -1);
  const atBoundary = inner.filter(endsAtElementBoundary).length;
  const wrapped = inner.length - atBoundary > atBoundary;
  const breaks: SourceBreak[] = [];
  let text = '';
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous === undefined) text += line;
    else if (HYPHEN_AT_LINE_END.test(previous) && /^[a-z]/.test(line)) text += line; // "management-" + "addressable"
    else {
      if (!wrapped && endsAtElementBoundary(previous)) breaks.push({ offset: text.length + 1 });
      text += ` ${line}`;
    }
  });
  return { text, breaks };
}
