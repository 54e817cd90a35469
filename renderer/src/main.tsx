import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as configureZod } from 'zod';
// First, so the components' stylesheets (imported by AppShell and below) come after the element defaults.
import './ui/theme.css';
import { AppShell } from './app/AppShell';

// zod probes `new Function('')` to decide whether it may compile validators; under our CSP (no eval) the
// probe is refused and reported as a violation. Jitless mode skips the probe.
configureZod({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell />
  </StrictMode>,
);
