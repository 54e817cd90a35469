import type { PageInfo } from '../../../shared/domain/document';

export interface LabelRange {
  readonly firstPage: number;
  readonly lastPage: number;
  readonly firstLabel: string;
  readonly lastLabel: string;
}

/** The kind of numbering a label belongs to: roman, decimal, or the same prefix before a number ("A-"). */
function numberingOf(label: string): string {
  if (/^[ivxlcdm]+$/i.test(label)) return label === label.toLowerCase() ? 'roman' : 'ROMAN';
  return label.replace(/\d+$/, '#');
}

/** The PDF's page labels as runs of one numbering: "pages 1–4: i–iv", "pages 5–200: 1–196". */
export function labelRanges(pages: readonly PageInfo[]): LabelRange[] {
  const ranges: LabelRange[] = [];
  for (const page of pages) {
    if (page.label === null) continue;
    const last = ranges.at(-1);
    if (last && last.lastPage === page.page - 1 && numberingOf(last.lastLabel) === numberingOf(page.label)) {
      ranges[ranges.length - 1] = { ...last, lastPage: page.page, lastLabel: page.label };
    } else {
      ranges.push({ firstPage: page.page, lastPage: page.page, firstLabel: page.label, lastLabel: page.label });
    }
  }
  return ranges;
}
