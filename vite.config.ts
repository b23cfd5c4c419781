import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { webManifest } from './build/manifest.ts'
import { offline } from './build/offline.ts'
import { vendorAssets } from './build/vendorAssets.ts'
import { problemBankCheck } from './build/problemBank.ts'
import { questionDeckCheck } from './build/questionDeck.ts'
import { sandboxPage } from './build/sandbox.ts'

// The CSP in index.html forbids inline scripts, which Vite's dev server (HMR,
// React refresh) needs; drop it in dev only.
const devWithoutCsp: Plugin = {
  name: 'inkterview-dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
}

export default defineConfig({
  plugins: [react(), problemBankCheck(), questionDeckCheck(), vendorAssets(), sandboxPage(), devWithoutCsp, webManifest(), offline()],
  worker: { format: 'es' },
  // The dev pre-bundler cannot follow the `?url` asset imports of
  // @tldraw/assets/imports.vite; Vite's own pipeline can.
  optimizeDeps: { exclude: ['@tldraw/assets'] },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
})
