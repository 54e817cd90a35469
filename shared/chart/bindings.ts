/**
 * Whether a cell's quotes, chips and figures are bound to excerpts that can stand as evidence: the excerpt
 * exists, is not deleted, and a figure shows a region (an image), not a text selection.
 */
import type { EvidenceProblem } from '../domain/chart';
import type { Block, CellContent } from './cell-schema';

export interface ExcerptState {
  readonly kind: 'text' | 'region';
  readonly deleted: boolean;
}

export interface BindingProblem {
  readonly excerptId: number;
  readonly problem: EvidenceProblem;
}

export function bindingProblems(content: CellContent, excerptOf: (excerptId: number) => ExcerptState | undefined): BindingProblem[] {
  const problems: BindingProblem[] = [];
  const note = (excerptId: number, problem: EvidenceProblem) => {
    if (!problems.some((p) => p.excerptId === excerptId && p.problem === problem)) problems.push({ excerptId, problem });
  };
  const check = (excerptId: number, isFigure: boolean) => {
    const excerpt = excerptOf(excerptId);
    if (!excerpt) note(excerptId, 'missing');
    else if (excerpt.deleted) note(excerptId, 'deleted');
    else if (isFigure && excerpt.kind !== 'region') note(excerptId, 'figure-needs-region');
  };
  for (const block of content) for (const [excerptId, isFigure] of boundExcerpts(block)) check(excerptId, isFigure);
  return problems;
}

/** Each excerpt a block binds, and whether it binds it as a figure. */
function boundExcerpts(block: Block): [number, boolean][] {
  switch (block.type) {
    case 'quote':
      return [[block.excerptId, false]];
    case 'figure':
      return [[block.excerptId, true]];
    case 'paragraph':
      return chipsIn(block.children);
    case 'bulleted-list':
    case 'numbered-list':
      return block.children.flatMap((item) => chipsIn(item.children));
  }
}

function chipsIn(children: readonly ({ type: 'citation'; excerptId: number } | { text: string })[]): [number, boolean][] {
  return children.flatMap((child): [number, boolean][] => ('type' in child ? [[child.excerptId, false]] : []));
}

export function describeBindingProblem({ excerptId, problem }: BindingProblem): string {
  switch (problem) {
    case 'missing':
      return `excerpt ${excerptId} does not exist`;
    case 'deleted':
      return `excerpt ${excerptId} was deleted`;
    case 'figure-needs-region':
      return `excerpt ${excerptId} is a text excerpt and cannot be shown as a figure (use a quote)`;
  }
}
