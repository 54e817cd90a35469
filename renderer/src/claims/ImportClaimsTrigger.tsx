import { useState, type ReactNode } from 'react';
import { useAppCommand } from '../hooks/useAppCommand';
import { Button, DialogTrigger } from 'react-aria-components';
import type { PatentDetail } from '../../../shared/domain/patent';
import { ImportClaimsDialog } from './ImportClaimsDialog';
import '../ui/buttons.css';
import './ImportClaimsTrigger.css';

interface ImportClaimsTriggerProps {
  /** The patent to fill. Without one the claims make a new patent, or fill the matter's patent of their number. */
  readonly target?: PatentDetail;
  readonly className?: string;
  /** The button's text ("Import claims…", "Add patent…"). */
  readonly children: ReactNode;
  /** Also open when the desktop menu's File → Import Patent… is chosen (one trigger in the shell says yes). */
  readonly opensOnMenuCommand?: boolean;
}

/** A button that opens the claim import dialog. */
export function ImportClaimsTrigger({ target, className = 'button import-trigger', children, opensOnMenuCommand = false }: ImportClaimsTriggerProps) {
  const [isOpen, setOpen] = useState(false);
  useAppCommand('import-patent', () => {
    if (opensOnMenuCommand) setOpen(true);
  });
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className={className}>{children}</Button>
      <ImportClaimsDialog target={target} />
    </DialogTrigger>
  );
}
