import { describe, expect, it } from 'vitest';
import { parseClaimsText } from '../../../shared/claims/parse-text';
import { splitClaim } from '../../../shared/claims/split';
import { claimNumbered, expectEveryClaimVerbatim, rows } from './helpers';

const claimRows = (text: string, number = 1) => {
  const { claims } = parseClaimsText(text);
  expectEveryClaimVerbatim(claims);
  return rows(claimNumbered(claims, number));
};

describe('splitting an independent claim', () => {
  it('ends the preamble with its transition and colon', () => {
    const split = splitClaim('A widget, comprising: a base; and a lid.', []);
    expect(split.preamble).toBe('A widget, comprising:');
    expect(split.transition).toBe('comprising');
    expect(split.limitations.map((l) => [l.kind, l.depth, l.text, l.start, l.end])).toEqual([
      ['preamble', 0, 'A widget, comprising:', 0, 21],
      ['element', 0, 'a base; and', 22, 33],
      ['element', 0, 'a lid.', 34, 40],
    ]);
  });

  it.each([
    ['consisting of', 'An alloy consisting of: iron; and carbon.'],
    ['consisting essentially of', 'An alloy consisting essentially of: iron; and carbon.'],
    ['including', 'An alloy including: iron; and carbon.'],
    ['having', 'An alloy having: iron; and carbon.'],
  ])('knows the transition "%s"', (transition, text) => {
    const split = splitClaim(text, []);
    expect(split.transition).toBe(transition);
    expect(split.limitations.map((l) => l.text)).toEqual([`An alloy ${transition}:`, 'iron; and', 'carbon.']);
  });

  it('finds the transition without a colon, preferring "…, the method comprising"', () => {
    expect(claimRows('1. A method of managing a network comprising devices, the method comprising running a tool; and collecting values.')).toEqual([
      ['[1pre]', 'A method of managing a network comprising devices, the method comprising'],
      ['[1a]', 'running a tool; and'],
      ['[1b]', 'collecting values.'],
    ]);
  });

  it('reads a Jepson claim: the preamble runs to "the improvement comprising"', () => {
    const { claims } = parseClaimsText(
      '1. In a combustion engine having a cylinder, a piston and a crankshaft, the improvement comprising: a ceramic liner in the cylinder; and a cooling jacket around the liner.\n2. A pump having a housing; and an impeller, wherein the improvement comprises: a ceramic seal.',
    );
    expectEveryClaimVerbatim(claims);
    expect(rows(claimNumbered(claims, 1))).toEqual([
      ['[1pre]', 'In a combustion engine having a cylinder, a piston and a crankshaft, the improvement comprising:'],
      ['[1a]', 'a ceramic liner in the cylinder; and'],
      ['[1b]', 'a cooling jacket around the liner.'],
    ]);
    expect(claimNumbered(claims, 1).transition).toBe('the improvement comprising');
    expect(claimNumbered(claims, 1).category).toBe('apparatus');
    expect(rows(claimNumbered(claims, 2))).toEqual([
      ['[2pre]', 'A pump having a housing; and an impeller, wherein the improvement comprises:'],
      ['[2a]', 'a ceramic seal.'],
    ]);
    expect(claimNumbered(claims, 2).transition).toBe('wherein the improvement comprises');
  });

  it('keeps a Markush group in one element: its "consisting of" is not the transition', () => {
    expect(claimRows('1. A composition comprising: a carrier; and a salt selected from the group consisting of sodium chloride, potassium chloride, and calcium chloride.')).toEqual([
      ['[1pre]', 'A composition comprising:'],
      ['[1a]', 'a carrier; and'],
      ['[1b]', 'a salt selected from the group consisting of sodium chloride, potassium chloride, and calcium chloride.'],
    ]);
    expect(claimRows('1. A composition comprising a salt selected from the group consisting of sodium, potassium, and lithium; and water.')).toEqual([
      ['[1pre]', 'A composition comprising'],
      ['[1a]', 'a salt selected from the group consisting of sodium, potassium, and lithium; and'],
      ['[1b]', 'water.'],
    ]);
    expect(claimRows('1. A salt selected from the group consisting of: sodium chloride; potassium chloride; and calcium chloride.')).toEqual([
      ['[1a]', 'A salt selected from the group consisting of: sodium chloride; potassium chloride; and calcium chloride.'],
    ]);
  });

  it('keeps a Markush group whose members are separated by semicolons in its element', () => {
    expect(claimRows('1. A composition comprising: a compound selected from the group consisting of: sodium chloride; potassium chloride; and calcium chloride; and a binder.')).toEqual([
      ['[1pre]', 'A composition comprising:'],
      ['[1a]', 'a compound selected from the group consisting of: sodium chloride; potassium chloride; and calcium chloride; and'],
      ['[1b]', 'a binder.'],
    ]);
  });

  it('nests sub-items under the element whose colon opens them', () => {
    expect(
      claimRows('1. A system comprising: a processor configured to: receive a request; and send a reply; a memory; and a display.'),
    ).toEqual([
      ['[1pre]', 'A system comprising:'],
      ['[1a]', 'a processor configured to:'],
      ['[1a(i)]', 'receive a request; and'],
      ['[1a(ii)]', 'send a reply;'],
      ['[1b]', 'a memory; and'],
      ['[1c]', 'a display.'],
    ]);
  });

  it('reads lettered steps with roman sub-items', () => {
    expect(
      claimRows('1. A method comprising: (a) receiving a request; (b) processing the request by: (i) parsing it; and (ii) validating it; and (c) sending a reply.'),
    ).toEqual([
      ['[1pre]', 'A method comprising:'],
      ['[1a]', '(a) receiving a request;'],
      ['[1b]', '(b) processing the request by:'],
      ['[1b(i)]', '(i) parsing it; and'],
      ['[1b(ii)]', '(ii) validating it; and'],
      ['[1c]', '(c) sending a reply.'],
    ]);
  });

  it('cuts numbered items that follow one another in a sentence, after the colon only', () => {
    expect(claimRows('1. A method comprising: (1) receiving a request, (2) parsing the request, and (3) sending a reply.')).toEqual([
      ['[1pre]', 'A method comprising:'],
      ['[1a]', '(1) receiving a request,'],
      ['[1b]', '(2) parsing the request, and'],
      ['[1c]', '(3) sending a reply.'],
    ]);
    // In a dependent claim's sentence, "(1) … and (2) …" is prose, as in US 6,970,935 claim 4.
    const claims = parseClaimsText(
      '1. A system comprising: a coder.\n2. The system of claim 1, wherein the schemes comprise (1) a recognition scheme and (2) a reconstruction scheme.',
    ).claims;
    expect(claimNumbered(claims, 2).limitations).toHaveLength(1);
  });

  it('reads "a)", "i." style markers and upper-case sub-items', () => {
    expect(claimRows('1. A kit comprising:\na) a box;\nb) a tray holding:\nA) a vial; and\nB) a syringe; and\nc) instructions.')).toEqual([
      ['[1pre]', 'A kit comprising:'],
      ['[1a]', 'a) a box;'],
      ['[1b]', 'b) a tray holding:'],
      ['[1b(i)]', 'A) a vial; and'],
      ['[1b(ii)]', 'B) a syringe; and'],
      ['[1c]', 'c) instructions.'],
    ]);
  });

  it('never cuts inside parentheses', () => {
    expect(claimRows('1. A device comprising: a port (e.g., USB; or serial: RS-232); and a cable.')).toEqual([
      ['[1pre]', 'A device comprising:'],
      ['[1a]', 'a port (e.g., USB; or serial: RS-232); and'],
      ['[1b]', 'a cable.'],
    ]);
  });

  it('keeps a claim with no transition whole, and says why', () => {
    const { claims } = parseClaimsText('1. A widget made of glass.');
    expect(rows(claimNumbered(claims, 1))).toEqual([['[1a]', 'A widget made of glass.']]);
    expect(claimNumbered(claims, 1).warnings.map((w) => w.code)).toEqual(['no-transition']);
  });
});

describe('splitting a dependent claim', () => {
  it('keeps a dependent claim of one limitation whole, with its preamble and transition named', () => {
    const split = splitClaim('The method of claim 1, wherein the request is signed.', [1]);
    expect(split).toMatchObject({ preamble: 'The method of claim 1,', transition: 'wherein' });
    expect(split.limitations.map((l) => [l.kind, l.text])).toEqual([['element', 'The method of claim 1, wherein the request is signed.']]);
  });

  it('reads the opening of "claim 1 ," as some sites print it, keeping the text as it is', () => {
    const split = splitClaim('The method of claim 1 , wherein the request is signed.', [1]);
    expect(split).toMatchObject({ preamble: 'The method of claim 1 ,', transition: 'wherein' });
    expect(split.limitations.map((l) => l.text)).toEqual(['The method of claim 1 , wherein the request is signed.']);
  });

  it('splits a dependent claim that adds several steps, its opening in the first', () => {
    const { claims } = parseClaimsText(
      '1. A method comprising: receiving a request.\n2. The method of claim 1, further comprising: parsing the request; validating the request; and sending a reply.',
    );
    expect(rows(claimNumbered(claims, 2))).toEqual([
      ['[2a]', 'The method of claim 1, further comprising: parsing the request;'],
      ['[2b]', 'validating the request; and'],
      ['[2c]', 'sending a reply.'],
    ]);
    expect(claimNumbered(claims, 2).transition).toBe('further comprising');
  });

  it('does not cut a dependent claim inside its reference to several claims', () => {
    const split = splitClaim('The method of any one of claims 1, 2 or 3, wherein the request is signed; and wherein the reply is encrypted.', [1, 2, 3]);
    expect(split.limitations.map((l) => l.text)).toEqual([
      'The method of any one of claims 1, 2 or 3, wherein the request is signed; and',
      'wherein the reply is encrypted.',
    ]);
    expect(split.preamble).toBe('The method of any one of claims 1, 2 or 3,');
  });
});
