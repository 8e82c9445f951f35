import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dev server injects inline scripts and <style> tags (React refresh,
 * CSS hot reload) that the strict CSP in index.html forbids. Only in
 * `vite serve` we drop the meta tag; built files keep it.
 */
const dropCspInDev = (): Plugin => ({
  name: 'docket-drop-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
});

export default defineConfig({
  root,
  // Relative asset URLs, so the same build loads from file:// in Electron and from the CLI's server.
  base: './',
  plugins: [react(), dropCspInDev()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The bridge client opens a WebSocket to the page's own host: keep a plain ES2022 target for Electron and browsers alike.
    target: 'es2022',
  },
  server: { host: '127.0.0.1' },
});
