// A patent printed in two columns numbers every fifth line in the gutter: 5, 10, 15… Text copied from it keeps some
// of those numbers: alone on a line (cleaning drops such lines), or run into the text at a line's start or end, or
// between two words where the copied columns met ("4. The device of claim 1, 15 wherein the controller" /
// "20 is a micro-controller."). A number in a line is taken for a line number only when the text shows the pattern
// (at least three such numbers alone on a line or at a line's edge, each 5 more than one a few lines before it)
// and nothing ties it to the claim's words: a word before it that takes a number ("claim 15", "of 15", "claims 1,
// 15") or a unit, range or punctuation after it ("15 volts", "15%", "15 to 20", "15."). One between two words must
// also sit between its neighbours in the pattern (10 before it and 20 after it). When in doubt a number stays.

const LINE_NUMBER = /^\d{1,2}$/;
const NUMBER_IN_LINE = /(?<=^| )\d{1,2}(?= |$)/g;
const MAX_LINES_APART = 10;
const MIN_EVIDENCE = 3;
const CONTEXT = 40; // characters either side of a number that decide whether it is the claim's
const MAX_CANDIDATES_SCANNED = 64; // a table of numbers must not make the search quadratic
// Words after which a number is the claim's own: "claim 15", "of 15", "at least 15", "FIG. 15", "and 15".
const TAKES_A_NUMBER = new Set(
  (
    'claim claims of to than about approximately around least most between from by at with and or nor is are was were ' +
    'be being been has have having had comprises comprising comprise including includes include contains containing ' +
    'up over under above below within exceeding exceeds equal equals the each every per step steps fig figs figure ' +
    'figures no nos number element elements item items table col column line lines page pages only first last plus ' +
    'minus times into onto for on in'
  ).split(' '),
);
// Units and words that make a number a quantity or a range: "15 volts", "15 to 20", "15 or more".
const QUANTITY_AFTER = new Set(
  (
    'to through thru and or percent degrees degree volts volt v mv kv amps amp ma watts watt w kw mw ohms ohm hz khz ' +
    'mhz ghz mm cm m km nm µm um microns micron mil mils inch inches ft feet foot g mg kg µg ug lb lbs pounds ml l ' +
    'liters litres ms µs us ns sec secs seconds second min minutes minute hours hour h hr hrs days day weeks week ' +
    'months month years year bits bit bytes byte kb mb gb tb fold x wt mol mole moles c k f °c °f pixels pixel rpm psi ' +
    'pa kpa mpa db dbm more less fewer times'
  ).split(' '),
);

type Where = 'alone' | 'start' | 'end' | 'between';

interface Candidate {
  line: number;
  /** Offset in the line; 0 for a number alone on its line. */
  offset: number;
  value: number;
  where: Where;
}

export interface MarginNumbersRemoved {
  /** The lines, each without the line numbers run into it; a number alone on a line is left for the caller. */
  lines: string[];
  /** How many numbers were taken out of each line. */
  removed: number[];
}

/** `lines`: the text's lines, each with single spaces and trimmed. */
export function removeMarginNumbers(lines: readonly string[]): MarginNumbersRemoved {
  const candidates = lines.flatMap((line, index) => candidatesIn(lines, index));
  const chained = marginNumbers(candidates);
  const result = [...lines];
  const removed = lines.map(() => 0);
  // Right to left within a line, so earlier offsets stay valid.
  for (const candidate of [...chained].sort((a, b) => a.line - b.line || b.offset - a.offset)) {
    const line = result[candidate.line] ?? '';
    const length = String(candidate.value).length;
    result[candidate.line] =
      candidate.where === 'start'
        ? line.slice(length + 1)
        : `${line.slice(0, candidate.offset - 1)}${line.slice(candidate.offset + length)}`;
    removed[candidate.line] = (removed[candidate.line] ?? 0) + 1;
  }
  return { lines: result, removed };
}

function isMarginValue(value: number): boolean {
  return value % 5 === 0 && value >= 5 && value <= 70;
}

function candidatesIn(lines: readonly string[], index: number): Candidate[] {
  const line = lines[index] ?? '';
  if (LINE_NUMBER.test(line)) return isMarginValue(Number(line)) ? [{ line: index, offset: 0, value: Number(line), where: 'alone' }] : [];
  const found: Candidate[] = [];
  for (const match of line.matchAll(NUMBER_IN_LINE)) {
    const value = Number(match[0]);
    const end = match.index + match[0].length;
    if (!isMarginValue(value)) continue;
    const where: Where = match.index === 0 ? 'start' : end === line.length ? 'end' : 'between';
    const before = (where === 'start' ? neighbourText(lines, index, -1) : line.slice(0, match.index)).slice(-CONTEXT);
    const after = (where === 'end' ? neighbourText(lines, index, 1) : line.slice(end)).slice(0, CONTEXT);
    if (!tiedToTheClaim(before, after)) found.push({ line: index, offset: match.index, value, where });
  }
  return found;
}

/** The text the line runs on from (-1) or into (+1), skipping empty lines and lines that are only a number. */
function neighbourText(lines: readonly string[], index: number, step: -1 | 1): string {
  for (let i = index + step; i >= 0 && i < lines.length; i += step) {
    const line = lines[i] ?? '';
    if (line && !LINE_NUMBER.test(line)) return line;
  }
  return '';
}

function tiedToTheClaim(before: string, after: string): boolean {
  const previousWord = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  const nextWord = /^\s*(\S+)/.exec(after)?.[1] ?? '';
  // "claims 1, 15" and "1 and 15" list numbers; "claim 1, 15" cannot (one claim, then the next word).
  const inAList = /\d\s*,\s*$|\d\s+(?:and|or)\s+$/i.test(before) && !/\bclaim\s+\d+\s*,\s*$/i.test(before);
  if (inAList || TAKES_A_NUMBER.has(previousWord.toLowerCase().replace(/[.:]$/, ''))) return true;
  if (/^[^A-Za-z“"‘'(\[]/.test(nextWord)) return true; // "15%", "15°", "15-20", "15.", "15,", "15)"
  return QUANTITY_AFTER.has(nextWord.toLowerCase().replace(/[.,;:)]+$/, ''));
}

/** The candidates that form the pattern of margin line numbers, without those alone on a line. */
function marginNumbers(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => a.line - b.line || a.offset - b.offset);
  // The nearest candidate, `step` ways from `index`, that is 5 less (before) or 5 more (after), a few lines away at most.
  const neighbour = (index: number, step: -1 | 1): number | null => {
    const candidate = ordered[index]!;
    for (let i = index + step, seen = 0; i >= 0 && i < ordered.length && seen < MAX_CANDIDATES_SCANNED; i += step, seen++) {
      const other = ordered[i]!;
      if (Math.abs(other.line - candidate.line) > MAX_LINES_APART) break;
      if (other.value === candidate.value + 5 * step) return i;
    }
    return null;
  };
  // Chains of +5 steps: each candidate joins the chain of its predecessor.
  const chainOf: number[] = [];
  const evidence: number[] = [];
  ordered.forEach((candidate, index) => {
    const before = neighbour(index, -1);
    const chain = before === null ? evidence.push(0) - 1 : chainOf[before]!;
    chainOf[index] = chain;
    if (candidate.where !== 'between') evidence[chain]! += 1;
  });
  return ordered.filter((candidate, index) => {
    if (candidate.where === 'alone' || evidence[chainOf[index]!]! < MIN_EVIDENCE) return false;
    return candidate.where !== 'between' || (neighbour(index, -1) !== null && neighbour(index, 1) !== null);
  });
}
