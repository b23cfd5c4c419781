/// <reference lib="webworker" />
// Runs Python answers with Pyodide, off the main thread. Unlike the JavaScript
// runner (one worker per run), this worker lives across runs: loading Pyodide
// costs seconds, running a problem's tests milliseconds. runTests() terminates
// it when a run passes its time limit; the next run starts a new one.
//
// Pyodide comes from our own origin (vendor/pyodide/, build/vendorAssets.ts),
// imported at run time rather than bundled so that pyodide.mjs and
// pyodide.asm.mjs/.wasm are always the same release. No packages are loaded:
// the harness needs only the standard library, and packageBaseUrl stays on our
// origin too, so nothing can be fetched from a CDN.
import type { loadPyodide as LoadPyodide } from 'pyodide'
import harnessSource from './node/python_harness.py?raw'
import { installHarness, type PythonHarness, type PythonWorkerRequest, type PythonWorkerResponse } from './python'

const indexURL = new URL(`${import.meta.env.BASE_URL}vendor/pyodide/`, self.location.href).href

let harness: Promise<PythonHarness> | undefined

async function load(): Promise<PythonHarness> {
  const mod = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as { loadPyodide: typeof LoadPyodide }
  const py = await mod.loadPyodide({
    indexURL,
    packageBaseUrl: indexURL,
    // The answer's prints are captured per test by the harness; anything else is noise.
    stdout: () => {},
    stderr: () => {},
  })
  return installHarness(py, harnessSource)
}

const post = (m: PythonWorkerResponse) => self.postMessage(m)
const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

self.onmessage = async (e: MessageEvent<PythonWorkerRequest>) => {
  const req = e.data
  const started = performance.now()
  const first = !harness
  harness ??= load()
  let h: PythonHarness
  try {
    h = await harness
  } catch (err) {
    post({ type: 'load-failed', error: message(err) })
    return
  }
  if (req.type === 'load') {
    post({ type: 'loaded', ms: first ? Math.round(performance.now() - started) : 0 })
    return
  }
  const r = h.run(req.job)
  post('error' in r ? { type: 'failed', id: req.id, error: r.error } : { type: 'done', id: req.id, outcomes: r })
}
