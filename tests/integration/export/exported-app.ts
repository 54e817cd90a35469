/** The app in-process on the sample matter, with a charted '671 patent against the Aivres KR2280-X1 to export. */
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { seedChartFixture, type ChartFixture, type FixtureSize } from './chart-fixture';

export const SMALL_CHART: FixtureSize = { manualPages: 6, linesPerPage: 30, textExcerpts: 24, figures: 3, image: { width: 1800, height: 1200 } };

export async function createChartedApp(size: FixtureSize = SMALL_CHART): Promise<{ app: TestApp; fixture: ChartFixture }> {
  const app = createTestApp();
  const fixture = await seedChartFixture(app.ctx, { patentNumber: 'US 7,634,671', claimNumbers: [1, 2, 3, 4, 5], productName: 'Aivres KR2280-X1' }, size);
  return { app, fixture };
}
