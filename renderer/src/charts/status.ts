/** The six statuses of a chart row, as the chart shows them (the export words them for the court). */
import type { ChartStatus } from '../../../shared/domain/matter';

export const statusNames: Readonly<Record<ChartStatus, string>> = {
  literal: 'Literally met',
  'literal-construction': 'Literal under proposed construction',
  equivalents: 'Doctrine of equivalents',
  partial: 'Partially met',
  'not-met': 'Not met',
  'needs-evidence': 'Needs evidence',
};

/** Short forms for the coverage bar and the dashboard. */
export const statusShortNames: Readonly<Record<ChartStatus, string>> = {
  literal: 'Literal',
  'literal-construction': 'Construction',
  equivalents: 'DOE',
  partial: 'Partial',
  'not-met': 'Not met',
  'needs-evidence': 'Needs evidence',
};

/** Every status, in the order the chart lists them (from met to still open). */
export const chartStatuses = Object.keys(statusNames) as ChartStatus[];
