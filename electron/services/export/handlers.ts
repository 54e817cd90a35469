import { labelSchemes } from '../../../shared/domain/matter';
import { ExportOptionsSchema, exportFormats, paperSizes } from '../../../shared/domain/export';
import type { AppContext } from '../app-context';
import { readChartSettings } from '../charts/matter-settings';
import type { HandlerGroup } from '../rpc/handler-table';
import { runExport, verifyChartForExport } from './run-export';

export function exportHandlers(ctx: AppContext): HandlerGroup {
  return {
    'export.options': () => {
      const settings = readChartSettings(ctx.session.current.db);
      return {
        defaults: { ...ExportOptionsSchema.parse({}), labelScheme: settings.labelScheme, citeFormat: settings.citeFormat },
        formats: [...exportFormats],
        labelSchemes: [...labelSchemes],
        paperSizes: [...paperSizes],
      };
    },
    'export.verify': ({ chartId }) => verifyChartForExport(ctx, chartId),
    'export.run': (request) => runExport(ctx, request),
  };
}
