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

  it('flags a quote with no words of its own', () => {
    expect(matchQuote('…', source)).toEqual({ ok: false, reason: 'empty', firstMismatchAt: 0 });
    expect(matchQuote('  ', source)).toEqual({ ok: false, reason: 'empty', firstMismatchAt: 0 });
  });
});
