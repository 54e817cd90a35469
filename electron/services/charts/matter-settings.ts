/** The matter-wide settings a chart is drawn with: how rows are labelled and how cites are worded. */
import { parseCiteFormat, type CiteFormat } from '../../../shared/citation/cite';
import type { LabelScheme } from '../../../shared/claims/types';
import { LabelSchemeSchema } from '../../../shared/domain/matter';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export interface ChartSettings {
  readonly labelScheme: LabelScheme;
  readonly citeFormat: CiteFormat;
}

export function readChartSettings(db: Db): ChartSettings {
  const row = stmt(db, 'SELECT label_scheme, cite_format FROM matter WHERE id = 1').get() as
    | { label_scheme: string; cite_format: string }
    | undefined;
  const labelScheme = LabelSchemeSchema.safeParse(row?.label_scheme);
  if (!row || !labelScheme.success) throw new AppError('matter-damaged', 'The matter file holds no valid matter record.');
  return { labelScheme: labelScheme.data, citeFormat: parseCiteFormat(row.cite_format) };
}
