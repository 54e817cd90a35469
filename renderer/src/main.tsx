import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Before anything that loads zod (see the file).
import './app/zodWithoutEval';
// First, so the components' stylesheets (imported by AppShell and below) come after the element defaults.
import './ui/theme.css';
import { AppShell } from './app/AppShell';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell />
  </StrictMode>,
);
