import { describe, expect, it } from 'vitest';
import { findQuote, normalizeText } from '../../shared/text/normalize';

describe('normalizeText', () => {
  it.each([
    ['ligatures (NFKC)', 'the ﬁrst ﬂow is eﬃcient', 'the first flow is efficient'],
    ['soft hyphens and zero-width characters', 'config\u00ADurable\u200B fan', 'configurable fan'],
    ['a word hyphenated at a line end', 'the fan is configu-\n  rable online', 'the fan is configurable online'],
    ['the same after a CRLF and with a real hyphen', 'configu-\r\nrable, Wi-\nFi, CC-BY-\n4.0', 'configurable, Wi-Fi, CC-BY-4.0'],
    ['PDFium line-end hyphen mark', 'configu\uFFFEration', 'configu-ration'],
    ['whitespace collapsed and trimmed', '  host \t console\n\n port  ', 'host console port'],
    ['curly quotes and dashes made plain', '\u201CSerial\u201D isn\u2019t \u2013 \u2014 \u2212', '"Serial" isn\'t - - -'],
    ['non-breaking and full-width forms', 'port\u00A02200 ＢＭＣ', 'port 2200 BMC'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('does not join a hyphen that is not at a line end', () => {
    expect(normalizeText('hot-swappable fan')).toBe('hot-swappable fan');
    expect(normalizeText('state- of the art')).toBe('state- of the art');
  });
});

describe('findQuote', () => {
  const page = 'The BMC ﬁrmware is configu-\r\nrable from the web interface.\r\nThe \u201CSerial over LAN\u201D console is on.';

  it('finds a quote whatever spaces, hyphens, ligatures and quote marks it was copied with, in page offsets', () => {
    for (const quote of ['firmware is configurable', 'ﬁrmware  is\nconfigu- rable', '"Serial over LAN" console', 'configurablefrom the', 'Serial\u00ADover LAN']) {
      const range = findQuote(page, quote);
      expect(range, quote).toBeDefined();
    }
    const range = findQuote(page, 'firmware is configurable from')!;
    expect(page.slice(range.start, range.end)).toBe('ﬁrmware is configu-\r\nrable from');
  });

  it('maps offsets back through characters NFKC expands and surrogate pairs', () => {
    const text = 'x 𝐀 ﬃ y';
    const range = findQuote(text, 'ffi y')!;
    expect(text.slice(range.start, range.end)).toBe('ﬃ y');
    const astral = findQuote(text, '𝐀')!;
    expect(text.slice(astral.start, astral.end)).toBe('𝐀');
  });

  it('ignores diacritics but not letters', () => {
    expect(findQuote('Café résumé', 'Cafe resume')).toEqual({ start: 0, end: 11 });
    expect(findQuote('e\u0301te\u0301', 'été')).toEqual({ start: 0, end: 5 });
    expect(findQuote(page, 'firmware is reconfigurable')).toBeUndefined();
    expect(findQuote(page, 'Firmware')).toBeUndefined();
  });

  it('finds only whole words at the quote’s ends, so dropping part of a word cannot turn its meaning', () => {
    const status = 'GARD marks bad or non-working components; the watchdog resets them.';
    const whole = { wholeWords: true };
    expect(findQuote(status, 'working components', whole)).toBeUndefined(); // "non-working"
    expect(findQuote(status, 'e watchdog', whole)).toBeUndefined();
    expect(findQuote(status, 'bad or non', whole)).toBeUndefined();
    expect(findQuote(status, 'the watch', whole)).toBeUndefined();
    expect(findQuote(status, 'working components')).toBeDefined(); // without wholeWords, as across engines
    expect(findQuote(status, 'non-working components', whole)).toBeDefined();
    expect(findQuote(status, 'components;', whole)).toBeDefined();
    expect(findQuote(status, 'the watchdog resets them.', whole)).toBeDefined();
    // A later whole-word occurrence is found past an earlier part-word one.
    expect(findQuote('non-working parts; working parts', 'working parts', whole)!.start).toBe(19);
    // A line joined at a line-end hyphen is a boundary: the engines cannot tell "configu-/rable" from a compound.
    expect(findQuote('is configu-\nrable from the web', 'rable from', whole)).toBeDefined();
    // Bracketed alterations allow a part word at their side; `from` bounds where the match may start.
    expect(findQuote(status, 'he watchdog', { ...whole, partialStart: true })).toBeDefined();
    expect(findQuote(status, 'the watch', { ...whole, partialEnd: true })).toBeDefined();
    expect(findQuote('a b a b', 'a b', { from: 1 })).toEqual({ start: 4, end: 7 });
  });

  it('finds nothing for an empty or blank quote', () => {
    expect(findQuote(page, '')).toBeUndefined();
    expect(findQuote(page, ' \n- ')).toBeUndefined();
  });
});
