import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import { AlertIcon, CloseIcon } from './icons';
import { notices } from './notifications';
import './NotificationRegion.css';

export function NotificationRegion() {
  return (
    <ToastRegion queue={notices} className="notification-region" aria-label="Notifications">
      {({ toast }) => (
        <Toast toast={toast} className="notification">
          <AlertIcon className="notification__icon" />
          <ToastContent className="notification__content">
            <Text slot="title" className="notification__title">
              {toast.content.title}
            </Text>
            <Text slot="description" className="notification__message">
              {toast.content.message}
            </Text>
          </ToastContent>
          <Button slot="close" className="notification__close" aria-label="Dismiss">
            <CloseIcon />
          </Button>
        </Toast>
      )}
    </ToastRegion>
  );
}
