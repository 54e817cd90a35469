import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: a plain browser bundle (no Node), served from app://claimchart/ in Electron and from
// 127.0.0.1 in browser mode. Absolute base '/' works for both.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // No inline <script> or modulepreload polyfill: the CSP allows script only from 'self'.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
