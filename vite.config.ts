import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/services/security-policy';

/**
 * The CSP is sent as a header by both transports; the same policy is also written into index.html as a
 * meta tag (minus frame-ancestors, which a meta tag cannot carry), so the page is covered even if it is
 * ever loaded some other way. One source: electron/services/security-policy.ts.
 */
function contentSecurityPolicyMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'claimchart-csp-meta',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

// The renderer: a plain browser bundle (no Node), served from app://claimchart/ in Electron and from
// 127.0.0.1 in browser mode. Absolute base '/' works for both.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), contentSecurityPolicyMeta()],
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
