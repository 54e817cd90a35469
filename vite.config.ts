import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/services/security-policy.ts';

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

/**
 * pdf.js's worker and the files it loads on demand (CMaps, standard fonts, ICC profiles, the WebAssembly
 * image decoders, annotation icons), copied from pdfjs-dist into the build as /pdfjs/…: the viewer loads them from the app's
 * own origin (renderer/src/viewer/pdfjs.ts), never from elsewhere, and the CSP needs nothing added.
 */
function pdfjsAssets(): Plugin {
  const source = 'node_modules/pdfjs-dist';
  const files = (dir: string): string[] =>
    readdirSync(join(source, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return {
    name: 'claimchart-pdfjs-assets',
    apply: 'build',
    generateBundle() {
      for (const file of ['build/pdf.worker.min.mjs', ...['cmaps', 'standard_fonts', 'iccs', 'wasm', 'web/images'].flatMap(files)]) {
        this.emitFile({ type: 'asset', fileName: `pdfjs/${file.replace(/^build\//, '')}`, source: readFileSync(join(source, file)) });
      }
    },
  };
}

// The renderer: a plain browser bundle (no Node), served from app://claimchart/ in Electron and from
// 127.0.0.1 in browser mode. Absolute base '/' works for both.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), contentSecurityPolicyMeta(), pdfjsAssets()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // No inline <script> or modulepreload polyfill: the CSP allows script only from 'self'.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // Screens are split already (chart, document); the entry keeps React, react-aria and pdf.js's core. The
    // bundle is read from disk or loopback, never a network, so Vite's 500 kB web default does not apply.
    chunkSizeWarningLimit: 1024,
  },
});
