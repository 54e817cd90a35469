import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseClaimsText } from '../../shared/claims/parse-text';
import { ClaimImportError, type ParsedClaim, type ParsedLimitation } from '../../shared/claims/types';
import { parseUsptoXml } from '../../shared/claims/uspto-xml';
import { claimNumbered, expectEveryClaimVerbatim, rows } from '../unit/claims/helpers';

const xmlDir = path.resolve(__dirname, '../../../shared/data/uspto-xml');
const readSample = (file: string) => readFileSync(path.join(xmlDir, file), 'utf8');
const xml935 = readSample('US06970935.xml'); // DTD v4.0
const xml630 = readSample('US07272630B2.xml'); // DTD v4.2

// An independent reading of the XML, by regular expressions rather than the parser, to hold the parser against.

interface XmlSegment {
  text: string;
  /** -1: the claim's opening; 0: an element; 1: a sub-item… */
  depth: number;
}

interface XmlClaim {
  number: number;
  /** The numbers in <claim-ref idref="CLM-000nn">. */
  refs: number[];
  segments: XmlSegment[];
}

function claimsByRegex(xml: string): XmlClaim[] {
  const claims = /<claims\b[^>]*>([\s\S]*?)<\/claims>/.exec(xml)?.[1] ?? '';
  return [...claims.matchAll(/<claim\b[^>]*\bnum="(\d+)"[^>]*>([\s\S]*?)<\/claim>/g)].map(([, num, body = '']) => ({
    number: Number(num),
    refs: [...new Set([...body.matchAll(/<claim-ref\b[^>]*\bidref="CLM-(\d+)"/g)].map((m) => Number(m[1])))],
    segments: segmentsByTokens(body),
  }));
}

/** Every <claim-text> opens a segment one level down; after its </claim-text> the parent's level resumes. */
function segmentsByTokens(body: string): XmlSegment[] {
  const segments: XmlSegment[] = [];
  let level = -2;
  let current: XmlSegment | null = null;
  for (const token of body.split(/(<\/?claim-text\b[^>]*>)/)) {
    if (token.startsWith('<claim-text')) segments.push((current = { text: '', depth: ++level }));
    else if (token.startsWith('</claim-text')) segments.push((current = { text: '', depth: Math.max(--level, 0) }));
    else if (current) current.text += token.replace(/<[^>]+>/g, '');
  }
  return segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() })).filter((s) => s.text);
}

const ELEMENT_END = /(?:[;:,.]|\b(?:and|or))$/;

/**
 * What the XML says the limitations are: the opening (without "1. ") is the preamble, each nested <claim-text> an
 * element at its nesting depth. Two readings on top of the raw structure: a <claim-text> that stops mid-sentence is
 * continued by the next one (claim 22 of US 6,970,935 breaks "…control data stream" / "comprising control data…"),
 * and a dependent claim's opening ("…as recited in claim 1, further comprising:") is part of its first element.
 */
function expectedLimitations(claim: XmlClaim): Pick<ParsedLimitation, 'kind' | 'depth' | 'text'>[] {
  const merged: XmlSegment[] = [];
  for (const segment of claim.segments) {
    const previous = merged[merged.length - 1];
    if (previous && !ELEMENT_END.test(previous.text)) previous.text += ` ${segment.text}`;
    else merged.push({ ...segment });
  }
  const [opening, ...elements] = merged;
  if (!opening) return [];
  opening.text = opening.text.replace(/^\d+\s*\.\s*/, '');
  if (claim.refs.length) {
    const [first, ...rest] = elements;
    if (first && opening.text.endsWith(':')) {
      return [{ kind: 'element', depth: first.depth, text: `${opening.text} ${first.text}` }, ...rest.map(asElement)];
    }
    return [{ kind: 'element', depth: 0, text: opening.text }, ...elements.map(asElement)];
  }
  return [{ kind: 'preamble', depth: 0, text: opening.text }, ...elements.map(asElement)];
}

const asElement = (s: XmlSegment) => ({ kind: 'element' as const, depth: s.depth, text: s.text });
const shape = (claim: ParsedClaim) => claim.limitations.map(({ kind, depth, text }) => ({ kind, depth, text }));

/** The claims as Google Patents or a Word file would show them: one paragraph per claim, or one line per element. */
function renderClaims(xmlClaims: readonly XmlClaim[], layout: 'paragraph' | 'line-per-element'): string {
  const separator = layout === 'paragraph' ? ' ' : '\n';
  return `What is claimed is:\n\n${xmlClaims.map((c) => c.segments.map((s) => s.text).join(separator)).join('\n\n')}\n`;
}

const samples = [
  { name: 'US 6,970,935 (DTD v4.0)', xml: xml935, count: 30, commaEndedClaims: [30] },
  { name: 'US 7,272,630 B2 (DTD v4.2)', xml: xml630, count: 17, commaEndedClaims: [] },
];

describe.each(samples)('USPTO XML $name', ({ xml, count, commaEndedClaims }) => {
  const parsed = parseUsptoXml(xml);
  const xmlClaims = claimsByRegex(xml);

  it('has every claim, each split without losing or repeating a word', () => {
    expect(xmlClaims).toHaveLength(count);
    expect(parsed.claims.map((c) => c.number)).toEqual(xmlClaims.map((c) => c.number));
    expect(parsed.claims.map((c) => c.status)).toEqual(xmlClaims.map(() => 'active'));
    expectEveryClaimVerbatim(parsed.claims);
    expect(parsed.warnings).toEqual([]);
    for (const claim of parsed.claims) expect(claim.warnings, `claim ${claim.number}`).toEqual([]);
  });

  it('reads every dependency the XML marks with <claim-ref>', () => {
    expect(parsed.claims.map((c) => [c.number, c.dependsOn])).toEqual(xmlClaims.map((c) => [c.number, c.refs]));
  });

  it('makes the nested <claim-text> elements the limitations', () => {
    for (const xmlClaim of xmlClaims) {
      expect(shape(claimNumbered(parsed.claims, xmlClaim.number)), `claim ${xmlClaim.number}`).toEqual(
        expectedLimitations(xmlClaim),
      );
    }
  });

  it('reads the same claims from the text rendered one line per element', () => {
    const fromText = parseClaimsText(renderClaims(xmlClaims, 'line-per-element'));
    expectEveryClaimVerbatim(fromText.claims);
    expect(fromText.claims.map(summary)).toEqual(parsed.claims.map(summary));
    expect(fromText.claims.map(shape)).toEqual(parsed.claims.map(shape));
  });

  it('reads the same claims and dependencies from the text rendered one paragraph per claim', () => {
    const fromText = parseClaimsText(renderClaims(xmlClaims, 'paragraph'));
    expectEveryClaimVerbatim(fromText.claims);
    expect(fromText.claims.map(summary)).toEqual(parsed.claims.map(summary));
    // Without line breaks, an element the drafter ended with a comma runs into the next one (claim 30 of '935).
    const differing = fromText.claims.filter((c) => !isDeepStrictEqual(shape(c), shape(claimNumbered(parsed.claims, c.number))));
    expect(differing.map((c) => c.number)).toEqual(commaEndedClaims);
    for (const claim of differing) {
      expect(claim.limitations[claim.limitations.length - 1]?.text).toMatch(/over the network, wherein the audio data/);
    }
  });
});

const summary = (c: ParsedClaim) => ({
  number: c.number,
  text: c.text,
  dependsOn: c.dependsOn,
  category: c.category,
  preamble: c.preamble,
  transition: c.transition,
});

describe('USPTO XML claims read as a chart would', () => {
  it('nests the layers of claim 1 of US 6,970,935 under its communication stack', () => {
    const claim = claimNumbered(parseUsptoXml(xml935).claims, 1);
    expect(rows(claim).map(([label, text]) => [label, text.slice(0, 30)])).toEqual([
      ['[1pre]', 'A communication system, compri'],
      ['[1a]', 'a communication stack comprisi'],
      ['[1a(i)]', 'a first layer for generating e'],
      ['[1a(ii)]', 'a second layer for generating '],
      ['[1a(iii)]', 'a third layer for generating a'],
      ['[1a(iv)]', 'a fourth layer for transportin'],
    ]);
    expect(claim.category).toBe('system');
    expect(claim.transition).toBe('comprising');
  });

  it('keeps the third layer of claim 22 whole although the XML breaks it over three <claim-text>s', () => {
    const claim = claimNumbered(parseUsptoXml(xml935).claims, 22);
    expect(rows(claim)[4]).toEqual([
      '[22a(iii)]',
      'a third layer for wrapping control messages in a real-time control data stream comprising control data that enables real-time control and coordination of conversational distributed functions over the network; and',
    ]);
    expect(rows(claim)[5]?.[0]).toBe('[22a(iv)]');
  });

  it('gives claim 30 of US 6,970,935 its four steps, the last a wherein clause', () => {
    const claim = claimNumbered(parseUsptoXml(xml935).claims, 30);
    expect(claim.category).toBe('method');
    expect(claim.transition).toBe('comprising the steps of');
    expect(rows(claim).map(([label]) => label)).toEqual(['[30pre]', '[30a]', '[30b]', '[30c]', '[30d]']);
    expect(claim.limitations[4]?.text).toMatch(/^wherein the audio data comprises compressed feature vectors/);
  });

  it('splits the dependent claims of US 7,272,630 that add several steps, the reference in the first', () => {
    const claims = parseUsptoXml(xml630).claims;
    const firstWords = (text: string) => text.split(' ').slice(0, 9).join(' ');
    expect(rows(claimNumbered(claims, 7)).map(([label, text]) => [label, firstWords(text)])).toEqual([
      ['[7a]', 'A method as recited in claim 1, further comprising:'],
      ['[7b]', 'comparing the received object information to an object information'],
      ['[7c]', 'checking whether the received object information matches any of'],
      ['[7d]', 'determining that two potentially identical objects exist if the'],
    ]);
    expect(claimNumbered(claims, 7).limitations[0]?.text).toMatch(/further comprising: receiving object information .*another computer;$/);
    expect(rows(claimNumbered(claims, 2))).toEqual([['[2]', claimNumbered(claims, 2).text]]);
  });

  it('reads the categories of US 7,272,630: method, storage media, computing device', () => {
    const claims = parseUsptoXml(xml630).claims;
    expect([1, 9, 10, 13, 14, 17].map((n) => claimNumbered(claims, n).category)).toEqual([
      'method',
      'method',
      'computer-readable-medium',
      'computer-readable-medium',
      'apparatus',
      'apparatus',
    ]);
    expect(claimNumbered(claims, 14).limitations.map((l) => l.depth)).toEqual([0, 0, 0, 1, 1, 1]);
  });
});

describe('USPTO XML bibliographic data', () => {
  it('reads US 6,970,935 (DTD v4.0)', () => {
    const { patent } = parseUsptoXml(xml935);
    expect(patent).toMatchObject({
      number: 'US6970935B1',
      kind: 'B1',
      title: 'Conversational networking via transport, coding and control conversational protocols',
      applicationNumber: '09/703,574',
      filingDate: '2000-11-01',
      issueDate: '2005-11-29',
      publicationDate: '2005-11-29',
      inventors: ['Stephane H. Maes'],
      assignee: 'International Business Machines Corporation',
    });
    expect(patent?.abstract).toMatch(/^Conversational protocols for implementing distributed conversational networking/);
    expect(patent?.abstract).toMatch(/added as an extension of a header of an packet\.$/);
  });

  it('reads US 7,272,630 B2 (DTD v4.2)', () => {
    const { patent } = parseUsptoXml(xml630);
    expect(patent).toMatchObject({
      number: 'US7272630B2',
      kind: 'B2',
      title: 'Locating potentially identical objects across multiple computers based on stochastic partitioning of workload',
      applicationNumber: '10/991,571',
      filingDate: '2004-11-18',
      issueDate: '2007-09-18',
      inventors: ['John R. Douceur', 'Marvin M. Theimer', 'Atul Adya', 'William J. Bolosky'],
      assignee: 'Microsoft Corporation',
    });
    expect(patent?.abstract).toMatch(/^Potentially identical objects \(e\.g\., files\) are located/);
  });
});

describe('a weekly bulk file of concatenated documents', () => {
  const bulk = `${xml935}\n${xml630}\n`;

  it('picks each patent by its number, in any usual form', () => {
    const grant630 = parseUsptoXml(bulk, 'US 7,272,630 B2');
    expect(grant630.patent?.number).toBe('US7272630B2');
    expect(grant630.claims).toHaveLength(17);
    const grant935 = parseUsptoXml(bulk, '6970935');
    expect(grant935.patent?.number).toBe('US6970935B1');
    expect(grant935.claims).toHaveLength(30);
    expect(grant935.claims.map((c) => c.dependsOn)).toEqual(parseUsptoXml(xml935).claims.map((c) => c.dependsOn));
  });

  it('refuses a number that is not in the file, naming the ones that are', () => {
    expect(() => parseUsptoXml(bulk, 'US 7,634,671')).toThrowError(ClaimImportError);
    try {
      parseUsptoXml(bulk, 'US 7,634,671');
    } catch (error) {
      expect(error).toMatchObject({ code: 'number-not-found' });
      expect((error as Error).message).toContain('US 7,634,671');
      expect((error as Error).message).toContain('US6970935B1, US7272630B2');
    }
  });

  it('asks which patent when no number is given', () => {
    expect(() => parseUsptoXml(bulk)).toThrowError(/holds 2 patent documents/);
  });
});

describe('an application publication (<us-patent-application>)', () => {
  const application = xml630
    .replace(/us-patent-grant/g, 'us-patent-application')
    .replace(/us-bibliographic-data-grant/g, 'us-bibliographic-data-application')
    .replace('<doc-number>07272630</doc-number>\n<kind>B2</kind>', '<doc-number>20050097148</doc-number>\n<kind>A1</kind>');

  it('parses like a grant, numbered as a publication, with no issue date', () => {
    expect(application).toContain('<us-patent-application');
    const parsed = parseUsptoXml(application);
    expect(parsed.patent).toMatchObject({ number: 'US20050097148A1', kind: 'A1', issueDate: null, publicationDate: '2007-09-18' });
    expect(parsed.claims.map((c) => c.dependsOn)).toEqual(parseUsptoXml(xml630).claims.map((c) => c.dependsOn));
    expectEveryClaimVerbatim(parsed.claims);
  });
});
