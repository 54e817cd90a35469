import { useRef } from 'react';

/** A limitation's label edited in place: Enter or leaving keeps what was typed (empty: automatic), Escape cancels. */
export function RelabelField({ label, onDone }: { readonly label: string; readonly onDone: (label: string | null) => void }) {
  // Enter, then the blur of the field going away, must not relabel twice.
  const finished = useRef(false);
  const finish = (typed: string | null) => {
    if (finished.current) return;
    finished.current = true;
    onDone(typed);
  };
  return (
    <input
      className="limitation__label-field"
      defaultValue={label}
      placeholder="automatic"
      aria-label="Label (empty for the automatic one)"
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') finish(event.currentTarget.value);
        else if (event.key === 'Escape') finish(null);
        else return;
        event.preventDefault();
      }}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  );
}
