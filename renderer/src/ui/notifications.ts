/**
 * The app's one notification queue. Failures are reported here so none is swallowed; the region that shows
 * them (NotificationRegion) is an ARIA landmark whose toasts are announced without taking focus.
 */
import { UNSTABLE_ToastQueue as ToastQueue } from 'react-aria-components';
import type { RpcError } from '../rpc/client';

export interface Notice {
  readonly title: string;
  readonly message: string;
}

export const notices = new ToastQueue<Notice>({ maxVisibleToasts: 4 });

/** Error toasts stay until dismissed: the user may need time to read them, or to copy the message. */
export function reportError(title: string, error: RpcError): void {
  notices.add({ title, message: error.message });
}
