/**
 * A word-level diff of two texts (version comparison of a chart cell): the longest common subsequence of
 * their tokens, where a token is a word or a run of whitespace, so joining the parts of one side gives that
 * side's text back exactly.
 */

export type WordDiffOp = 'equal' | 'added' | 'removed';

export interface WordDiffPart {
  readonly op: WordDiffOp;
  readonly text: string;
}

/**
 * Past this many token pairs the LCS table would cost too much memory (a cell can hold 200,000 characters):
 * the differing middle is then reported as removed-then-added, which is still correct, only coarser.
 */
const MAX_TABLE_CELLS = 4_000_000;

function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

export function diffWords(before: string, after: string): WordDiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix += 1;

  const parts: WordDiffPart[] = [];
  const push = (op: WordDiffOp, text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last?.op === op) parts[parts.length - 1] = { op, text: last.text + text };
    else parts.push({ op, text });
  };
  push('equal', a.slice(0, prefix).join(''));
  for (const [op, token] of diffMiddle(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix))) push(op, token);
  push('equal', a.slice(a.length - suffix).join(''));
  return parts;
}

function diffMiddle(a: readonly string[], b: readonly string[]): [WordDiffOp, string][] {
  if (a.length * b.length > MAX_TABLE_CELLS) {
    return [...a.map((t): [WordDiffOp, string] => ['removed', t]), ...b.map((t): [WordDiffOp, string] => ['added', t])];
  }
  // lcs[i * width + j] = length of the LCS of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: [WordDiffOp, string][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(['equal', a[i]!]);
      i += 1;
      j += 1;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      out.push(['removed', a[i]!]);
      i += 1;
    } else {
      out.push(['added', b[j]!]);
      j += 1;
    }
  }
  for (; i < a.length; i += 1) out.push(['removed', a[i]!]);
  for (; j < b.length; j += 1) out.push(['added', b[j]!]);
  return out;
}
