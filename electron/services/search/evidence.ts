/**
 * "Find evidence for this limitation": the limitation's words without claim boilerplate, weighted by how
 * rare each is in the matter's pages (inverse document frequency from the index), as one OR query that
 * BM25 ranks. Adjacent words also go in as two-word phrases, so a page that says "host console" outranks
 * one that says "host" and "console" far apart.
 */
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { anyOfExpression, phraseExpression, wordTokens, type Phrase } from './match-expression';

/** Claim drafting and function words: they say nothing about where the evidence is. */
const BOILERPLATE = new Set(
  (
    'a an the and or nor but not no of to in on at by for from with within without into onto upon over under ' +
    'between among as is are be been being was were it its this that these those which who whom whose such ' +
    'said wherein whereby wherefrom whereof therein thereof thereby thereto therefrom thereon herein hereby ' +
    'comprising comprises comprise comprised including includes include included having has have ' +
    'consisting consists essentially configured configure adapted operable capable arranged ' +
    'plurality least one more first second third fourth fifth each any all other another respective ' +
    'respectively corresponding associated based via further also wherein when where whether then than ' +
    'can may might will would shall should must so if only same claim claims according using used ' +
    'selected group thereafter thereabove therebelow'
  ).split(/\s+/),
);

/** More terms than this add noise and query time, not evidence. */
const MAX_TERMS = 16;
/** Distinct words looked up in the index: a limitation has far fewer; pasted pages are cut here. */
const MAX_CANDIDATES = 64;
/** A term on more than this share of the pages does not tell one passage from another. */
const COMMON_SHARE = 0.5;

export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
}

export interface EvidenceQuery {
  readonly expression: string | null;
  readonly terms: WeightedTerm[];
}

function isContentWord(word: string): boolean {
  return word.length >= 2 && !BOILERPLATE.has(word) && !/^\d{1,2}$/.test(word);
}

/** Pages whose text holds the word (as the index stems it). */
function pagesWith(db: Db, word: string): number {
  const row = stmt(db, 'SELECT count(*) AS n FROM pages_fts WHERE pages_fts MATCH ?').get(
    phraseExpression({ words: [word], prefix: false }),
  ) as { n: number };
  return row.n;
}

/** BM25's inverse document frequency (always positive). */
function idf(pageCount: number, pagesWithTerm: number): number {
  return Math.log(1 + (pageCount - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5));
}

export function evidenceQuery(db: Db, limitation: string): EvidenceQuery {
  const words = wordTokens(limitation).map((w) => w.toLowerCase());
  const candidates = [...new Set(words.filter(isContentWord))].slice(0, MAX_CANDIDATES);
  const { n: pageCount } = stmt(db, 'SELECT count(*) AS n FROM pages').get() as { n: number };
  const counted = candidates
    .map((term) => ({ term, pages: pagesWith(db, term) }))
    .filter((t) => t.pages > 0);
  const distinctive = counted.filter((t) => t.pages <= pageCount * COMMON_SHARE);
  const chosen = (distinctive.length >= 2 ? distinctive : counted)
    .map((t) => ({ term: t.term, weight: idf(pageCount, t.pages) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_TERMS);

  const kept = new Set(chosen.map((t) => t.term));
  const pairs: Phrase[] = [];
  const seenPairs = new Set<string>();
  words.forEach((word, i) => {
    const next = words[i + 1];
    const key = `${word} ${next}`;
    if (next && kept.has(word) && kept.has(next) && word !== next && !seenPairs.has(key)) {
      seenPairs.add(key);
      pairs.push({ words: [word, next], prefix: false });
    }
  });
  const phrases = [...chosen.map((t) => ({ words: [t.term], prefix: false })), ...pairs];
  return { expression: anyOfExpression(phrases), terms: chosen.map((t) => ({ term: t.term, weight: Number(t.weight.toFixed(3)) })) };
}
