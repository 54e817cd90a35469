// List markers that open a claim's elements or sub-items: "(a)", "b)", "c.", "(1)", "(ii)", "(A)".

export type MarkerKind = 'letter' | 'upper' | 'roman' | 'digit';
type MarkerStyle = '(x)' | 'x)' | 'x.';

export interface ListMarker {
  kind: MarkerKind;
  value: number;
  style: MarkerStyle;
  token: string;
}

const MARKER = /^(\(?)([a-z]{1,2}|[ivxlc]{1,6}|[A-Z]|\d{1,3})([).])(?=\s)/;
const ROMAN_DIGITS: ReadonlyArray<readonly [string, number]> = [
  ['c', 100], ['xc', 90], ['l', 50], ['xl', 40], ['x', 10], ['ix', 9], ['v', 5], ['iv', 4], ['i', 1],
];

export function markerAt(text: string): ListMarker | null {
  const match = MARKER.exec(text);
  const [, open = '', token = '', close = ''] = match ?? [];
  if (!match || (open && close !== ')')) return null;
  const style: MarkerStyle = open ? '(x)' : close === ')' ? 'x)' : 'x.';
  const kind = defaultKind(token);
  const value = valueAs(token, kind);
  return value === null ? null : { kind, value, style, token };
}

/** Reads `next` in the sequence of `previous` ("(i)" after "(h)" is a letter); null when it does not continue it. */
export function continueSequence(previous: ListMarker, next: ListMarker): ListMarker | null {
  if (previous.style !== next.style) return null;
  const value = valueAs(next.token, previous.kind);
  return value === previous.value + 1 ? { ...next, kind: previous.kind, value } : null;
}

export function startsNewSequence(marker: ListMarker): boolean {
  return marker.value === 1;
}

export function nextMarkerText(marker: ListMarker): string {
  const token = tokenFor(marker.value + 1, marker.kind);
  return marker.style === '(x)' ? `(${token})` : marker.style === 'x)' ? `${token})` : `${token}.`;
}

/** Letters are counted a…z, aa, ab… (bijective base 26), as claim-chart labels are. */
export function letterFor(value: number): string {
  let rest = value;
  let letters = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(97 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function romanFor(value: number): string {
  let rest = value;
  let roman = '';
  for (const [symbol, worth] of ROMAN_DIGITS) {
    while (rest >= worth) {
      roman += symbol;
      rest -= worth;
    }
  }
  return roman;
}

function tokenFor(value: number, kind: MarkerKind): string {
  if (kind === 'digit') return String(value);
  if (kind === 'roman') return romanFor(value);
  return kind === 'upper' ? letterFor(value).toUpperCase() : letterFor(value);
}

// A lone "i" opens a roman list; "v", "x", "l" and "c" alone are read as letters until context says otherwise.
function defaultKind(token: string): MarkerKind {
  if (/^\d+$/.test(token)) return 'digit';
  if (/^[A-Z]$/.test(token)) return 'upper';
  return /^[ivxlc]+$/.test(token) && (token.length > 1 || token === 'i') ? 'roman' : 'letter';
}

function valueAs(token: string, kind: MarkerKind): number | null {
  if (kind === 'digit') return /^\d+$/.test(token) ? Number(token) : null;
  if (kind === 'upper') return /^[A-Z]$/.test(token) ? token.charCodeAt(0) - 64 : null;
  if (kind === 'letter') {
    if (!/^[a-z]+$/.test(token)) return null;
    return [...token].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 96, 0);
  }
  if (!/^[ivxlc]+$/.test(token)) return null;
  let value = 0;
  let rest = token;
  for (const [symbol, worth] of ROMAN_DIGITS) {
    while (rest.startsWith(symbol)) {
      value += worth;
      rest = rest.slice(symbol.length);
    }
  }
  return romanFor(value) === token ? value : null;
}
