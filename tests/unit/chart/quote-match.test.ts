import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../shared/text/quote-match';

// As a PDF's text layer gives it: a line-end hyphenation, a ligature, curly quotes, ragged whitespace.
const source =
  'The baseboard management controller (BMC) periodically reads the power con-\nsumption of each node and\n' +
  'exposes the readings through the Redﬁsh “PowerControl” resource.   It also logs them.';

describe('matchQuote', () => {
  it.each([
    ['the verbatim text', 'The baseboard management controller (BMC) periodically reads the power consumption of each node'],
    ['a passage from the middle', 'reads the power consumption of each node'],
    ['the source’s own typography, normalized', 'exposes the readings through the Redfish "PowerControl" resource.'],
    ['an elision with …', 'The baseboard management controller … exposes the readings'],
    ['an elision with three dots', 'The baseboard management controller ... exposes the readings'],
    ['an elision with spaced dots', 'The baseboard management controller . . . exposes the readings'],
    ['a bracketed capital', '[T]he readings through the Redfish'],
    ['a bracketed alteration of words', 'The [BMC] periodically reads the power consumption'],
    ['an alteration and an elision together', '[The controller] periodically reads … [the] readings through the Redfish “PowerControl” resource. … It also logs them.'],
  ])('accepts %s', (_, quote) => {
    expect(matchQuote(quote, source)).toEqual({ ok: true });
  });

  it('flags an edited word, at the word', () => {
    const quote = 'The baseboard management controller (BMC) periodically writes the power consumption';
    expect(matchQuote(quote, source)).toEqual({ ok: false, reason: 'differs', firstMismatchAt: quote.indexOf('writes') });
  });

  it('flags an edited word after an elision, at the word', () => {
    const quote = 'The baseboard management controller … exposes the values through the Redfish';
    expect(matchQuote(quote, source)).toEqual({ ok: false, reason: 'differs', firstMismatchAt: quote.indexOf('values') });
  });

  it('with whole words, flags a quote that starts or ends inside a word of its source, unless a bracket stands there', () => {
    const excerpt = 'The BMC reports bad or non-working components and the readings of each node.';
    const whole = { wholeWords: true };
    expect(matchQuote('working components', excerpt, whole)).toMatchObject({ ok: false });
    expect(matchQuote('The BMC reports … e readings', excerpt, whole)).toMatchObject({ ok: false });
    expect(matchQuote('the readings of each no', excerpt, whole)).toMatchObject({ ok: false });
    expect(matchQuote('the readings of each no[de]', excerpt, whole)).toEqual({ ok: true });
    expect(matchQuote('[t]he readings', excerpt, whole)).toEqual({ ok: true });
    expect(matchQuote('non-working components … of each node.', excerpt, whole)).toEqual({ ok: true });
  });

  it('flags words added without brackets', () => {
    const quote = 'reads the power consumption of each and every node';
    expect(matchQuote(quote, source)).toEqual({ ok: false, reason: 'differs', firstMismatchAt: quote.indexOf('and every') });
  });

  it('flags pieces quoted out of order', () => {
    const quote = 'exposes the readings … The baseboard management controller';
    expect(matchQuote(quote, source)).toMatchObject({ ok: false, reason: 'differs', firstMismatchAt: quote.indexOf('The baseboard') });
  });

  it('does not let brackets stand in for an elision of a long passage', () => {
    const quote = 'The baseboard management controller [ ] resource.';
    expect(matchQuote(quote, source)).toMatchObject({ ok: false, reason: 'differs' });
  });

  it('flags a hyphen and a space typed inside a word, where the source has the word whole or hyphenated at a line end', () => {
    expect(matchQuote('Each sen- sor reports its reading', 'Each sensor reports its reading.')).toMatchObject({ ok: false, reason: 'differs' });
    // The source's "con-\nsumption" is one word hyphenated at a line end: "consumption", not "con- sumption".
    expect(matchQuote('reads the power con- sumption of each node', source)).toMatchObject({ ok: false, reason: 'differs' });
  });

  it('accepts a hyphen and a space the source has too, and the source’s own line-end hyphenation', () => {
    expect(matchQuote('runs pre- and post-boot checks', 'The BMC runs pre- and post-boot checks on each node.')).toEqual({ ok: true });
    expect(matchQuote('reads the power con-\nsumption of each node', source)).toEqual({ ok: true });
    expect(matchQuote('reads the power con-sumption', source)).toEqual({ ok: true });
  });

  it('flags a quote with no words of its own', () => {
    expect(matchQuote('…', source)).toEqual({ ok: false, reason: 'empty', firstMismatchAt: 0 });
    expect(matchQuote('  ', source)).toEqual({ ok: false, reason: 'empty', firstMismatchAt: 0 });
  });
});
