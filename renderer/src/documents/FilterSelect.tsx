import type { MatterOverview } from '../../../shared/domain/matter';
import { FieldSelect } from '../ui/FieldSelect';
import './FilterSelect.css';

interface FilterSelectProps {
  readonly label: string;
  /** What the filter is when off ("All documents"). */
  readonly allLabel: string;
  readonly options: readonly { readonly id: number; readonly name: string }[];
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
}

const ALL = 'all';

/** A filter by one document or product, or none. */
export function FilterSelect({ label, allLabel, options, value, onChange }: FilterSelectProps) {
  return (
    <FieldSelect
      className="filter-select"
      label={label}
      options={[{ id: ALL, name: allLabel }, ...options.map((o) => ({ id: String(o.id), name: o.name }))]}
      value={value === undefined ? ALL : String(value)}
      onChange={(key) => onChange(key === ALL ? undefined : Number(key))}
    />
  );
}

interface DocumentProductFiltersProps {
  readonly overview: MatterOverview;
  readonly documentId: number | undefined;
  readonly productId: number | undefined;
  readonly onChange: (change: { documentId?: number; productId?: number }) => void;
}

/** The filters search and the excerpt list share: one document, one accused product. */
export function DocumentProductFilters({ overview, documentId, productId, onChange }: DocumentProductFiltersProps) {
  return (
    <>
      <FilterSelect
        label="Document"
        allLabel="All documents"
        options={overview.documents.map((d) => ({ id: d.id, name: d.title }))}
        value={documentId}
        onChange={(id) => onChange({ documentId: id })}
      />
      <FilterSelect label="Accused product" allLabel="All products" options={overview.products} value={productId} onChange={(id) => onChange({ productId: id })} />
    </>
  );
}
