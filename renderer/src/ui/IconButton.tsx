import type { ReactNode } from 'react';
import { Button, Tooltip, TooltipTrigger, type ButtonProps } from 'react-aria-components';
import './buttons.css';

interface IconButtonProps extends Omit<ButtonProps, 'children' | 'className'> {
  /** Shown as a tooltip on hover and keyboard focus; also the accessible name unless aria-label is given. */
  readonly tooltip: string;
  readonly children: ReactNode;
}

export function IconButton({ tooltip, children, ...buttonProps }: IconButtonProps) {
  return (
    <TooltipTrigger delay={600}>
      <Button aria-label={tooltip} {...buttonProps} className="icon-button">
        {children}
      </Button>
      <Tooltip className="tooltip" offset={6}>
        {tooltip}
      </Tooltip>
    </TooltipTrigger>
  );
}
