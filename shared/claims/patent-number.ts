// Patent numbers arrive as "US 7,634,671 B2", "7634671", "U.S. Pat. No. 7,634,671", "US06970935" (USPTO XML pads
// to 8 digits) or "US 2005/0097148 A1". The normalized form is country + series + digits + kind code:
// "US7634671B2", "US7634671", "US20050097148A1", "USRE43123E", "USD512345S". No country means US; leading zeros go.

const NUMBER_PARTS = /^([A-Z]{2})?(RE|PP|D|H|T)?0*(\d+)([A-Z]\d?)?$/;
const WORDS_AROUND_NUMBERS = /\b(?:PATENT|PAT|NUMBER|NOS|NO|PUBLICATION|PUB)\b\.?:?/g;
// Reissue and plant patents without a country ("RE43123") would otherwise read as country RE.
const SERIES_MISREAD_AS_COUNTRY = new Set(['RE', 'PP']);

export function normalizePatentNumber(input: string): string {
  const compact = input
    .toUpperCase()
    .replace(/U\.\s*S\.?/g, 'US')
    .replace(WORDS_AROUND_NUMBERS, ' ')
    .replace(/[^A-Z0-9]/g, '');
  const parts = NUMBER_PARTS.exec(compact);
  if (!parts) return compact;
  let [, country = 'US', series = ''] = parts;
  const digits = parts[3] ?? '';
  const kind = parts[4] ?? '';
  if (!series && SERIES_MISREAD_AS_COUNTRY.has(country) && parts[1]) {
    series = country;
    country = 'US';
  }
  return `${country}${series}${digits}${kind}`;
}

/** Same patent, the kind code compared only when both numbers carry one. */
export function patentNumbersMatch(a: string, b: string): boolean {
  const [baseA, kindA] = splitKind(normalizePatentNumber(a));
  const [baseB, kindB] = splitKind(normalizePatentNumber(b));
  return baseA === baseB && (!kindA || !kindB || kindA === kindB);
}

function splitKind(normalized: string): [string, string] {
  const match = /^(.*\d)([A-Z]\d?)$/.exec(normalized);
  return match ? [match[1] ?? normalized, match[2] ?? ''] : [normalized, ''];
}
