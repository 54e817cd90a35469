import { useState, type ReactNode } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dialog,
  DialogTrigger,
  Form,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  Radio,
  RadioGroup,
  Text,
  TextField,
} from 'react-aria-components';
import { useAppCommand } from '../hooks/useAppCommand';
import type { ClaimDetail } from '../../../shared/domain/patent';
import { chartHref } from '../app/route';
import { useOverview, usePatent } from '../hooks/queries';
import { navigate } from '../hooks/useRoute';
import { asRpcError, call, type RpcError } from '../rpc/client';
import { FieldSelect } from '../ui/FieldSelect';
import { LoadingState } from '../ui/states';
import '../ui/buttons.css';
import '../ui/fields.css';
import '../ui/modal.css';
import './NewChartDialog.css';
import './choices.css';

interface NewChartTriggerProps {
  readonly className?: string;
  readonly children: ReactNode;
  /** Chosen in advance (the dashboard's cell for a patent and a product). */
  readonly patentId?: number;
  readonly productId?: number;
  /** Also open on the desktop menu's File → New Chart… (one trigger in the shell says yes). */
  readonly opensOnMenuCommand?: boolean;
}

/** A button that opens the "New chart" dialog. */
export function NewChartTrigger({ className = 'button', children, patentId, productId, opensOnMenuCommand = false }: NewChartTriggerProps) {
  const [isOpen, setOpen] = useState(false);
  useAppCommand('new-chart', () => {
    if (opensOnMenuCommand) setOpen(true);
  });
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className={className}>{children}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal new-chart">
          <Dialog className="modal__dialog">{({ close }) => <NewChartForm close={close} initialPatentId={patentId} initialProductId={productId} />}</Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

type Kind = 'infringement' | 'invalidity';

function claimNote(claim: ClaimDetail): string {
  if (claim.status !== 'active') return claim.status;
  return claim.dependsOn.length === 0 ? 'independent' : `depends on ${claim.dependsOn.join(', ')}`;
}

/**
 * Choose the patent, the asserted claims (independent and dependent), and the accused product — or, for an
 * invalidity chart, the prior-art references. The chart opens once created.
 */
function NewChartForm({ close, initialPatentId, initialProductId }: { readonly close: () => void; readonly initialPatentId?: number; readonly initialProductId?: number }) {
  const { data: overview } = useOverview();
  const patents = overview?.patents.filter((p) => p.importedClaimCount > 0) ?? [];
  const [patentId, setPatentId] = useState(initialPatentId ?? patents[0]?.id ?? null);
  const { data: patent } = usePatent(patentId);
  const [claims, setClaims] = useState<string[]>([]);
  const [kind, setKind] = useState<Kind>('infringement');
  const [productId, setProductId] = useState(initialProductId ?? overview?.products[0]?.id ?? null);
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [creating, setCreating] = useState(false);
  const [failure, setFailure] = useState<RpcError>();

  if (!overview) return <LoadingState label="Loading the matter…" />;
  const active = patent?.claims.filter((c) => c.status === 'active') ?? [];
  const chosen = claims.map(Number);
  const missingParents = [...new Set(chosen.flatMap((n) => active.find((c) => c.number === n)?.dependsOn ?? []))].filter((n) => !chosen.includes(n));
  const ready = patentId !== null && claims.length > 0 && (kind === 'infringement' ? productId !== null : documentIds.length > 0);

  const create = async () => {
    if (!ready) return;
    setCreating(true);
    setFailure(undefined);
    try {
      const claimNumbers = [...chosen].sort((a, b) => a - b);
      const named = title.trim() === '' ? {} : { title: title.trim() };
      const chart =
        kind === 'infringement'
          ? await call('chart.create', { kind, patentId, claimNumbers, productId: productId!, ...named })
          : await call('chart.create', { kind, patentId, claimNumbers, documentIds: documentIds.map(Number), ...named });
      close();
      navigate(chartHref(chart.id));
    } catch (error) {
      setFailure(asRpcError(error));
    } finally {
      setCreating(false);
    }
  };

  return (
    <>
      <Heading slot="title" className="modal__title">
        New chart
      </Heading>
      <Form
        className="modal__form"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <FieldSelect
          label="Patent"
          options={patents.map((p) => ({ id: p.id, name: p.number, detail: p.title }))}
          value={patentId}
          onChange={(id) => {
            setPatentId(id);
            setClaims([]);
          }}
        />
        {patents.length === 0 && <p className="modal__note">No patent has claims yet: import a patent’s claims first.</p>}

        <CheckboxGroup className="new-chart__claims" value={claims} onChange={setClaims}>
          <Label className="field-label">Asserted claims</Label>
          {patent ? (
            <div className="new-chart__claim-list">
              {patent.claims.map((claim) => (
                <Checkbox key={claim.number} value={String(claim.number)} className="choice new-chart__claim" isDisabled={claim.status !== 'active'}>
                  <span className="choice__box" aria-hidden="true" />
                  <span className="new-chart__claim-number">Claim {claim.number}</span>
                  <span className="new-chart__muted">{claimNote(claim)}</span>
                </Checkbox>
              ))}
            </div>
          ) : (
            <LoadingState label="Loading the claims…" />
          )}
          {missingParents.length > 0 && (
            <Text slot="description" className="field-description">
              Claims chosen depend on claim {missingParents.join(', ')}, which is not chosen: its limitations will not be charted.
            </Text>
          )}
        </CheckboxGroup>
        {active.length > 1 && (
          <div className="new-chart__quick">
            <Button className="new-chart__link" onPress={() => setClaims(active.filter((c) => c.dependsOn.length === 0).map((c) => String(c.number)))}>
              Independent claims
            </Button>
            <Button className="new-chart__link" onPress={() => setClaims(active.map((c) => String(c.number)))}>
              All claims
            </Button>
          </div>
        )}

        <RadioGroup className="new-chart__kind" value={kind} onChange={(value) => setKind(value as Kind)} orientation="horizontal">
          <Label className="field-label">Against</Label>
          <Radio value="infringement" className="choice">
            <span className="choice__mark" aria-hidden="true" />
            An accused product (infringement)
          </Radio>
          <Radio value="invalidity" className="choice">
            <span className="choice__mark" aria-hidden="true" />
            Prior-art references (invalidity)
          </Radio>
        </RadioGroup>

        {kind === 'infringement' ? (
          <FieldSelect
            label="Accused product"
            options={overview.products.map((p) => ({ id: p.id, name: p.name, detail: p.maker }))}
            value={productId}
            onChange={setProductId}
            description={
              <Text slot="description" className="field-description">
                Products marked “same as” it share the chart.
              </Text>
            }
          />
        ) : (
          <CheckboxGroup className="new-chart__claims" value={documentIds} onChange={setDocumentIds}>
            <Label className="field-label">References</Label>
            <div className="new-chart__claim-list">
              {overview.documents.map((d) => (
                <Checkbox key={d.id} value={String(d.id)} className="choice new-chart__claim">
                  <span className="choice__box" aria-hidden="true" />
                  {d.title}
                </Checkbox>
              ))}
            </div>
          </CheckboxGroup>
        )}

        <TextField className="field" value={title} onChange={setTitle} maxLength={300}>
          <Label className="field-label">Title (optional)</Label>
          <Input className="field-input" placeholder="The patent number and the product" />
        </TextField>

        {failure && (
          <p className="modal__error" role="alert">
            {failure.message}
          </p>
        )}
        <div className="modal__actions">
          <Button className="button" onPress={close}>
            Cancel
          </Button>
          <Button type="submit" className="button button--primary" isDisabled={!ready} isPending={creating}>
            Create chart
          </Button>
        </div>
      </Form>
    </>
  );
}
