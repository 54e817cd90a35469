import { useState } from 'react';
import {
  Autocomplete,
  Button,
  Dialog,
  Heading,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListLayout,
  Modal,
  ModalOverlay,
  SearchField,
  Text,
  useFilter,
  Virtualizer,
} from 'react-aria-components';
import type { ChartRow } from '../../../shared/domain/chart';
import type { Excerpt } from '../../../shared/domain/document';
import { useFreshQuery } from '../charts/useFreshQuery';
import { useOverview } from '../hooks/queries';
import { asRpcError, call, type RpcError } from '../rpc/client';
import { FieldSelect } from '../ui/FieldSelect';
import { countOf } from '../ui/format';
import { ErrorState, LoadingState } from '../ui/states';
import '../ui/buttons.css';
import '../ui/fields.css';
import '../ui/modal.css';
import './CiteInDialog.css';

/** The chart cited into last, chosen again next time: excerpts tend to go into one chart after another. */
let lastChartId: number | null = null;

interface CiteInDialogProps {
  readonly excerpt: Excerpt;
  readonly onClose: () => void;
  /** After the row was written (the card asks again where the excerpt is cited). */
  readonly onCited?: () => void;
}

/**
 * "Cite in…": pick one of the matter's charts, then a row (found by its label or claim language), and the
 * excerpt goes at the end of that row's cell as `chart.cite` puts it (the quote with its cite, or the figure).
 */
export function CiteInDialog({ excerpt, onClose, onCited }: CiteInDialogProps) {
  const { data: overview } = useOverview();
  const charts = overview?.charts ?? [];
  const [chartId, setChartId] = useState<number | null>(() => lastChartId ?? null);
  const chosenChartId = charts.some((c) => c.id === chartId) ? chartId : charts.length === 1 ? charts[0]!.id : null;
  const [row, setRow] = useState<ChartRow | null>(null);
  const [citing, setCiting] = useState(false);
  const [failure, setFailure] = useState<RpcError>();

  async function cite() {
    if (chosenChartId === null || !row) return;
    setCiting(true);
    setFailure(undefined);
    try {
      await call('chart.cite', { chartId: chosenChartId, limitationId: row.limitationId, excerptId: excerpt.id });
      lastChartId = chosenChartId;
      onCited?.();
      onClose();
    } catch (error) {
      setFailure(asRpcError(error));
      setCiting(false);
    }
  }

  return (
    <ModalOverlay className="modal-overlay" isDismissable={!citing} isOpen onOpenChange={(open) => !open && onClose()}>
      <Modal className="modal cite-in">
        <Dialog className="modal__dialog">
          <Heading slot="title" className="modal__title">
            Cite in a chart row
          </Heading>
          <figure className="cite-in__excerpt">
            <figcaption className="cite-in__cite">{excerpt.cite}</figcaption>
            {excerpt.kind === 'text' ? <blockquote className="cite-in__quote">{excerpt.quote}</blockquote> : <p className="modal__note">A figure (region of the page)</p>}
          </figure>
          {!overview ? (
            <LoadingState label="Loading the charts…" />
          ) : charts.length === 0 ? (
            <p className="modal__note">The matter has no charts yet: create one with New chart… on the matter overview, then cite the excerpt in its rows.</p>
          ) : (
            <>
              <FieldSelect
                label="Chart"
                options={charts.map((c) => ({ id: c.id, name: c.title, detail: c.kind === 'invalidity' ? 'invalidity' : null }))}
                value={chosenChartId}
                onChange={(id) => {
                  setChartId(id);
                  setRow(null);
                }}
              />
              {chosenChartId !== null && <RowPicker key={chosenChartId} chartId={chosenChartId} excerptId={excerpt.id} row={row} onRow={setRow} />}
            </>
          )}
          {row && (
            <p className="modal__note">
              {excerpt.kind === 'text' ? 'The quote and its cite go' : 'The figure and its cite go'} at the end of {row.label}; the row’s status stays as it is.
            </p>
          )}
          {failure && (
            <p className="modal__error" role="alert">
              {failure.message}
            </p>
          )}
          <div className="modal__actions">
            <Button className="button" onPress={onClose} isDisabled={citing}>
              Cancel
            </Button>
            <Button className="button button--primary" isDisabled={!row} isPending={citing} onPress={() => void cite()}>
              {row ? `Cite in ${row.label}` : 'Cite'}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

interface RowPickerProps {
  readonly chartId: number;
  readonly excerptId: number;
  readonly row: ChartRow | null;
  readonly onRow: (row: ChartRow | null) => void;
}

/** The chart's rows, each its label and claim language, filtered as the user types; rows citing it already say so. */
function RowPicker({ chartId, excerptId, row, onRow }: RowPickerProps) {
  // Fresh: the chart's rows change by autosave, which a cached answer does not see.
  const { data: chart, error, reload } = useFreshQuery('chart.get', { chartId }, 'Could not load the chart');
  const { contains } = useFilter({ sensitivity: 'base' });
  if (!chart) return error ? <ErrorState title="The chart could not be loaded" error={error} onRetry={reload} /> : <LoadingState label="Loading the rows…" />;
  const byId = new Map(chart.rows.map((r) => [r.limitationId, r]));
  return (
    <Autocomplete filter={contains}>
      <SearchField className="field" autoFocus>
        <Label className="field-label">Row</Label>
        <Input className="field-input" placeholder="Find by label or claim language, e.g. 1a or “power”" />
        <Text slot="description" className="field-description">
          {countOf(chart.rows.length, 'row')} of {chart.claimNumbers.length === 1 ? 'claim' : 'claims'} {chart.claimNumbers.join(', ')}
        </Text>
      </SearchField>
      <Virtualizer layout={ListLayout} layoutOptions={{ estimatedRowSize: 52 }}>
        <ListBox
          className="cite-in__rows"
          aria-label={`Rows of ${chart.title}`}
          items={chart.rows}
          selectionMode="single"
          selectedKeys={row ? [row.limitationId] : []}
          onSelectionChange={(keys) => {
            const key = keys === 'all' ? undefined : [...keys][0];
            onRow(key === undefined ? null : (byId.get(Number(key)) ?? null));
          }}
          renderEmptyState={() => <p className="cite-in__none">No row has these words.</p>}
        >
          {(r) => (
            <ListBoxItem id={r.limitationId} className="cite-in__row" textValue={`${r.label} ${r.claimText}`}>
              <span className="cite-in__label">{r.label}</span>
              <span className="cite-in__claim">{r.claimText}</span>
              {r.evidence.some((e) => e.excerptId === excerptId) && <span className="cite-in__cited">cited here already</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Virtualizer>
    </Autocomplete>
  );
}
