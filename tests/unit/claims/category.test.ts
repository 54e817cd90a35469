import { describe, expect, it } from 'vitest';
import { categoryOfOpening, hasMeansPlusFunction } from '../../../shared/claims/category';
import { parseClaimsText } from '../../../shared/claims/parse-text';

describe('statutory category', () => {
  it.each([
    ['A method of determining power consumption of a network comprising devices, the method comprising:', 'method'],
    ['A computer-implemented method comprising:', 'method'],
    ['A process for making a widget, comprising:', 'method'],
    ['A computer system, comprising:', 'system'],
    ['A processing system for a vehicle comprising:', 'system'],
    ['A computing device comprising:', 'apparatus'],
    ['An apparatus for storing data, comprising:', 'apparatus'],
    ['A web server chip connectable to a network, comprising:', 'apparatus'],
    ['One or more computer storage media having stored thereon instructions that cause a processor to:', 'computer-readable-medium'],
    ['A non-transitory computer-readable medium storing instructions that, when executed, cause:', 'computer-readable-medium'],
    ['A computer program product comprising a memory storing code for a system that:', 'computer-readable-medium'],
    ['A pharmaceutical composition comprising:', 'composition'],
    ['In a combustion engine having a cylinder, the improvement comprising:', 'apparatus'],
    ['A signal encoded with data, comprising:', 'other'],
  ])('%s → %s', (opening, category) => {
    expect(categoryOfOpening(opening)).toBe(category);
  });

  it('gives a dependent claim the category of the independent claim it rests on', () => {
    const { claims } = parseClaimsText(
      '1. A computer system, comprising: a processor.\n2. The computing device of claim 1, wherein the processor is fast.\n3. The device of claim 2, further comprising a fan.',
    );
    expect(claims.map((c) => c.category)).toEqual(['system', 'system', 'system']);
  });
});

describe('means-plus-function', () => {
  it.each([
    ['a processor; and means for storing the data.', true],
    ['a processor; and a means for storing the data.', true],
    ['a housing without means for cooling the processor.', false],
    ['a housing having no means for cooling the processor.', false],
    ['a housing connected by means of a screw.', false],
    ['a meansfor mechanism.', false],
  ])('%s → %s', (text, expected) => {
    expect(hasMeansPlusFunction(text)).toBe(expected);
  });

  it('marks a parsed claim that uses it', () => {
    const { claims } = parseClaimsText('1. An apparatus comprising: means for receiving a signal; and a display.');
    expect(claims[0]?.meansPlusFunction).toBe(true);
  });
});
