import { memo } from 'react';
import { Element, Node, Text, type Descendant } from 'slate';
import type { CellContent } from '../../../../shared/chart/cell-schema';
import { renderCellElement, renderCellLeaf } from './renderCell';

const isVoid = (element: Element) => element.type === 'citation' || element.type === 'figure';

function StaticNode({ node }: { readonly node: Descendant }) {
  if (Text.isText(node)) return renderCellLeaf({ attributes: { 'data-slate-leaf': true }, leaf: node, text: node, children: node.text });
  let children: React.ReactNode = null;
  if (!isVoid(node)) {
    // An empty line keeps its height, as it does in the editor.
    const empty = node.children.length === 1 && Node.string(node) === '' && Text.isText(node.children[0]);
    children = empty ? <br /> : node.children.map((child, i) => <StaticNode key={i} node={child} />);
  }
  return renderCellElement({ attributes: { 'data-slate-node': 'element', ref: null }, element: node, children });
}

/**
 * A cell drawn without an editor, from the same renderers: what every row but the one being edited shows,
 * so a long chart costs one Slate editor, not one per row.
 */
export const StaticCell = memo(function StaticCell({ content }: { readonly content: CellContent }) {
  return content.map((block, i) => <StaticNode key={i} node={block} />);
});
