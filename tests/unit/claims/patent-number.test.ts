import { describe, expect, it } from 'vitest';
import { normalizePatentNumber, patentNumbersMatch } from '../../../shared/claims/types';

describe('patent numbers', () => {
  it.each([
    ['US 7,634,671', 'US7634671'],
    ['7634671', 'US7634671'],
    ['US7634671B2', 'US7634671B2'],
    ['US 7,634,671 B2', 'US7634671B2'],
    ['U.S. Pat. No. 7,634,671', 'US7634671'],
    ['U.S. Patent No. 7,634,671 B2', 'US7634671B2'],
    ['US06970935', 'US6970935'],
    ['US 2005/0097148 A1', 'US20050097148A1'],
    ['RE43,123', 'USRE43123'],
    ['USRE43123E', 'USRE43123E'],
    ['D512,345', 'USD512345'],
    ['EP 1 234 567 B1', 'EP1234567B1'],
  ])('%s → %s', (input, normalized) => {
    expect(normalizePatentNumber(input)).toBe(normalized);
  });

  it('matches numbers with or without a kind code, but not different kinds or numbers', () => {
    expect(patentNumbersMatch('US 7,634,671', 'US7634671B2')).toBe(true);
    expect(patentNumbersMatch('7634671', 'US 7,634,671 B2')).toBe(true);
    expect(patentNumbersMatch('US06970935', 'US 6,970,935 B1')).toBe(true);
    expect(patentNumbersMatch('US7634671B1', 'US7634671B2')).toBe(false);
    expect(patentNumbersMatch('US7634671', 'US7634672')).toBe(false);
    expect(patentNumbersMatch('US7634671', 'EP7634671')).toBe(false);
  });
});
