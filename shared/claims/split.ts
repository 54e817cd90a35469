import { findDependencyReference } from './dependencies';
import { continueSequence, markerAt, nextMarkerText, startsNewSequence, type ListMarker } from './markers';
import type { ParsedLimitation } from './types';

// Splits one claim into limitations at the drafter's own boundaries: the end of the preamble, semicolons (a following
// "and"/"or" stays with the element it ends), colons that open a list, source line breaks, and list markers such as
// "(a)" or "(ii)". Never at a bare "and", a comma, or inside parentheses or a Markush group. Every character of the
// claim lands in exactly one limitation, so the limitations joined with single spaces give back the claim text.

/** Where the source started a new line or a new <claim-text>; `depth` is given only when the source says it (XML). */
export interface SourceBreak {
  offset: number;
  depth?: number;
}

export interface ClaimSplit {
  preamble: string | null;
  transition: string | null;
  limitations: ParsedLimitation[];
}

interface Piece {
  start: number;
  end: number;
  depth?: number;
}

const ELEMENT_END = /(?:[;:,.]|\b(?:and|or))$/; // how a drafter's element (or line) ends
const LIST_INTRODUCER_AT_END =
  /(?::|\b(?:comprising|comprises|consisting(?:\s+essentially)?\s+of|including|includes|having|the\s+steps\s+of|the\s+following(?:\s+\w+)?)\s*,?)$/i;
const MARKUSH_INTRODUCER_AT_END = /\b(?:group\s+consisting(?:\s+essentially)?\s+of|selected\s+from)\s*:$/i;
const CONJUNCTION_AFTER_SEMICOLON = /^\s+(?:and\/or|and|or)\b/i;
const ENDS_WITH_CONJUNCTION = /;\s*(?:and\/or|and|or)$/i;
const JEPSON_TRANSITION =
  /\b(?:(?:wherein|whereby)\s+)?the\s+improvement\s+(?:which\s+)?(?:comprises|comprising|consists\s+of|consisting\s+of|includes|including)\b\s*[:,]?/i;
const TRANSITION_WORD =
  /\s(?:comprising|comprises|consisting\s+essentially\s+of|consisting\s+of|including|includes|having)\b\s*[,:]?/gi;
const SUBJECT_BEFORE_TRANSITION = /,\s*(?:the|said|which|wherein\s+the)\s+[^,;:]{1,60}$/i; // ", the method comprising"
const MARKUSH_BEFORE = /\bgroup\s+$/i; // "the group consisting of" is a Markush group, not the transition
const PREAMBLE_TRANSITION =
  /(?:(?:\b(?:wherein|whereby)\s+)?\bthe\s+improvement\s+(?:which\s+)?(?:comprises|comprising|consists\s+of|consisting\s+of|includes|including)|\b(?:comprising|comprises|consisting\s+essentially\s+of|consisting\s+of|including|includes|having|containing))(?:\s+the\s+(?:following\s+)?steps\s+of|\s+the\s+following(?:\s+(?:steps|acts|elements|operations))?)?(?=\s*[,:]?$)/i;
const DEPENDENT_TRANSITION =
  /^(?:further\s+(?:comprising|comprises|including|includes|having)|comprising|comprises|including|includes|having|wherein|whereby|in\s+which|where|characteri[sz]ed\s+in\s+that|further)\b/i;

/** True when a piece of text ends where a drafter ends an element, not in the middle of a sentence. */
export function endsAtElementBoundary(text: string): boolean {
  return ELEMENT_END.test(text.trimEnd());
}

export function splitClaim(text: string, dependsOn: number[], options: { breaks?: readonly SourceBreak[] } = {}): ClaimSplit {
  const breaks = (options.breaks ?? []).filter((b) => b.offset > 0 && b.offset < text.length);
  const structured = breaks.length > 0 && breaks.every((b) => b.depth !== undefined);
  if (dependsOn.length > 0) return splitDependent(text, breaks, structured);

  const preambleEnd = structured ? (breaks[0]?.offset ?? 0) : findPreambleEnd(text, breaks);
  const pieces = structured
    ? structuredPieces(text, breaks)
    : inferredPieces(text, breaks, { bodyStart: preambleEnd, cutsFrom: preambleEnd, dependent: false });
  const preamble = text.slice(0, preambleEnd).trim();
  const limitations: ParsedLimitation[] = [];
  if (preamble) limitations.push(limitation(text, 'preamble', 0, 0, preambleEnd));
  for (const piece of pieces) limitations.push(limitation(text, 'element', piece.depth ?? 0, piece.start, piece.end));
  return {
    preamble: preamble || null,
    transition: preamble ? (PREAMBLE_TRANSITION.exec(preamble)?.[0] ?? null) : null,
    limitations: limitations.filter((l) => l.text),
  };
}

function splitDependent(text: string, breaks: readonly SourceBreak[], structured: boolean): ClaimSplit {
  const reference = findDependencyReference(text);
  const referenceEnd = reference?.end ?? 0;
  // "The method of claim 1, wherein" — or "claim 1 ," as some sites print it.
  const preambleEnd = referenceEnd + (/^ ?,/.exec(text.slice(referenceEnd))?.[0].length ?? 0);
  const transition = DEPENDENT_TRANSITION.exec(text.slice(preambleEnd).trimStart())?.[0] ?? null;
  // The opening ("The method of claim 1, further comprising:") belongs to the first element: a dependent claim
  // has no preamble row of its own.
  const pieces = structured
    ? glueOpening(text, structuredPieces(text, [{ offset: 0, depth: 0 }, ...breaks]))
    : inferredPieces(text, breaks, { bodyStart: 0, cutsFrom: referenceEnd, dependent: true });
  return {
    preamble: text.slice(0, preambleEnd).trim() || null,
    transition,
    limitations: pieces.map((p) => limitation(text, 'element', p.depth ?? 0, p.start, p.end)).filter((l) => l.text),
  };
}

function glueOpening(text: string, pieces: Piece[]): Piece[] {
  const [opening, first, ...rest] = pieces;
  if (!opening || !first || !text.slice(opening.start, opening.end).trimEnd().endsWith(':')) return pieces;
  return [{ start: opening.start, end: first.end, depth: first.depth }, ...rest];
}

function limitation(text: string, kind: ParsedLimitation['kind'], depth: number, from: number, to: number): ParsedLimitation {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { kind, depth, text: text.slice(start, end), start, end };
}

function findPreambleEnd(text: string, breaks: readonly SourceBreak[]): number {
  const jepson = JEPSON_TRANSITION.exec(text);
  if (jepson) return jepson.index + jepson[0].length;
  const firstBreak = breaks[0]?.offset;
  if (firstBreak !== undefined && LIST_INTRODUCER_AT_END.test(text.slice(0, firstBreak).trimEnd())) return firstBreak;
  const colon = topLevelCuts(text, 0).find((cut) => text[cut - 1] === ':' && !isMarkushColon(text, cut));
  const semicolon = text.indexOf(';');
  if (colon !== undefined && (semicolon < 0 || colon < semicolon)) return colon;
  return transitionWordEnd(text.slice(0, semicolon < 0 ? text.length : semicolon));
}

function transitionWordEnd(opening: string): number {
  const candidates = [...opening.matchAll(TRANSITION_WORD)].filter(
    (m) => !MARKUSH_BEFORE.test(opening.slice(0, m.index + 1)),
  );
  const preferred = candidates.find((m) => SUBJECT_BEFORE_TRANSITION.test(opening.slice(0, m.index))) ?? candidates[0];
  return preferred ? preferred.index + preferred[0].length : 0;
}

function isMarkushColon(text: string, cut: number): boolean {
  return MARKUSH_INTRODUCER_AT_END.test(text.slice(0, cut));
}

/**
 * Offsets just after each top-level ";" or ":" followed by a space (a conjunction after a semicolon stays with its
 * element); parentheses and brackets shield their content.
 */
function topLevelCuts(text: string, from: number): number[] {
  const cuts: number[] = [];
  let nesting = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(' || char === '[' || char === '{') nesting++;
    else if ((char === ')' || char === ']' || char === '}') && nesting > 0) nesting--;
    else if (nesting === 0 && (char === ';' || char === ':') && i >= from && /\s/.test(text[i + 1] ?? '')) {
      const conjunction = char === ';' ? CONJUNCTION_AFTER_SEMICOLON.exec(text.slice(i + 1)) : null;
      cuts.push(i + 1 + (conjunction ? conjunction[0].length : 0));
    }
  }
  return cuts;
}

function structuredPieces(text: string, breaks: readonly SourceBreak[]): Piece[] {
  return breaks.map((b, i) => ({ start: b.offset, end: breaks[i + 1]?.offset ?? text.length, depth: b.depth }));
}

interface BodyLayout {
  bodyStart: number;
  /** A dependent claim's reference ("claims 1, 2 or 3") is never cut. */
  cutsFrom: number;
  dependent: boolean;
}

/** Cuts the body at semicolons, colons, source line breaks and list markers, then infers each element's depth. */
function inferredPieces(text: string, breaks: readonly SourceBreak[], layout: BodyLayout): Piece[] {
  const { bodyStart, cutsFrom, dependent } = layout;
  const cutSet = new Set(topLevelCuts(text, cutsFrom));
  for (const b of breaks) if (b.offset > cutsFrom) cutSet.add(trimmedEnd(text, b.offset));
  const cuts = [...cutSet].filter((c) => c > bodyStart && c < text.length).sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let start = bodyStart;
  for (const cut of [...cuts, text.length]) {
    if (text.slice(start, cut).trim()) pieces.push(...splitAtInlineMarkers(text, { start, end: cut }));
    start = cut;
  }
  return assignDepths(text, pieces, dependent);
}

function trimmedEnd(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** "(a) receiving X, (b) sending Y, and (c) storing Z": a piece opening a marked list is cut at its next markers. */
function splitAtInlineMarkers(text: string, piece: Piece): Piece[] {
  const pieces: Piece[] = [];
  let current = piece;
  let marker = markerAt(text.slice(current.start).trimStart());
  while (marker) {
    const next = nextMarkerText(marker);
    const at = text.indexOf(` ${next} `, current.start + 1);
    if (at < 0 || at >= current.end) break;
    pieces.push({ start: current.start, end: at });
    current = { start: at + 1, end: current.end };
    marker = markerAt(text.slice(current.start));
  }
  pieces.push(current);
  return pieces;
}

interface ListFrame {
  depth: number;
  /** A Markush group's members, which stay in the element that introduced them. */
  mergeIntoParent: boolean;
  marker: ListMarker | null;
  lastItemNext: boolean;
  closed: boolean;
}

/**
 * A colon opens a list one level deeper. A list closes after the item that follows its "; and" / "; or", or when a
 * marker continues the sequence of an outer list ("(b)" after "(a)…: (i)…; (ii)…").
 */
function assignDepths(text: string, pieces: Piece[], dependentOpening: boolean): Piece[] {
  const stack: ListFrame[] = [newFrame(0, false)];
  const placed: Piece[] = [];
  let glueNext = false;
  pieces.forEach((piece, index) => {
    const pieceText = text.slice(piece.start, piece.end).trim();
    const marker = markerAt(pieceText);
    if (marker) enterMarkedList(stack, marker);
    else while (stack.length > 1 && top(stack).closed) stack.pop();

    const frame = top(stack);
    const previous = placed[placed.length - 1];
    if ((glueNext || frame.mergeIntoParent) && previous) previous.end = piece.end;
    else placed.push({ ...piece, depth: frame.depth });
    glueNext = false;

    if (frame.lastItemNext) frame.closed = true;
    if (ENDS_WITH_CONJUNCTION.test(pieceText)) frame.lastItemNext = true;
    if (pieceText.endsWith(':')) {
      if (dependentOpening && index === 0) glueNext = true;
      else if (MARKUSH_INTRODUCER_AT_END.test(pieceText)) stack.push(newFrame(frame.depth, true));
      else stack.push(newFrame(frame.depth + 1, false));
    }
  });
  return placed;
}

function enterMarkedList(stack: ListFrame[], marker: ListMarker): void {
  for (let level = stack.length - 1; level >= 0; level--) {
    const frame = stack[level];
    const continued = frame?.marker ? continueSequence(frame.marker, marker) : null;
    if (frame && continued) {
      if (level < stack.length - 1) {
        stack.length = level + 1;
        frame.closed = false;
        frame.lastItemNext = false;
      }
      frame.marker = continued;
      return;
    }
  }
  const frame = top(stack);
  if (frame.marker === null) frame.marker = marker;
  else if (startsNewSequence(marker) && marker.kind !== frame.marker.kind) {
    stack.push({ ...newFrame(frame.depth + 1, false), marker });
  }
}

function newFrame(depth: number, mergeIntoParent: boolean): ListFrame {
  return { depth, mergeIntoParent, marker: null, lastItemNext: false, closed: false };
}

function top(stack: ListFrame[]): ListFrame {
  const frame = stack[stack.length - 1];
  if (!frame) throw new Error('list stack is never empty');
  return frame;
}
