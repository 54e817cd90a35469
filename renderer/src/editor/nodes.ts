/** Type guards for the cell's elements, shared by the plugins and the commands. */
import { Element, type Node } from 'slate';

export type ListType = 'bulleted-list' | 'numbered-list';

export const isList = (node: Node): node is Element & { type: ListType } =>
  Element.isElement(node) && (node.type === 'bulleted-list' || node.type === 'numbered-list');

export const isListItem = (node: Node): node is Element & { type: 'list-item' } => Element.isElement(node) && node.type === 'list-item';

export const isQuote = (node: Node): node is Element & { type: 'quote' } => Element.isElement(node) && node.type === 'quote';
