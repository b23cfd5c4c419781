// Builds sandbox.html, the document the test runner's iframe loads
// (src/runner/sandbox/): one self-contained page, its script inline (allowed
// by hash) and the workers' sources inlined as text, because the sandbox has
// an opaque origin and may fetch nothing, not even our own files. Its policy:
// scripts only this one, blob: (the workers and Pyodide's module, made from
// what the page hands over) and eval (the answers); no connections at all.
// In dev the page is built on request; in the build it is emitted beside index.html.
import { createHash } from 'node:crypto'
import path from 'node:path'
import { build, type Plugin } from 'vite'

export const SANDBOX_FILE = 'sandbox.html'

const ENTRIES = {
  boot: 'src/runner/sandbox/boot.ts',
  js: 'src/runner/sandbox/js.worker.ts',
  python: 'src/runner/sandbox/python.worker.ts',
} as const

/** The Content-Security-Policy of the sandbox, given the hash of its one inline script. */
export function sandboxPolicy(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}' blob: 'unsafe-eval' 'wasm-unsafe-eval'`,
    'worker-src blob:',
    "connect-src 'none'",
    "img-src 'none'",
    "style-src 'none'",
    "font-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

async function bundle(root: string, entry: string, name: string): Promise<string> {
  const out = await build({
    configFile: false,
    root,
    // Pyodide's Node-only imports are reported as externalised: expected, never reached in a worker.
    logLevel: 'error',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      emptyOutDir: false,
      lib: { entry: path.resolve(root, entry), formats: ['iife'], name, fileName: () => `${name}.js` },
    },
  })
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[]
  const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk')
  if (chunks.length !== 1) throw new Error(`${entry}: expected one self-contained bundle, got ${chunks.length} chunks`)
  return chunks[0]!.code!
}

/** sandbox.html, built from the sources under root. */
export async function buildSandboxHtml(root: string): Promise<string> {
  const [boot, js, python] = await Promise.all([
    bundle(root, ENTRIES.boot, 'InkterviewSandbox'),
    bundle(root, ENTRIES.js, 'InkterviewJsWorker'),
    bundle(root, ENTRIES.python, 'InkterviewPythonWorker'),
  ])
  // The worker sources as a JSON literal: "<" escaped, so no "</script>" can end the script early.
  const sources = JSON.stringify({ js, python }).replace(/</g, '\\u003c')
  const script = `const INKTERVIEW_WORKERS = ${sources};\n${boot.replace(/<\/script/gi, '<\\/script')}`
  const hash = createHash('sha256').update(script, 'utf8').digest('base64')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${sandboxPolicy(hash)}">
<title>Inkterview test runner</title>
<script>${script}</script>
</head>
<body></body>
</html>
`
}

export function sandboxPage(): Plugin {
  let root = process.cwd()
  return {
    name: 'inkterview-sandbox',
    configResolved(c) {
      root = c.root
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== `/${SANDBOX_FILE}`) return next()
        // Built on each request in dev: it is loaded once per page, and always current.
        buildSandboxHtml(root).then(
          (html) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8')
            res.setHeader('Cache-Control', 'no-cache')
            res.end(html)
          },
          (e: unknown) => next(e),
        )
      })
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: SANDBOX_FILE, source: await buildSandboxHtml(root) })
    },
  }
}
