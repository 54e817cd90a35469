import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import type { ProductSummary } from '../../../shared/domain/matter';
import { call, RpcError } from '../rpc/client';
import { ModalTrigger } from '../ui/ModalTrigger';
import '../ui/buttons.css';
import '../ui/fields.css';
import '../ui/modal.css';

interface AddProductFormProps {
  readonly products: readonly ProductSummary[];
  readonly close: () => void;
}

/** Name, maker, and optionally the product it is a rebranding of ("same as": one family, one chart). */
function AddProductForm({ products, close }: AddProductFormProps) {
  const [name, setName] = useState('');
  const [maker, setMaker] = useState('');
  const [sameAs, setSameAs] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    setError(undefined);
    try {
      await call('product.create', {
        name,
        ...(maker.trim() ? { maker } : {}),
        ...(sameAs ? { sameAsId: Number(sameAs) } : {}),
      });
      close();
    } catch (failure) {
      setError(failure instanceof RpcError ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="modal__form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField className="field" value={name} onChange={setName} isRequired autoFocus maxLength={200}>
        <Label className="field-label">Product name</Label>
        <Input className="field-input" placeholder="e.g. Aivres KR2280-X1" />
      </TextField>
      <TextField className="field" value={maker} onChange={setMaker} maxLength={200}>
        <Label className="field-label">Maker</Label>
        <Input className="field-input" />
      </TextField>
      <label className="field">
        <span className="field-label">Same product as (a rebranding)</span>
        <select className="field-select" value={sameAs} onChange={(event) => setSameAs(event.currentTarget.value)}>
          <option value="">— none —</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p className="modal__note" role="alert">
          {error}
        </p>
      )}
      <div className="modal__actions">
        <Button className="button" onPress={close}>
          Cancel
        </Button>
        <Button className="button button--primary" type="submit" isDisabled={saving || !name.trim()}>
          Add product
        </Button>
      </div>
    </form>
  );
}

/** The sidebar's "Add product…": accused products are what charts are made against. */
export function AddProductTrigger({ products, className }: { readonly products: readonly ProductSummary[]; readonly className?: string }) {
  return (
    <ModalTrigger label="Add product…" className={className} title="Add an accused product">
      {(close) => <AddProductForm products={products} close={close} />}
    </ModalTrigger>
  );
}
