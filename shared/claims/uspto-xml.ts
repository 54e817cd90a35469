import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildClaimSet, type ClaimDraft } from './claim-set';
import { cleanCharacters, collapseSpaces } from './clean';
import { normalizePatentNumber, patentNumbersMatch } from './patent-number';
import { endsAtElementBoundary, type SourceBreak } from './split';
import { readStatusMarker } from './status';
import { ClaimImportError, type ParsedPatent, type PatentBiblio } from './types';

// USPTO full-text XML (ICE, DTD v4.x): one <us-patent-grant> or <us-patent-application> per document; a weekly bulk
// file is many documents, each with its own <?xml?> declaration, simply concatenated. A claim is a <claim> whose
// nested <claim-text> elements are the drafter's elements, so they give the limitations directly.

type XmlNode = Record<string, unknown>;

const PATENT_ROOTS = ['us-patent-grant', 'us-patent-application'] as const;
const PATENT_ROOT = /<(us-patent-grant|us-patent-application)\b/;
const CLAIM_NUMBER_PREFIX = /^\d+\s*\.\s*/;
const CLAIM_ID = /^CLM-0*(\d+)$/i;
export const MAX_NUMBERS_LISTED = 5;

// Entities: fast-xml-parser decodes only XML's five named ones by default; `htmlEntities` adds numeric character
// references (&#x2019; &#8220; — how USPTO XML writes every character outside ASCII) and the common HTML names
// (&mdash; &deg;…), decoded in one pass so "&amp;#8220;" stays the literal text "&#8220;". Entities a DOCTYPE
// declares keep the parser's expansion limits.
const parser = new XMLParser({
  preserveOrder: true,
  htmlEntities: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

export function parseUsptoXml(xml: string, wantedNumber?: string): ParsedPatent {
  const documents = splitDocuments(xml).filter((doc) => PATENT_ROOT.test(doc));
  if (!documents.length) throw notAPatent(xml);
  const document = pickDocument(documents, wantedNumber);
  const validation = XMLValidator.validate(document);
  if (validation !== true) {
    throw new ClaimImportError(
      'invalid-xml',
      `This XML file is damaged (line ${validation.err.line}: ${validation.err.msg}). Download it again or paste the claims instead.`,
    );
  }
  const root = rootElement(parser.parse(document) as XmlNode[]);
  if (!root) throw notAPatent(document);
  const patent = readBiblio(root);
  const claims = child(children(root), 'claims');
  const drafts = claims ? children(claims).filter((n) => tagOf(n) === 'claim').map(claimDraft) : [];
  if (!drafts.length) throw new ClaimImportError('no-claims', `The XML of ${patent.number} holds no claims.`);
  return { patent, ...buildClaimSet(drafts) };
}

function splitDocuments(xml: string): string[] {
  const starts = [...xml.matchAll(/<\?xml\s/g)].map((m) => m.index);
  if (starts.length <= 1) return [xml];
  return starts.map((start, i) => xml.slice(start, starts[i + 1] ?? xml.length));
}

/** Picks a document by the number in its <publication-reference>, read cheaply so a bulk file is parsed only once. */
function pickDocument(documents: string[], wantedNumber: string | undefined): string {
  const numbers = documents.map(publicationNumber);
  if (wantedNumber === undefined) {
    const [only] = documents;
    if (only !== undefined && documents.length === 1) return only;
    throw multipleDocumentsError(documents.length, numbers);
  }
  const index = numbers.findIndex((number) => patentNumbersMatch(number, wantedNumber));
  const found = documents[index];
  if (found === undefined) throw numberNotFoundError(wantedNumber, documents.length, numbers);
  return found;
}

// What a bulk file is told by: electron/services/patents/uspto-xml-file.ts reads a file too large for one string
// document by document, with these same tests and messages.

/** Whether a document (or its first kilobytes) is a patent grant or application. */
export function isPatentDocument(document: string): boolean {
  return PATENT_ROOT.test(document);
}

/** The normalized number in a document's <publication-reference>; its first kilobytes are enough. */
export function publicationNumber(document: string): string {
  const reference = /<publication-reference\b[\s\S]*?<\/publication-reference>/.exec(document)?.[0] ?? '';
  const field = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(reference)?.[1]?.trim() ?? '';
  return normalizePatentNumber(`${field('country') || 'US'}${field('doc-number')}${field('kind')}`);
}

/** The numbers a message lists: the first few, "…" when there are more. `numbers` may hold only the first few. */
function listed(count: number, numbers: readonly string[]): string {
  return `${numbers.slice(0, MAX_NUMBERS_LISTED).join(', ')}${count > MAX_NUMBERS_LISTED ? ', …' : ''}`;
}

export function multipleDocumentsError(count: number, firstNumbers: readonly string[]): ClaimImportError {
  return new ClaimImportError(
    'multiple-documents',
    `This file holds ${count} patent documents (${listed(count, firstNumbers)}). Say which patent number to import.`,
  );
}

export function numberNotFoundError(wantedNumber: string, count: number, firstNumbers: readonly string[]): ClaimImportError {
  return new ClaimImportError(
    'number-not-found',
    `Patent ${wantedNumber} is not in this file, which holds ${count} patent document${count === 1 ? '' : 's'} (${listed(count, firstNumbers)}).`,
  );
}

/** For a file with no patent document: names the main element it has instead. */
export function notAPatent(xml: string): ClaimImportError {
  const root = /<([A-Za-z_][\w.:-]*)[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![\s\S]*?>/g, ''))?.[1];
  const what = root ? `its main element is <${root}>` : 'no XML element was found';
  return new ClaimImportError(
    'not-a-patent',
    `This is not a USPTO patent XML file (${what}). Import a USPTO full-text grant or application (<us-patent-grant> or <us-patent-application>), a patent PDF, or paste the claims.`,
  );
}

function rootElement(nodes: XmlNode[]): XmlNode | undefined {
  return nodes.find((node) => PATENT_ROOTS.some((root) => tagOf(node) === root));
}

// --- claims ---

interface Segment {
  text: string;
  /** -1 for the claim's opening, then 0 for its elements, 1 for their sub-items… */
  depth: number;
}

function claimDraft(claim: XmlNode): ClaimDraft {
  const segments = mergeMidSentenceSegments(claimSegments(claim));
  const [opening, ...elements] = segments;
  const numberPrefix = CLAIM_NUMBER_PREFIX.exec(opening?.text ?? '')?.[0] ?? '';
  const { status, marker, rest } = readStatusMarker((opening?.text ?? '').slice(numberPrefix.length));
  const parts = [{ text: rest, depth: -1 }, ...elements].filter((s) => s.text);
  const breaks: SourceBreak[] = [];
  let text = '';
  for (const part of parts) {
    if (text) {
      text += ' ';
      breaks.push({ offset: text.length, depth: Math.max(part.depth, 0) });
    }
    text += part.text;
  }
  const number = Number(attribute(claim, 'num') ?? numberPrefix.replace(/\D/g, ''));
  return { number, text, status, statusMarker: marker, breaks, linkedClaims: claimRefs(claim) };
}

/** The claims a claim refers to by <claim-ref idref="CLM-00001">, whatever the reference's text says. */
function claimRefs(claim: XmlNode): number[] {
  return descendants(claim, 'claim-ref').flatMap((ref) => {
    const id = CLAIM_ID.exec(attribute(ref, 'idref') ?? '')?.[1];
    return id === undefined ? [] : [Number(id)];
  });
}

/** Each <claim-text> opens a segment; text that follows a nested <claim-text> continues its parent's level. */
function claimSegments(claim: XmlNode): Segment[] {
  const segments: Segment[] = [];
  const walk = (claimText: XmlNode, depth: number) => {
    let current: Segment = { text: '', depth };
    segments.push(current);
    for (const node of children(claimText)) {
      if (tagOf(node) !== 'claim-text') {
        current.text += inlineText(node);
        continue;
      }
      walk(node, depth + 1);
      current = { text: '', depth: Math.max(depth, 0) };
      segments.push(current);
    }
  };
  children(claim)
    .filter((node) => tagOf(node) === 'claim-text')
    .forEach((claimText, index) => walk(claimText, index === 0 ? -1 : 0));
  return segments.map((s) => ({ ...s, text: collapseSpaces(cleanCharacters(s.text)) })).filter((s) => s.text);
}

/** A <claim-text> that stops mid-sentence ("…in a real-time control data stream") is continued by the next one. */
function mergeMidSentenceSegments(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const previous = merged[merged.length - 1];
    if (previous && !endsAtElementBoundary(previous.text)) previous.text += ` ${segment.text}`;
    else merged.push({ ...segment });
  }
  return merged;
}

function inlineText(node: XmlNode): string {
  const tag = tagOf(node);
  if (tag === '#text') return String(node['#text'] ?? '');
  if (tag === 'br') return ' ';
  return children(node).map(inlineText).join('');
}

// --- bibliographic data ---

function readBiblio(root: XmlNode): PatentBiblio {
  const bib = children(root).find((n) => tagOf(n)?.startsWith('us-bibliographic-data')) ?? {};
  const publication = pathOf(bib, 'publication-reference', 'document-id');
  const application = pathOf(bib, 'application-reference', 'document-id');
  const field = (node: XmlNode | undefined, tag: string) => {
    const found = node ? child(children(node), tag) : undefined;
    return found ? collapseSpaces(textOf(found)) || null : null;
  };
  const kind = field(publication, 'kind');
  const publicationDate = isoDate(field(publication, 'date'));
  const title = descendants(bib, 'invention-title')[0];
  const abstract = child(children(root), 'abstract');
  return {
    number: normalizePatentNumber(`${field(publication, 'country') ?? 'US'}${field(publication, 'doc-number') ?? ''}${kind ?? ''}`),
    kind,
    title: title ? collapseSpaces(textOf(title)) : null,
    applicationNumber: formatApplicationNumber(field(application, 'doc-number')),
    filingDate: isoDate(field(application, 'date')),
    issueDate: tagOf(root) === 'us-patent-grant' ? publicationDate : null,
    publicationDate,
    inventors: inventorNames(bib),
    assignee: descendants(bib, 'assignee').map(partyName).filter(Boolean).join('; ') || null,
    abstract: abstract
      ? descendants(abstract, 'p').map((p) => collapseSpaces(cleanCharacters(textOf(p)))).join('\n\n') || null
      : null,
  };
}

/** DTD v4.3+ lists <inventor>s; v4.0–4.2 list <applicant app-type="applicant-inventor">. */
function inventorNames(bib: XmlNode): string[] {
  const inventors = descendants(bib, 'inventor');
  const people = inventors.length
    ? inventors
    : [...descendants(bib, 'applicant'), ...descendants(bib, 'us-applicant')].filter(
        (a) => attribute(a, 'app-type') === 'applicant-inventor',
      );
  return people.map(partyName).filter(Boolean);
}

function partyName(party: XmlNode): string {
  const book = descendants(party, 'addressbook')[0] ?? party;
  const part = (tag: string) => collapseSpaces(textOf(descendants(book, tag)[0] ?? {}));
  return part('orgname') || [part('first-name'), part('last-name')].filter(Boolean).join(' ');
}

function isoDate(yyyymmdd: string | null): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd ?? '');
  return match && match[2] !== '00' && match[3] !== '00' ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** "09703574" → "09/703,574", the way application numbers are cited. */
function formatApplicationNumber(number: string | null): string | null {
  const match = /^(\d{2})(\d{3})(\d{3})$/.exec(number ?? '');
  return match ? `${match[1]}/${match[2]},${match[3]}` : number;
}

// --- the parser's ordered nodes: [{ tag: [children…], ':@': { attributes } }, { '#text': '…' }] ---

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@');
}

function children(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag && tag !== '#text' ? node[tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attribute(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, unknown> | undefined;
  const value = attributes?.[name];
  return typeof value === 'string' ? value : undefined;
}

function child(nodes: XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((node) => tagOf(node) === tag);
}

function pathOf(node: XmlNode, ...tags: string[]): XmlNode | undefined {
  let current: XmlNode | undefined = node;
  for (const tag of tags) current = current ? child(children(current), tag) : undefined;
  return current;
}

function descendants(node: XmlNode, tag: string): XmlNode[] {
  return children(node).flatMap((c) => (tagOf(c) === tag ? [c] : descendants(c, tag)));
}

function textOf(node: XmlNode): string {
  return tagOf(node) === '#text' ? String(node['#text'] ?? '') : children(node).map(textOf).join('');
}
