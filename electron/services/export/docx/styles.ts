/**
 * The chart's Word styles. Every paragraph of the chart carries one of these named styles and (almost) no
 * direct formatting, so a firm restyles the whole chart by editing "Claim Chart Text" and its siblings, or
 * by exporting with its template: a template's styles.xml becomes the document's, and only the chart styles
 * the template does not define (matched by name) are added with the export's font and size.
 */
import { AlignmentType, type ICharacterStyleOptions, type IParagraphStyleOptions } from 'docx';
import type { ExportOptions } from '../../../../shared/domain/export';
import { escapeMarkup } from '../escape-markup';

/** Our style ids, keyed by role. */
const OWN_IDS = {
  text: 'ClaimChartText',
  limitation: 'ClaimChartLimitation',
  label: 'ClaimChartLabel',
  quote: 'ClaimChartQuote',
  cite: 'ClaimChartCite',
  heading: 'ClaimChartHeading',
  title: 'ClaimChartTitle',
  caption: 'ClaimChartCaption',
  figureCaption: 'ClaimChartFigureCaption',
  table: 'ClaimChartTable',
} as const;
export type StyleRole = keyof typeof OWN_IDS;
export type StyleIds = Readonly<Record<StyleRole, string>>;

const NAMES: Readonly<Record<StyleRole, string>> = {
  text: 'Claim Chart Text',
  limitation: 'Claim Chart Limitation',
  label: 'Claim Chart Label',
  quote: 'Claim Chart Quote',
  cite: 'Claim Chart Cite',
  heading: 'Claim Chart Heading',
  title: 'Claim Chart Title',
  caption: 'Claim Chart Caption',
  figureCaption: 'Claim Chart Figure Caption',
  table: 'Claim Chart Table',
};

export interface ChartStyleSheet {
  /** The document's styles.xml before docx adds the paragraph and character styles below. */
  readonly externalStyles: string;
  readonly paragraphStyles: IParagraphStyleOptions[];
  readonly characterStyles: ICharacterStyleOptions[];
  /** The id to use for each role: the template's own when it defines that style. */
  readonly ids: StyleIds;
}

/** Indent of block quotes from both sides of the cell, in twips. */
const QUOTE_INDENT = 432;

export function chartStyleSheet(options: Pick<ExportOptions, 'fontFamily' | 'fontSizePt'>, templateStylesXml?: string): ChartStyleSheet {
  const defined = templateStylesXml ? definedStyles(templateStylesXml) : new Map<string, string>();
  const ids = Object.fromEntries(
    (Object.keys(OWN_IDS) as StyleRole[]).map((role) => [role, defined.get(NAMES[role].toLowerCase()) ?? OWN_IDS[role]]),
  ) as StyleIds;
  const missing = (role: StyleRole) => !defined.has(NAMES[role].toLowerCase());
  const own = ownStyles(options, ids);
  let xml = templateStylesXml ?? baseStylesXml(options);
  if (missing('table')) xml = xml.replace(/<\/w:styles>\s*$/, `${tableStyleXml(ids.table)}</w:styles>`);
  return {
    externalStyles: xml,
    paragraphStyles: own.paragraph.filter((style) => missing(style.role)).map(({ role: _, ...style }) => style),
    characterStyles: own.character.filter((style) => missing(style.role)).map(({ role: _, ...style }) => style),
    ids,
  };
}

/** Style name (lower case) → style id, for every style a styles.xml defines. */
function definedStyles(stylesXml: string): Map<string, string> {
  const styles = new Map<string, string>();
  for (const match of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = /\bw:styleId="([^"]*)"/.exec(match[1]!)?.[1];
    const name = /<w:name\s+w:val="([^"]*)"/.exec(match[2]!)?.[1];
    if (id && name) styles.set(unescapeMarkup(name).toLowerCase(), id);
  }
  return styles;
}

type Tagged<T> = T & { role: StyleRole };

function ownStyles(options: Pick<ExportOptions, 'fontFamily' | 'fontSizePt'>, ids: StyleIds) {
  const size = Math.round(options.fontSizePt * 2); // half-points
  const base = { basedOn: ids.text, next: ids.text, quickFormat: true };
  const paragraph: Tagged<IParagraphStyleOptions>[] = [
    {
      role: 'text',
      id: ids.text,
      name: NAMES.text,
      quickFormat: true,
      run: { font: options.fontFamily, size },
      paragraph: { spacing: { after: 120 } },
    },
    /**
     * A limitation: its label, a line break, its claim language, in one paragraph, so the label never parts
     * from its first line. Keep-lines-together says so wherever the paragraph goes; inside the chart's rows,
     * which may break, LibreOffice ignores it, so the chart also puts the paragraph in a row that may not
     * break (kept-whole.ts). Keep-with-next is no use in a table: it keeps each row with the next one.
     */
    { role: 'limitation', id: ids.limitation, name: NAMES.limitation, ...base, paragraph: { keepLines: true } },
    // A block quote with its cite on its last line, kept whole (as the limitation) so the cite never parts from the words it cites.
    { role: 'quote', id: ids.quote, name: NAMES.quote, ...base, paragraph: { indent: { left: QUOTE_INDENT, right: QUOTE_INDENT }, keepLines: true } },
    { role: 'heading', id: ids.heading, name: NAMES.heading, ...base, run: { bold: true }, paragraph: { keepNext: true, spacing: { after: 0 } } },
    { role: 'title', id: ids.title, name: NAMES.title, ...base, run: { bold: true, size: size + 4 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
    { role: 'caption', id: ids.caption, name: NAMES.caption, ...base, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
    {
      role: 'figureCaption',
      id: ids.figureCaption,
      name: NAMES.figureCaption,
      ...base,
      run: { italics: true, size: Math.max(14, size - 2) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 160 } },
    },
  ];
  const character: Tagged<ICharacterStyleOptions>[] = [
    { role: 'label', id: ids.label, name: NAMES.label, basedOn: 'DefaultParagraphFont', quickFormat: true, run: { bold: true } },
    // Every pinpoint cite: after a quote, in a figure's caption, and as a citation in the text.
    { role: 'cite', id: ids.cite, name: NAMES.cite, basedOn: 'DefaultParagraphFont', quickFormat: true, run: {} },
  ];
  return { paragraph, character };
}

/** A minimal styles.xml: document defaults (the export's font, widow control), Normal, and Word's default table style. */
function baseStylesXml({ fontFamily, fontSizePt }: Pick<ExportOptions, 'fontFamily' | 'fontSizePt'>): string {
  const font = escapeMarkup(fontFamily);
  const size = Math.round(fontSizePt * 2);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`;
}

/** Grid lines, roomy cells, and a shaded header row (the table's first row, repeated on every page). */
function tableStyleXml(id: string): string {
  const line = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  return (
    `<w:style w:type="table" w:customStyle="1" w:styleId="${escapeMarkup(id)}"><w:name w:val="${NAMES.table}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>` +
    `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line).join('')}</w:tblBorders>` +
    `<w:tblCellMar><w:top w:w="72" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="72" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/></w:tcPr></w:tblStylePr>` +
    `</w:style>`
  );
}

function unescapeMarkup(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
