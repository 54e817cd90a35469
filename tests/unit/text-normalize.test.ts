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

  it('finds nothing for an empty or blank quote', () => {
    expect(findQuote(page, '')).toBeUndefined();
    expect(findQuote(page, ' \n- ')).toBeUndefined();
  });
});
