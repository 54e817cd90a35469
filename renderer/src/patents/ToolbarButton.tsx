import type { ReactNode } from 'react';
import { Button, Tooltip, TooltipTrigger, type ButtonProps } from 'react-aria-components';
import { ariaKeyShortcut, shortcutText, type Shortcut } from './shortcuts';
import '../ui/buttons.css';
import './ToolbarButton.css';

interface ToolbarButtonProps extends Omit<ButtonProps, 'children' | 'className'> {
  /** What pressing it will do, in full ("Split [1a] at the cursor"); the shortcut is added to it. */
  readonly tooltip: string;
  readonly shortcut?: Shortcut;
  readonly children: ReactNode;
}

/** A text button of the claims toolbar, its tooltip saying what it acts on and its keyboard shortcut. */
export function ToolbarButton({ tooltip, shortcut, children, ...buttonProps }: ToolbarButtonProps) {
  return (
    <TooltipTrigger delay={600}>
      <Button {...buttonProps} className="button toolbar-button" aria-keyshortcuts={shortcut && ariaKeyShortcut(shortcut)}>
        {children}
      </Button>
      <Tooltip className="tooltip" offset={6}>
        {tooltip}
        {shortcut && <kbd className="toolbar-button__shortcut">{shortcutText(shortcut)}</kbd>}
      </Tooltip>
    </TooltipTrigger>
  );
}
