import { describe, expect, it } from 'vitest';
import { findDependencyReference } from '../../../shared/claims/dependencies';
import { parseClaimsText } from '../../../shared/claims/parse-text';
import { claimNumbered, expectEveryClaimVerbatim } from './helpers';

describe('the claims a dependent claim refers to', () => {
  it.each([
    ['The method of claim 1, wherein the data is signed.', [1]],
    ['The method according to claim 12, wherein the data is signed.', [12]],
    ['A method as claimed in claim 1, wherein the data is signed.', [1]],
    ['A method as recited in claim 1, wherein the data is signed.', [1]],
    ['The method as in claim 3 wherein the data is signed.', [3]],
    ['The method according to any one of claims 1 to 3, wherein the data is signed.', [1, 2, 3]],
    ['The method of any of claims 1-3, wherein the data is signed.', [1, 2, 3]],
    ['The method of any of claims 2 – 4, wherein the data is signed.', [2, 3, 4]],
    ['The method of claim 1 or 2, wherein the data is signed.', [1, 2]],
    ['The method of claims 1, 2 or 3, wherein the data is signed.', [1, 2, 3]],
    ['The method of any one of claims 1-3 or 5, wherein the data is signed.', [1, 2, 3, 5]],
    ['Claim 1 wherein the data is signed.', [1]],
  ])('%s → %j', (text, numbers) => {
    expect(findDependencyReference(text)).toMatchObject({ numbers, anyPreceding: false });
  });

  it('reads "any preceding claim" as a dependency on every claim before it', () => {
    const { claims } = parseClaimsText(
      '1. A widget comprising: a base.\n2. The widget of claim 1, wherein the base is round.\n3. The widget of any preceding claim, wherein the base is red.',
    );
    expect(claimNumbered(claims, 3)).toMatchObject({ dependsOn: [1, 2], dependsOnAnyPreceding: true, category: 'apparatus' });
    expect(findDependencyReference('A widget according to any one of the preceding claims, wherein…')).toMatchObject({ anyPreceding: true });
  });

  it('does not take "the claim data" or "claimed" in a claim for a dependency', () => {
    const { claims } = parseClaimsText(
      '1. A system comprising: a server storing the claim data for claim 7 of a policy; and a client showing claimed items.\n2. The system of claim 1, wherein the claim data is encrypted.',
    );
    expectEveryClaimVerbatim(claims);
    expect(claims.map((c) => c.dependsOn)).toEqual([[], [1]]);
    expect(claimNumbered(claims, 1).limitations).toHaveLength(3);
  });

  it('takes the reference from the opening only, not from the body', () => {
    expect(findDependencyReference('A system comprising: a server configured to perform the method of claim 1.')).toBeNull();
    expect(findDependencyReference('The system of claim 2, wherein the server performs the method of claim 1.')).toMatchObject({ numbers: [2] });
  });
});

describe('multiple dependent claims', () => {
  const set = parseClaimsText(
    [
      '1. A widget comprising: a base.',
      '2. A widget comprising: a lid.',
      '3. The widget of claim 1 or 2, wherein the base is round.',
      '4. The widget of claim 3, wherein the base is red.',
      '5. The widget of any one of claims 1 to 3, wherein the lid is hinged.',
      '6. The widget of claim 4 or 2, wherein the lid is blue.',
      '7. The widget of claim 1 or 2, wherein the lid is green.',
    ].join('\n'),
  );
  const warningCodes = (n: number) => claimNumbered(set.claims, n).warnings.map((w) => w.code);

  it('reads their dependencies', () => {
    expect(set.claims.map((c) => c.dependsOn)).toEqual([[], [], [1, 2], [3], [1, 2, 3], [2, 4], [1, 2]]);
  });

  it('warns when one rests on another multiple dependent claim, directly or through a single dependent', () => {
    expect(warningCodes(3)).toEqual([]);
    expect(warningCodes(4)).toEqual([]); // a single dependent on a multiple dependent is proper
    expect(warningCodes(5)).toEqual(['improper-multiple-dependency']);
    expect(claimNumbered(set.claims, 5).warnings[0]?.message).toBe(
      'Claim 5 is a multiple dependent claim based on claim 3, itself a multiple dependent claim (35 U.S.C. § 112(e)).',
    );
    expect(warningCodes(6)).toEqual(['improper-multiple-dependency']);
    expect(warningCodes(7)).toEqual([]);
  });
});

describe('cumulative references ("claims 1 and 2")', () => {
  const set = parseClaimsText(
    [
      '1. A widget comprising: a base.',
      '2. The widget of claim 1, wherein the base is round.',
      '3. The widget of claims 1 and 2, wherein the base is blue.',
      '4. The widget of claim 1 and 2, wherein the lid is red.',
      '5. The widget of claims 1, 2, and 4, wherein the lid is hinged.',
      '6. The widget of claim 1 or 2, wherein the lid is green.',
      '7. The widget of any one of claims 1 and 2, wherein the lid is clear.',
      '8. The widget of claim 1 and further comprising a lid.',
    ].join('\n'),
  );
  const warnings = (n: number) => claimNumbered(set.claims, n).warnings;

  it('flags a reference to several claims together as an improper multiple dependency', () => {
    expect(warnings(3)).toEqual([
      {
        code: 'improper-multiple-dependency',
        message:
          'Claim 3 refers to claims 1 and 2 together; a multiple dependent claim may refer to other claims in the alternative only, as in “claim 1 or 2” (35 U.S.C. § 112(e); 37 CFR 1.75(c)).',
      },
    ]);
    expect(warnings(4).map((w) => w.code)).toEqual(['improper-multiple-dependency']);
    expect(warnings(5).map((w) => w.message)).toContain(
      'Claim 5 refers to claims 1, 2 and 4 together; a multiple dependent claim may refer to other claims in the alternative only, as in “claim 1, 2 or 4” (35 U.S.C. § 112(e); 37 CFR 1.75(c)).',
    );
    expect(set.claims.map((c) => c.dependsOn)).toEqual([[], [1], [1, 2], [1, 2], [1, 2, 4], [1, 2], [1, 2], [1]]);
  });

  it('leaves the alternative form, "any one of", and a single claim followed by "and" alone', () => {
    expect(warnings(6)).toEqual([]);
    expect(warnings(7)).toEqual([]);
    expect(warnings(8)).toEqual([]);
  });
});
