import { describe, expect, it } from 'vitest';
import { diffWords } from '../../../shared/text/word-diff';

const side = (parts: ReturnType<typeof diffWords>, keep: 'added' | 'removed') =>
  parts.filter((p) => p.op === 'equal' || p.op === keep).map((p) => p.text).join('');

describe('diffWords', () => {
  it('reports a replaced word and an appended one, keeping the words in between', () => {
    expect(diffWords('the BMC reads power', 'the controller reads power daily')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'removed', text: 'BMC' },
      { op: 'added', text: 'controller' },
      { op: 'equal', text: ' reads power' },
      { op: 'added', text: ' daily' },
    ]);
  });

  it('gives one equal part for equal texts and one part for a text from nothing', () => {
    expect(diffWords('same words', 'same words')).toEqual([{ op: 'equal', text: 'same words' }]);
    expect(diffWords('', 'new text')).toEqual([{ op: 'added', text: 'new text' }]);
    expect(diffWords('old text', '')).toEqual([{ op: 'removed', text: 'old text' }]);
  });

  it('always rebuilds both sides exactly, even past the size where it stops looking for common words', () => {
    const cases: [string, string][] = [
      ['a b c d e f', 'a x c y e z'],
      ['one  two\nthree', 'one two three four'],
      [Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' '), Array.from({ length: 3000 }, (_, i) => `w${i % 7 === 0 ? 'x' : i}`).join(' ')],
    ];
    for (const [before, after] of cases) {
      const parts = diffWords(before, after);
      expect(side(parts, 'removed')).toBe(before);
      expect(side(parts, 'added')).toBe(after);
    }
  });
});
