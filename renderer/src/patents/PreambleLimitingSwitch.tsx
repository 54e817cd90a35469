import { Switch } from 'react-aria-components';
import type { ClaimDetail } from '../../../shared/domain/patent';
import type { ClaimEditor } from './useClaimEditor';
import './PreambleLimitingSwitch.css';

/** Whether the claim's preamble limits the claim, on the preamble's own row: a chart then treats it as an element. */
export function PreambleLimitingSwitch({ claim, editor }: { readonly claim: ClaimDetail; readonly editor: ClaimEditor }) {
  return (
    <Switch
      className="preamble-switch"
      isSelected={claim.preambleLimiting}
      isDisabled={editor.disabled}
      onChange={(limiting) => editor.setPreambleLimiting(claim, limiting)}
    >
      <span className="preamble-switch__track" aria-hidden="true">
        <span className="preamble-switch__thumb" />
      </span>
      Preamble limiting
    </Switch>
  );
}
