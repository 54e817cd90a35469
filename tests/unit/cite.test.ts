import { describe, expect, it } from 'vitest';
import { batesNumber, DEFAULT_CITE_FORMAT, parseCiteFormat, pinpointCite, type CitableDocument } from '../../shared/citation/cite';

const produced: CitableDocument = { shortName: 'Aivres Manual', title: 'Aivres KR2280 User Manual', batesPrefix: 'AIVRES_', batesStart: 1234 };
const manual: CitableDocument = { shortName: 'KR2280 User Manual', title: 'KR2280 User Manual', batesPrefix: null, batesStart: null };

describe('Bates numbers', () => {
  it('advance from the first number by the page, zero-padded to the width', () => {
    expect(batesNumber(produced, 1)).toBe('AIVRES_0001234');
    expect(batesNumber(produced, 10)).toBe('AIVRES_0001243');
    expect(batesNumber(produced, 10, 9)).toBe('AIVRES_000001243');
    expect(batesNumber({ ...produced, batesStart: 123_456_789 }, 2)).toBe('AIVRES_123456790');
    expect(batesNumber({ ...produced, batesPrefix: null, batesStart: 0 }, 1)).toBe('0000000');
    expect(batesNumber(manual, 3)).toBeNull();
  });
});

describe('pinpointCite', () => {
  it('uses the Bates number when the document has one', () => {
    expect(pinpointCite(produced, { number: 3, label: 'iii' })).toBe('Aivres Manual at AIVRES_0001236');
  });

  it('uses the page label, else the page number, when it has none', () => {
    expect(pinpointCite(manual, { number: 47, label: '45' })).toBe('KR2280 User Manual at 45');
    expect(pinpointCite(manual, { number: 47, label: null })).toBe('KR2280 User Manual at 47');
    expect(pinpointCite(manual, { number: 47, label: '  ' })).toBe('KR2280 User Manual at 47');
  });

  it('follows the matter format, expanding each placeholder once', () => {
    const format = { batesWidth: 6, withBates: '{bates} ({title})', withoutBates: '{short}, p. {page} [{pageNumber}]' };
    expect(pinpointCite(produced, { number: 1, label: null }, format)).toBe('AIVRES_001234 (Aivres KR2280 User Manual)');
    expect(pinpointCite(manual, { number: 5, label: 'A-3' }, format)).toBe('KR2280 User Manual, p. A-3 [5]');
    expect(pinpointCite({ ...manual, shortName: 'Doc {page}' }, { number: 2, label: null })).toBe('Doc {page} at 2');
  });
});

describe('parseCiteFormat', () => {
  it('reads the stored format, falling back to the default for "default" and for anything unreadable', () => {
    const format = { batesWidth: 8, withBates: '{bates}', withoutBates: '{short} {page}' };
    expect(parseCiteFormat(JSON.stringify(format))).toEqual(format);
    expect(parseCiteFormat('default')).toBe(DEFAULT_CITE_FORMAT);
    expect(parseCiteFormat('{not json')).toBe(DEFAULT_CITE_FORMAT);
    expect(parseCiteFormat(JSON.stringify({ ...format, withBates: 'no placeholder' }))).toBe(DEFAULT_CITE_FORMAT);
  });
});
