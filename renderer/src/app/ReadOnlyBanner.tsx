import type { MatterSummary } from '../../../shared/domain/matter';
import './ReadOnlyBanner.css';

/** Says, above everything, that changes to this matter cannot be saved here, and why. */
export function ReadOnlyBanner({ matter }: { readonly matter: MatterSummary }) {
  if (!matter.readOnly) return null;
  return (
    <p className="read-only-banner" role="note">
      <strong>Read-only.</strong> {matter.readOnlyReason ?? 'This matter is open read-only.'}
    </p>
  );
}
