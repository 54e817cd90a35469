/**
 * Pasted HTML (Word, Google Docs, a web page) as cell blocks: paragraphs, bulleted and numbered lists, and
 * bold / italic / underline. Everything else — styles, images, links, tables' structure, scripts — is
 * dropped and only its words are kept. The HTML is parsed into an inert document: nothing in it runs or loads.
 */
import type { Block, FormattedText, ListItemElement } from '../../../../shared/chart/cell-schema';

type Marks = Omit<FormattedText, 'text'>;
type ListKind = 'bulleted-list' | 'numbered-list';

const DROPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'IMG', 'SVG', 'OBJECT', 'IFRAME', 'NOSCRIPT', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ADDRESS', 'DT', 'DD', 'FIGCAPTION', 'CAPTION']);
/** Word's list bullets; anything else before a Word list item ("1.", "a)") makes it a numbered list. */
const BULLET_GLYPHS = /^[·•▪◦o§\u2022\uF0B7\uF0A7-]$/;

/**
 * The pasted HTML with its CSS made inert before it is parsed: <style> elements dropped and style
 * attributes renamed. Parsing inline CSS, even in a detached document, is checked against the app's
 * Content Security Policy (no inline style) and reported as a violation; the few declarations that matter
 * are read from the renamed attribute instead.
 */
const STYLE_ATTRIBUTE = 'data-pasted-style';
function withInertStyles(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)style(\s*=)/gi, `$1${STYLE_ATTRIBUTE}$2`));
}

/** An element's inline declarations ("font-weight: bold; …"), lower-cased. */
function declarations(element: Element): Map<string, string> {
  const style = element.getAttribute(STYLE_ATTRIBUTE) ?? '';
  return new Map(
    style
      .split(';')
      .map((d) => d.split(':'))
      .filter((parts): parts is [string, string] => parts.length === 2)
      .map(([name, value]) => [name.trim().toLowerCase(), value.trim().toLowerCase()]),
  );
}

function marksOf(element: HTMLElement, inherited: Marks): Marks {
  const marks: Marks = { ...inherited };
  const tag = element.tagName;
  if (tag === 'B' || tag === 'STRONG') marks.bold = true;
  if (tag === 'I' || tag === 'EM') marks.italic = true;
  if (tag === 'U' || tag === 'INS') marks.underline = true;
  const style = declarations(element);
  const fontWeight = style.get('font-weight');
  const fontStyle = style.get('font-style');
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: the style wins over the tag.
  if (fontWeight === 'normal' || fontWeight === '400') delete marks.bold;
  else if (fontWeight === 'bold' || fontWeight === 'bolder' || Number(fontWeight) >= 600) marks.bold = true;
  if (fontStyle === 'normal') delete marks.italic;
  else if (fontStyle === 'italic' || fontStyle === 'oblique') marks.italic = true;
  if (`${style.get('text-decoration-line')} ${style.get('text-decoration')}`.includes('underline')) marks.underline = true;
  return marks;
}

/** Word marks its list paragraphs with an `mso-list` style and a bullet or number in an "Ignore" span. */
function wordListKind(element: HTMLElement): ListKind | undefined {
  if (!/^l\d/.test(declarations(element).get('mso-list') ?? '')) return undefined;
  const marker = [...element.querySelectorAll(`[${STYLE_ATTRIBUTE}]`)].find(isWordListMarker);
  return BULLET_GLYPHS.test(marker?.textContent?.trim() ?? '') ? 'bulleted-list' : 'numbered-list';
}

const isWordListMarker = (element: Element) => declarations(element).get('mso-list') === 'ignore';

class BlockBuilder {
  readonly blocks: Block[] = [];
  private line: FormattedText[] = [];
  /** The list the current line goes into, or none for a paragraph. */
  private list: ListKind | undefined;

  text(text: string, marks: Marks): void {
    const collapsed = text.replace(/[\s\u00a0]+/g, ' ');
    if (collapsed === '' || (collapsed === ' ' && this.line.length === 0)) return;
    const last = this.line.at(-1);
    if (last && sameMarks(last, marks)) last.text += collapsed;
    else this.line.push({ ...marks, text: collapsed });
  }

  /** Ends the current line as a paragraph or a list item. */
  endLine(): void {
    const children = trimLine(this.line);
    this.line = [];
    if (children.length === 0) return;
    if (!this.list) {
      this.blocks.push({ type: 'paragraph', children });
      return;
    }
    const item: ListItemElement = { type: 'list-item', children };
    const last = this.blocks.at(-1);
    if (last?.type === this.list) last.children.push(item);
    else this.blocks.push({ type: this.list, children: [item] });
  }

  /** A block of the page (a <p>, a <div>): a line of its own, in the list it sits in, if any. */
  block(build: () => void): void {
    this.inList(this.list, build);
  }

  inList(kind: ListKind | undefined, build: () => void): void {
    this.endLine();
    const outer = this.list;
    this.list = kind;
    build();
    this.endLine();
    this.list = outer;
  }
}

const sameMarks = (a: Marks, b: Marks) => a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;

function trimLine(line: FormattedText[]): FormattedText[] {
  const first = line[0];
  if (first) first.text = first.text.replace(/^ +/, '');
  const last = line.at(-1);
  if (last) last.text = last.text.replace(/ +$/, '');
  return line.filter((t) => t.text !== '');
}

function walk(node: Node, marks: Marks, out: BlockBuilder): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.text(node.textContent ?? '', marks);
    return;
  }
  if (!(node instanceof HTMLElement) || DROPPED.has(node.tagName) || isWordListMarker(node)) return;
  const own = marksOf(node, marks);
  const children = () => node.childNodes.forEach((child) => walk(child, own, out));
  const tag = node.tagName;
  if (tag === 'BR') out.endLine();
  else if (tag === 'UL' || tag === 'OL') out.inList(tag === 'UL' ? 'bulleted-list' : 'numbered-list', children);
  else if (tag === 'LI') out.inList(listKindOf(node), children);
  else if (wordListKind(node)) out.inList(wordListKind(node), children);
  else if (BLOCKS.has(tag)) out.block(children);
  else if (tag === 'TD' || tag === 'TH') {
    children();
    out.text(' ', own);
  } else children();
}

function listKindOf(item: HTMLElement): ListKind {
  return item.parentElement?.tagName === 'OL' ? 'numbered-list' : 'bulleted-list';
}

export function htmlToBlocks(html: string): Block[] {
  const document = new DOMParser().parseFromString(withInertStyles(html), 'text/html');
  const out = new BlockBuilder();
  walk(document.body, {}, out);
  out.endLine();
  return out.blocks;
}
