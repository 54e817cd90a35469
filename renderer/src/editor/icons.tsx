/** The cell toolbar's icons, drawn like the app's own (ui/icons.tsx). */
import { Icon } from '../ui/icons';

export const BoldIcon = () => (
  <Icon>
    <path d="M5 3h3.5a2.5 2.5 0 010 5H5zM5 8h4a2.5 2.5 0 010 5H5z" />
  </Icon>
);

export const ItalicIcon = () => (
  <Icon>
    <path d="M7 3h5M4 13h5M9.5 3l-3 10" />
  </Icon>
);

export const UnderlineIcon = () => (
  <Icon>
    <path d="M5 2.5V7a3 3 0 006 0V2.5M4 13.5h8" />
  </Icon>
);

export const BulletedListIcon = () => (
  <Icon>
    <path d="M6.5 4h7M6.5 8h7M6.5 12h7" />
    <circle cx="3" cy="4" r="0.6" />
    <circle cx="3" cy="8" r="0.6" />
    <circle cx="3" cy="12" r="0.6" />
  </Icon>
);

export const NumberedListIcon = () => (
  <Icon>
    <path d="M6.5 4h7M6.5 8h7M6.5 12h7M2.5 3l1-.5V5.5M2.3 7.3a.8.8 0 011.5.4L2.3 9.5h1.6M2.3 11h1.5l-.8 1a.8.8 0 11-.7 1.1" />
  </Icon>
);

export const UndoIcon = () => (
  <Icon>
    <path d="M5.5 3.5L2.5 6.5l3 3M2.5 6.5h7a3.5 3.5 0 010 7H7" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="M10.5 3.5l3 3-3 3M13.5 6.5h-7a3.5 3.5 0 000 7H9" />
  </Icon>
);
