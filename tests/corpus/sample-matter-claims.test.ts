import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClaimsText } from '../../shared/claims/parse-text';
import { claimNumbered, expectEveryClaimVerbatim, rows } from '../unit/claims/helpers';

// The verified claims of the sample matter, HPE v. Inspur: each split asserted row by row, by the words that open
// and close it, so a boundary moved by one word fails.

interface SamplePatent {
  number: string;
  claims?: string[];
}

const matter = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../shared/data/hpe-v-inspur/matter.json'), 'utf8'),
) as { patents: SamplePatent[] };
const withClaims = matter.patents.filter((p) => p.claims?.length);
const claimsOf = (number: string) => {
  const patent = withClaims.find((p) => p.number === number);
  if (!patent?.claims) throw new Error(`no claims for ${number}`);
  return { source: patent.claims, parsed: parseClaimsText(patent.claims.join('\n')) };
};

/** [label, opening words, closing words] of each row. */
function rowBounds(number: string, claimNumber: number): [string, string, string][] {
  return rows(claimNumbered(claimsOf(number).parsed.claims, claimNumber)).map(([label, text]) => [
    label,
    text.split(' ').slice(0, 4).join(' '),
    text.split(' ').slice(-3).join(' '),
  ]);
}

describe('the sample matter’s verified claims', () => {
  it.each(withClaims.map((p) => p.number))('%s: every claim parses, word for word', (number) => {
    const { source, parsed } = claimsOf(number);
    expect(parsed.claims.map((c) => `${c.number}. ${c.text}`)).toEqual(source);
    expectEveryClaimVerbatim(parsed.claims);
    expect(parsed.warnings).toEqual([]);
    for (const claim of parsed.claims) expect(claim.warnings, `claim ${claim.number}`).toEqual([]);
  });

  it('US 7,634,671 claim 1: preamble and five steps', () => {
    const claim = claimNumbered(claimsOf('US 7,634,671').parsed.claims, 1);
    expect(rows(claim)).toEqual([
      [
        '[1pre]',
        'A method of determining power consumption of a managed information technology (IT) network comprising network devices having a management-addressable address, the method comprising:',
      ],
      ['[1a]', 'running an autodiscovery tool to discover the network devices of the managed IT network;'],
      [
        '[1b]',
        'directing management requests to the management-addressable addresses of the network devices to obtain the electric power consumption values of the network devices;',
      ],
      ['[1c]', 'centrally collecting the electric power consumption values returned by the network devices;'],
      [
        '[1d]',
        'determining whether the collected power consumption value for one of the network devices is beyond a low value or beyond a high value; and',
      ],
      ['[1e]', 'triggering an alarm if the collected power consumption value is beyond the low value or beyond the high value.'],
    ]);
    expect(claim).toMatchObject({ category: 'method', transition: 'comprising', dependsOn: [], meansPlusFunction: false });
  });

  it('US 7,634,671 claims 2-5: dependents of one row each', () => {
    const { parsed } = claimsOf('US 7,634,671');
    expect(parsed.claims.slice(1).map((c) => [c.number, c.dependsOn, c.category, c.transition])).toEqual([
      [2, [1], 'method', 'wherein'],
      [3, [1], 'method', 'further comprising'],
      [4, [1], 'method', 'wherein'],
      [5, [4], 'method', 'wherein'],
    ]);
    // Claim 3 adds one step after its colon: the opening and the step are one row.
    expect(rowBounds('US 7,634,671', 3)).toEqual([['[3]', 'The method of claim', 'time is performed.']]);
    expect(rowBounds('US 7,634,671', 5)).toEqual([['[5]', 'The method of claim', 'an average thereof.']]);
  });

  it('US 9,229,737 claim 1: three steps, "and then" kept with the last', () => {
    expect(rowBounds('US 9,229,737', 1)).toEqual([
      ['[1pre]', 'A method comprising:', 'A method comprising:'],
      ['[1a]', 'establishing a terminal session', 'second computer system;'],
      ['[1b]', 'configuring the management processor', 'terminal session; and'],
      ['[1c]', 'then emulating, by the', 'first selected pathway.'],
    ]);
  });

  it('US 9,229,737 claims 2-4: claim 2 adds two steps, [2a] and [2b]', () => {
    expect(rowBounds('US 9,229,737', 2)).toEqual([
      ['[2a]', 'The method of claim', 'communication pathways; and'],
      ['[2b]', 'emulating, by the management', 'second selected pathway.'],
    ]);
    const { parsed } = claimsOf('US 9,229,737');
    expect(claimNumbered(parsed.claims, 2).limitations[0]?.text).toMatch(/^The method of claim 1 wherein configuring further comprises: configuring/);
    expect(parsed.claims.map((c) => [c.number, c.dependsOn, c.category])).toEqual([
      [1, [], 'method'],
      [2, [1], 'method'],
      [3, [2], 'method'],
      [4, [1], 'method'],
    ]);
    expect(rowBounds('US 9,229,737', 3)).toEqual([['[3]', 'The method of claim', 'of communication pathways.']]);
    expect(rowBounds('US 9,229,737', 4)).toEqual([['[4]', 'The method of claim', 'the main processor.']]);
  });

  it('US 8,335,891 claim 1: a system of two elements, the commas of the first not split', () => {
    expect(rowBounds('US 8,335,891', 1)).toEqual([
      ['[1pre]', 'A computer system, comprising:', 'computer system, comprising:'],
      ['[1a]', 'an array controller configured', 'user selection; and'],
      ['[1b]', 'a processor configured to', 'the array controller.'],
    ]);
  });

  it('US 8,335,891 claims 2-5: dependents of one row each, category from claim 1', () => {
    const { parsed } = claimsOf('US 8,335,891');
    expect(parsed.claims.map((c) => [c.number, c.dependsOn, c.category, rows(c).map(([label]) => label)])).toEqual([
      [1, [], 'system', ['[1pre]', '[1a]', '[1b]']],
      [2, [1], 'system', ['[2]']],
      [3, [1], 'system', ['[3]']],
      [4, [1], 'system', ['[4]']],
      [5, [4], 'system', ['[5]']],
    ]);
    expect(claimNumbered(parsed.claims, 4).transition).toBe('comprising');
  });
});
