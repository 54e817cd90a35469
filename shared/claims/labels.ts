import { letterFor, romanFor } from './markers';
import type { LabelScheme, ParsedClaim } from './types';

// Row labels of a claim chart. Independent claims: the preamble, then elements a, b, c… (after z: aa, ab…), their
// sub-items (i), (ii)… and below those (A), (B)…. A dependent claim is labelled by its number alone when it is one
// element, or 2a, 2b… when it adds several.
//   bracket      [1pre] [1a] [1b(i)]      upper   1pre 1A 1B(i)
//   decimal      1.0 1.1 1.2.1            bracket-dot [1.pre] [1.a] [1.b(i)]

type LabelledClaim = Pick<ParsedClaim, 'number' | 'limitations' | 'dependsOn' | 'dependsOnAnyPreceding'>;

export function labelLimitations(claim: LabelledClaim, scheme: LabelScheme): string[] {
  const dependent = claim.dependsOn.length > 0 || claim.dependsOnAnyPreceding;
  if (dependent && claim.limitations.length === 1) return [wrap(String(claim.number), scheme)];
  const counters: number[] = [];
  return claim.limitations.map((limitation) => {
    if (limitation.kind === 'preamble') return preambleLabel(claim.number, scheme);
    const depth = Math.min(limitation.depth, counters.length); // a sub-item never skips a level
    counters.length = depth + 1;
    counters[depth] = (counters[depth] ?? 0) + 1;
    return elementLabel(claim.number, counters, scheme);
  });
}

function preambleLabel(number: number, scheme: LabelScheme): string {
  if (scheme === 'decimal') return `${number}.0`;
  if (scheme === 'bracket-dot') return `[${number}.pre]`;
  return wrap(`${number}pre`, scheme);
}

function elementLabel(number: number, path: readonly number[], scheme: LabelScheme): string {
  const [element = 1, ...subItems] = path;
  if (scheme === 'decimal') return [number, ...path].join('.');
  const letter = scheme === 'upper' ? letterFor(element).toUpperCase() : letterFor(element);
  const nested = subItems.map((value, level) => `(${subItemToken(value, level, scheme)})`).join('');
  return scheme === 'bracket-dot' ? `[${number}.${letter}${nested}]` : wrap(`${number}${letter}${nested}`, scheme);
}

function subItemToken(value: number, level: number, scheme: LabelScheme): string {
  if (level === 0) return romanFor(value);
  if (level === 1) return scheme === 'upper' ? letterFor(value) : letterFor(value).toUpperCase();
  return String(value);
}

function wrap(label: string, scheme: LabelScheme): string {
  return scheme === 'bracket' || scheme === 'bracket-dot' ? `[${label}]` : label;
}
