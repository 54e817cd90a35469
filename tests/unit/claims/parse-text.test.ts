import { describe, expect, it } from 'vitest';
import { parseClaimsText } from '../../../shared/claims/parse-text';
import { ClaimImportError } from '../../../shared/claims/types';
import { claimNumbered, expectEveryClaimVerbatim, rows } from './helpers';

const parse = (text: string) => {
  const set = parseClaimsText(text);
  expectEveryClaimVerbatim(set.claims);
  return set;
};
const codes = (warnings: readonly { code: string }[]) => warnings.map((w) => w.code);

describe('claim numbering', () => {
  it('reads "1.", "1 ." and "Claim 1." numbering', () => {
    const set = parse('1 . A widget comprising: a base.\nClaim 2. The widget of claim 1, wherein the base is round.\n3. The widget of claim 2, wherein the base is red.');
    expect(set.claims.map((c) => [c.number, c.dependsOn])).toEqual([
      [1, []],
      [2, [1]],
      [3, [2]],
    ]);
    expect(claimNumbered(set.claims, 2).text).toBe('The widget of claim 1, wherein the base is round.');
  });

  it('drops the heading, alone or on the first claim’s line', () => {
    for (const heading of ['What is claimed is:', 'I claim:', 'The invention claimed is:', 'We claim:', 'Claims']) {
      const alone = parse(`${heading}\n1. A widget comprising: a base.`);
      const sameLine = parse(`${heading} 1. A widget comprising: a base.`);
      expect(alone.claims.map((c) => c.text)).toEqual(['A widget comprising: a base.']);
      expect(sameLine.claims.map((c) => c.text)).toEqual(['A widget comprising: a base.']);
    }
  });

  it('finds claims run together on one line', () => {
    const set = parse('1. A widget comprising: a base; and a lid. 2. The widget of claim 1, wherein the lid is hinged. 3. (Canceled) 4. The widget of claim 1, wherein the base is round.');
    expect(set.claims.map((c) => [c.number, c.status, c.text])).toEqual([
      [1, 'active', 'A widget comprising: a base; and a lid.'],
      [2, 'active', 'The widget of claim 1, wherein the lid is hinged.'],
      [3, 'canceled', ''],
      [4, 'active', 'The widget of claim 1, wherein the base is round.'],
    ]);
  });

  it('does not start a run-in claim after an abbreviation such as "FIG. 2."', () => {
    const set = parse('1. A widget comprising: a base as shown in FIG. 2. The base is round. 2. The widget of claim 1, wherein the base is red.');
    expect(set.claims.map((c) => c.number)).toEqual([1, 2]);
    expect(claimNumbered(set.claims, 1).text).toBe('A widget comprising: a base as shown in FIG. 2. The base is round.');
  });

  it('reads a number alone on its line, the claim on the next', () => {
    const set = parse('1.\nA widget comprising: a base.\n2.\n(Canceled)');
    expect(set.claims.map((c) => [c.number, c.status, c.text])).toEqual([
      [1, 'active', 'A widget comprising: a base.'],
      [2, 'canceled', ''],
    ]);
  });

  it('does not take a numbered sub-item line for a claim: claims open with a capital', () => {
    const set = parse('1. A method comprising:\n1. receiving a request;\n2. sending a reply.\n2. The method of claim 1, wherein the reply is signed.');
    expect(set.claims.map((c) => c.number)).toEqual([1, 2]);
    expect(claimNumbered(set.claims, 1).text).toBe('A method comprising: 1. receiving a request; 2. sending a reply.');
  });
});

describe('claim status', () => {
  it('reads "(Canceled)" claims, including a range, and keeps their numbers', () => {
    const set = parse('1. A widget comprising: a base.\n2. (Canceled)\n3-5. (Cancelled)\n6. The widget of claim 1, wherein the base is round.');
    expect(set.claims.map((c) => [c.number, c.status, c.statusMarker, c.limitations.length])).toEqual([
      [1, 'active', null, 2],
      [2, 'canceled', '(Canceled)', 0],
      [3, 'canceled', '(Cancelled)', 0],
      [4, 'canceled', '(Cancelled)', 0],
      [5, 'canceled', '(Cancelled)', 0],
      [6, 'active', null, 1],
    ]);
    expect(set.warnings).toEqual([]);
    expect(set.claims.map((c) => c.warnings)).toEqual([
      [],
      [{ code: 'canceled', message: 'Claim 2 is canceled.' }],
      [{ code: 'canceled', message: 'Claim 3 is canceled.' }],
      [{ code: 'canceled', message: 'Claim 4 is canceled.' }],
      [{ code: 'canceled', message: 'Claim 5 is canceled.' }],
      [],
    ]);
  });

  it('reads "(Withdrawn)" and office-action markers, which are not claim text', () => {
    const set = parse(
      '1. (Currently Amended) A widget comprising: a base.\n2. (Withdrawn) A method of making a widget, comprising: molding a base.\n3. (Original) The widget of claim 1, wherein the base is round.',
    );
    expect(set.claims.map((c) => [c.number, c.status, c.statusMarker, c.text])).toEqual([
      [1, 'active', '(Currently Amended)', 'A widget comprising: a base.'],
      [2, 'withdrawn', '(Withdrawn)', 'A method of making a widget, comprising: molding a base.'],
      [3, 'active', '(Original)', 'The widget of claim 1, wherein the base is round.'],
    ]);
    expect(rows(claimNumbered(set.claims, 2))).toEqual([
      ['[2pre]', 'A method of making a widget, comprising:'],
      ['[2a]', 'molding a base.'],
    ]);
    expect(set.claims.map((c) => c.warnings)).toEqual([
      [],
      [{ code: 'withdrawn', message: 'Claim 2 is withdrawn.' }],
      [],
    ]);
  });

  it('warns about a claim that depends on a canceled claim', () => {
    const set = parse('1. A widget comprising: a base.\n2. (Canceled)\n3. The widget of claim 2, wherein the base is round.');
    expect(codes(claimNumbered(set.claims, 3).warnings)).toEqual(['depends-on-canceled']);
  });
});

describe('pasted artifacts', () => {
  it('removes stray line numbers and a page header inside a claim, and says so', () => {
    const set = parse(
      [
        'What is claimed is:',
        '1. A method of determining power consumption of a managed',
        '5',
        'information technology (IT) network, the method comprising:',
        'running an autodiscovery tool to discover the network devices;',
        'US 7,634,671 B2',
        'Sheet 2 of 5',
        '10',
        'directing management requests to the network devices; and',
        'triggering an alarm.',
      ].join('\n'),
    );
    const claim = claimNumbered(set.claims, 1);
    expect(claim.text).toBe(
      'A method of determining power consumption of a managed information technology (IT) network, the method comprising: running an autodiscovery tool to discover the network devices; directing management requests to the network devices; and triggering an alarm.',
    );
    expect(rows(claim).map(([label]) => label)).toEqual(['[1pre]', '[1a]', '[1b]', '[1c]']);
    expect(set.warnings).toEqual([]);
    expect(claim.warnings).toEqual([
      {
        code: 'artifacts-removed',
        message: 'Removed 2 line or page numbers, 2 page headers (“US 7,634,671 B2”, “Sheet 2 of 5”) from the text of claim 1.',
      },
    ]);
  });

  it('removes an office action’s page header', () => {
    const set = parse('1. A widget comprising:\nApplication/Control Number: 11/492,963\nArt Unit: 2154\nPage 3\na base; and a lid.');
    expect(claimNumbered(set.claims, 1).text).toBe('A widget comprising: a base; and a lid.');
  });

  it('cleans soft hyphens, non-breaking and zero-width spaces and Word field codes, keeping every word and quote', () => {
    const pasted =
      '1.\u00a0A “smart” widget’s con\u00adtroller comprising:\u00a0a base\u200b; and\u00a0a lid { PAGE \\* MERGEFORMAT }labelled \u201cOPEN\u201d\u2009\\* MERGEFORMAT.\n{ NUMPAGES }\n\u0013 PAGE \u00143\u0015';
    const set = parse(pasted);
    expect(claimNumbered(set.claims, 1).text).toBe('A “smart” widget’s controller comprising: a base; and a lid labelled “OPEN”.');
    expect(claimNumbered(set.claims, 1).warnings.find((w) => w.code === 'artifacts-removed')?.message).toContain('Word field code');
  });

  it('never removes braces of a formula, only Word field codes', () => {
    const set = parse('1. A method comprising: computing {x | x > 0} for each sample.');
    expect(claimNumbered(set.claims, 1).text).toBe('A method comprising: computing {x | x > 0} for each sample.');
  });

  it('puts a word broken at a line end back together without dropping its hyphen', () => {
    const set = parse('1. A method comprising: addressing a management-\naddressable device.');
    expect(claimNumbered(set.claims, 1).text).toBe('A method comprising: addressing a management-addressable device.');
  });
});

describe('margin line numbers run into the lines of a two-column patent', () => {
  const pasted = [
    'I claim:',
    '1. A device comprising:',
    '5',
    'a housing having a “front” face;',
    'a fan mounted in the housing; and',
    '10',
    'a controller.',
    '2. The device of claim 1, wherein the fan has 5 blades.',
    '3. The device of claim 1, wherein the fan is rated at 15 volts and has',
    '15 vanes.',
    '4. The device of claim 1, 15 wherein the controller',
    '20 is a micro-controller.',
    '5. The device of claim 1, wherein the housing 25',
    'is made of steel 25 centimetres wide.',
  ];

  it('removes them at a line’s start or end, or where the columns met, and says so', () => {
    const set = parse(pasted.join('\n'));
    expect(set.claims.map((c) => [c.number, c.dependsOn, c.text])).toEqual([
      [1, [], 'A device comprising: a housing having a “front” face; a fan mounted in the housing; and a controller.'],
      [2, [1], 'The device of claim 1, wherein the fan has 5 blades.'],
      [3, [1], 'The device of claim 1, wherein the fan is rated at 15 volts and has 15 vanes.'],
      [4, [1], 'The device of claim 1, wherein the controller is a micro-controller.'],
      [5, [1], 'The device of claim 1, wherein the housing is made of steel 25 centimetres wide.'],
    ]);
    expect(claimNumbered(set.claims, 4).warnings).toEqual([
      { code: 'artifacts-removed', message: 'Removed 2 line or page numbers from the text of claim 4.' },
    ]);
  });

  it('keeps a number that is part of the claim, even among margin numbers', () => {
    const set = parse(
      [
        '1. A device comprising:',
        '5',
        'a housing; and',
        '10',
        'a controller.',
        '15',
        '2. The device of claim 1, wherein the controller draws 20 mA at',
        '20 volts.',
        '25',
        '30',
        '3. The device of claims 1, 35 wherein the housing has 40',
        '4. The device of claim 3 having 35 vents like those of claim',
        '40 and 45%.',
      ].join('\n'),
    );
    expect(set.claims.map((c) => [c.number, c.text])).toEqual([
      [1, 'A device comprising: a housing; and a controller.'],
      [2, 'The device of claim 1, wherein the controller draws 20 mA at 20 volts.'],
      [3, 'The device of claims 1, 35 wherein the housing has 40'],
      [4, 'The device of claim 3 having 35 vents like those of claim 40 and 45%.'],
    ]);
    expect(set.claims.map((c) => c.dependsOn)).toEqual([[], [1], [1, 35], [3]]);
  });

  // A quadratic margin-number scan took minutes on this input; the test's timeout is the guard, not a measure.
  it('stays linear on a long table of numbers and on many claims with artifacts', () => {
    const table = Array.from({ length: 100_000 }, (_, i) => String(((i % 14) + 1) * 5)).join(' ');
    const claims = Array.from({ length: 900 }, (_, i) => `${i + 2}. The table of claim 1, wherein row ${i} has\n5\ncells.`);
    const set = parseClaimsText(`1. A table comprising: ${table}.\n${claims.join('\n')}`);
    expect(set.claims).toHaveLength(901);
    expect(claimNumbered(set.claims, 1).text).toBe(`A table comprising: ${table}.`);
  }, 20_000);

  it('keeps every number where the text shows no margin numbers', () => {
    const set = parse('1. A device comprising: a controller.\n2. The device of claim 1, 15 wherein the controller\n20 is a micro-controller.');
    expect(claimNumbered(set.claims, 2).text).toBe('The device of claim 1, 15 wherein the controller 20 is a micro-controller.');
    expect(claimNumbered(set.claims, 2).warnings.map((w) => w.code)).not.toContain('artifacts-removed');
  });
});

describe('line layout', () => {
  const oneParagraph =
    '1. A system comprising: a processor and a memory; a display configured to show a status, a time, and a date; and a network interface.';

  it('splits at semicolons, never at a bare "and" or a comma', () => {
    expect(rows(claimNumbered(parse(oneParagraph).claims, 1))).toEqual([
      ['[1pre]', 'A system comprising:'],
      ['[1a]', 'a processor and a memory;'],
      ['[1b]', 'a display configured to show a status, a time, and a date; and'],
      ['[1c]', 'a network interface.'],
    ]);
  });

  it('reads one line per element, keeping the lines as boundaries even without semicolons', () => {
    const set = parse('1. A system comprising:\na processor and a memory,\na display,\nand a network interface.');
    const claim = claimNumbered(set.claims, 1);
    expect(claim.text).toBe('A system comprising: a processor and a memory, a display, and a network interface.');
    expect(rows(claim).map(([, text]) => text)).toEqual([
      'A system comprising:',
      'a processor and a memory,',
      'a display,',
      'and a network interface.',
    ]);
    expect(claim.sourceBreaks.map((offset) => claim.text.slice(offset, offset + 5))).toEqual(['a pro', 'a dis', 'and a']);
  });

  it('ignores the line ends of text wrapped to a width', () => {
    const wrapped = '1. A system comprising: a processor and a\nmemory; a display configured to show a\nstatus, a time, and a date; and a network\ninterface.';
    const claim = claimNumbered(parse(wrapped).claims, 1);
    expect(claim.sourceBreaks).toEqual([]);
    expect(rows(claim)).toEqual(rows(claimNumbered(parse(oneParagraph).claims, 1)));
  });
});

describe('warnings about the claim set', () => {
  it('warns about gaps in the numbering', () => {
    const set = parse('1. A widget comprising: a base.\n2. The widget of claim 1, wherein the base is round.\n5. The widget of claim 1, wherein the base is red.');
    expect(set.warnings).toEqual([]);
    expect(set.claims.map((c) => c.warnings)).toEqual([
      [],
      [],
      [{ code: 'numbering-gap', message: 'Claims 3–4 are missing: the numbering jumps from 2 to 5.' }],
    ]);
  });

  it('warns about a dependency on a missing claim and on a later claim', () => {
    const set = parse('1. A widget comprising: a base.\n3. The widget of claim 2, wherein the base is round.\n4. The widget of claim 5, wherein the base is red.\n5. The widget of claim 1, wherein the base is blue.');
    expect(claimNumbered(set.claims, 3).warnings).toEqual([
      { code: 'missing-dependency', message: 'Claim 3 depends on claim 2, which is not in this claim set.' },
      { code: 'numbering-gap', message: 'Claim 2 is missing: the numbering jumps from 1 to 3.' },
    ]);
    expect(codes(claimNumbered(set.claims, 4).warnings)).toEqual(['forward-dependency']);
  });

  it('puts a gap before the first claim on the first claim', () => {
    const set = parse('3. A widget comprising: a base.\n4. The widget of claim 3, wherein the base is round.');
    expect(set.claims.map((c) => c.warnings)).toEqual([
      [{ code: 'numbering-gap', message: 'Claims 1–2 are missing: the claims start at 3.' }],
      [],
    ]);
  });

  it('says on each claim what was removed from its text, and on the first what came before it', () => {
    const set = parse(
      [
        'US 7,634,671 B2',
        'What is claimed is:',
        '1. A widget comprising:',
        '5',
        'a base; and a lid.',
        '2. The widget of claim 1, wherein the lid is { PAGE }hinged.',
        'Sheet 2 of 5',
        '3. The widget of claim 1, wherein the base is round.',
      ].join('\n'),
    );
    expect(set.warnings).toEqual([]);
    expect(set.claims.map((c) => c.warnings.map((w) => w.message))).toEqual([
      ['Removed 1 page header (“US 7,634,671 B2”) before claim 1.', 'Removed 1 line or page number from the text of claim 1.'],
      ['Removed 1 page header (“Sheet 2 of 5”), 1 Word field code from the text of claim 2.'],
      [],
    ]);
  });

  it('warns about two claims with the same number', () => {
    const set = parse('1. A widget comprising: a base.\n2. The widget of claim 1, wherein the base is round.\n2. The widget of claim 1, wherein the base is red.');
    expect(set.claims.map((c) => codes(c.warnings))).toEqual([[], [], ['duplicate-number']]);
  });
});

describe('refused input', () => {
  it.each([
    ['an empty string', '', 'empty'],
    ['only whitespace', ' \n\t\n', 'empty'],
    ['text with no numbered claims', 'A method comprising: receiving a request; and sending a reply.', 'no-claims'],
    ['prose that only mentions claims', 'Claims 1-20 are pending.\nClaim 1 is rejected under 35 U.S.C. 103.', 'no-claims'],
  ])('refuses %s with a ClaimImportError', (_, text, code) => {
    expect(() => parseClaimsText(text)).toThrowError(ClaimImportError);
    expect(() => parseClaimsText(text)).toThrowError(expect.objectContaining({ code, message: expect.stringMatching(/\w{4,}/) }));
  });
});
