import type { MatterOverview } from '../../../shared/domain/matter';
import { NewChartTrigger } from '../charts/NewChartDialog';
import { ChartMatrix } from '../dashboard/ChartMatrix';
import { countOf, formatDate } from '../ui/format';
import { FactList, View, ViewHeader, ViewSection } from '../ui/View';
import { CiteFormatTrigger } from './CiteFormatDialog';
import { MatterDetailsTrigger } from './MatterDetailsDialog';
import { NextSteps } from './NextSteps';
import { PatentTable } from './PatentTable';
import { groupProductFamilies } from './productFamilies';
import { ProductFamilyList } from './ProductFamilyList';
import './Dashboard.css';

/** The matter at a glance: the case, the asserted patents and their claims, the accused products, what next. */
export function Dashboard({ overview }: { readonly overview: MatterOverview }) {
  const { matter, patents, products } = overview;
  const families = groupProductFamilies(products);
  const withClaims = patents.filter((p) => p.importedClaimCount > 0).length;
  const incomplete = patents.filter((p) => !p.claimsComplete).length;
  return (
    <View header={<ViewHeader eyebrow="Matter overview" title={matter.name} subtitle={[matter.court, matter.caseNumber].filter(Boolean).join(' · ')} />}>
      <ViewSection title="Case">
        <FactList
          empty={<p className="dashboard__no-case">No case details (court, case number, parties) are recorded for this matter.</p>}
          facts={[
            ['Court', matter.court],
            ['Case number', matter.caseNumber],
            ['Filed', matter.filedOn && formatDate(matter.filedOn)],
            ['Plaintiff', matter.plaintiff],
            [
              'Defendants',
              matter.defendants.length > 0 && (
                <ul className="dashboard__defendants">
                  {matter.defendants.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              ),
              'full-width',
            ],
          ]}
        />
        {!matter.readOnly && (
          <div className="dashboard__actions">
            <MatterDetailsTrigger matter={matter} />
            <CiteFormatTrigger />
          </div>
        )}
      </ViewSection>
      <ViewSection
        title="Asserted patents"
        summary={
          patents.length > 0 &&
          [countOf(patents.length, 'patent'), `${withClaims} with claims imported`, incomplete > 0 && `${incomplete} incomplete`]
            .filter(Boolean)
            .join(' · ')
        }
      >
        <PatentTable patents={patents} />
      </ViewSection>
      <ViewSection title="Accused products" summary={products.length > 0 && `${countOf(products.length, 'product')} in ${countOf(families.length, 'family', 'families')}`}>
        <ProductFamilyList families={families} />
      </ViewSection>
      <ViewSection title="Charts" summary={overview.charts.length > 0 && countOf(overview.charts.length, 'chart')}>
        <ChartMatrix readOnly={matter.readOnly} chartablePatentIds={new Set(patents.filter((p) => p.importedClaimCount > 0).map((p) => p.id))} />
        {!matter.readOnly && withClaims > 0 && (
          <div>
            <NewChartTrigger>New chart…</NewChartTrigger>
          </div>
        )}
      </ViewSection>
      <ViewSection title="Next steps">
        <NextSteps overview={overview} />
      </ViewSection>
    </View>
  );
}
