/** What a panel or view shows instead of content: nothing yet, still loading, or a failure. */
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { RpcError } from '../rpc/client';
import './buttons.css';
import './states.css';

/** Says what is missing and what to do next; `compact` for a sidebar panel. */
export function EmptyState({ title, children, compact = false }: { readonly title: string; readonly children: ReactNode; readonly compact?: boolean }) {
  return (
    <div className={compact ? 'empty-state empty-state--compact' : 'empty-state'}>
      <p className="empty-state__title">{title}</p>
      <div className="empty-state__body">{children}</div>
    </div>
  );
}

export function LoadingState({ label }: { readonly label: string }) {
  return (
    <p className="loading-state" role="status">
      {label}
    </p>
  );
}

/** A failed load in place of the view; the notification region has announced it already. */
export function ErrorState({ title, error, onRetry }: { readonly title: string; readonly error: RpcError; readonly onRetry: () => void }) {
  return (
    <div className="error-state">
      <p className="error-state__title">{title}</p>
      <p className="error-state__message">{error.message}</p>
      <Button className="button" onPress={onRetry}>
        Try again
      </Button>
    </div>
  );
}
