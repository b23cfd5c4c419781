/// <reference lib="webworker" />
// Python answers in the sandbox: Pyodide, loaded once per sandbox from the
// files the page hands over (this opaque origin, under connect-src 'none',
// can fetch nothing), then jobs one at a time through harness.py. The only
// module that imports pyodide.
import { loadPyodide } from 'pyodide'
import harnessSource from '../python/harness.py?raw'
import { installHarness, type PythonHarness } from '../python/pyodideHarness.ts'
import type { PyodideFiles } from '../protocol.ts'
import type { PythonJob } from '../python/job.ts'
import { limitWasmGrowth } from './memoryLimit.ts'

/** Where Pyodide believes its files are; only the fetch below answers for it. */
const INDEX_URL = 'https://pyodide.inkterview.invalid/'

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))
let harness: Promise<PythonHarness> | undefined

async function load(files: PyodideFiles): Promise<PythonHarness> {
  const assets = new Map<string, [ArrayBuffer, string]>([
    [`${INDEX_URL}pyodide.asm.wasm`, [files.wasm, 'application/wasm']],
    [`${INDEX_URL}python_stdlib.zip`, [files.stdlib, 'application/zip']],
  ])
  // While Pyodide starts, its two file reads are answered from memory; afterwards
  // fetch is the browser's again (and the policy refuses it).
  const realFetch = self.fetch
  self.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const hit = assets.get(url)
    return hit ? new Response(hit[0], { headers: { 'Content-Type': hit[1] } }) : realFetch(input, init)
  }
  try {
    const asmUrl = URL.createObjectURL(new Blob([files.asmJs], { type: 'text/javascript' }))
    const asm = (await import(/* @vite-ignore */ asmUrl)) as { default: NonNullable<Parameters<typeof loadPyodide>[0]>['createPyodideModule'] }
    URL.revokeObjectURL(asmUrl)
    const py = await loadPyodide({
      indexURL: INDEX_URL,
      packageBaseUrl: INDEX_URL,
      lockFileContents: files.lock,
      createPyodideModule: asm.default,
      // The answer's prints are captured per test by the harness; anything else is noise.
      stdout: () => {},
      stderr: () => {},
    })
    const harness = installHarness(py, harnessSource)
    // From here on, growing Python's heap past the budget is a MemoryError in the answer.
    limitWasmGrowth(self as unknown as Record<string, unknown>)
    return harness
  } finally {
    self.fetch = realFetch
  }
}

type Request = { type: 'load'; id: number; files: PyodideFiles } | { type: 'run'; id: number; job: PythonJob }

// The first message hands over a private port: requests and results go through it,
// out of an answer's reach (whatever it posts on this worker's own channel is never read).
let post: (m: unknown) => void = () => {}
self.onmessage = (first: MessageEvent<{ port: MessagePort }>) => {
  self.onmessage = null
  const port = first.data.port
  post = port.postMessage.bind(port)
  port.onmessage = (e: MessageEvent<Request>) => void handle(e.data)
}

async function handle(m: Request) {
  if (m.type === 'load') {
    const t0 = performance.now()
    harness ??= load(m.files)
    try {
      await harness
      post({ type: 'python-loaded', id: m.id, ms: Math.round(performance.now() - t0) })
    } catch (err) {
      harness = undefined
      post({ type: 'failed', id: m.id, error: `Python could not be loaded: ${message(err)}` })
    }
    return
  }
  if (!harness) return post({ type: 'failed', id: m.id, error: 'Python is not loaded' })
  const h = await harness
  const r = await h.run(m.job, (progress) => post({ type: 'progress', id: m.id, progress }))
  // The harness itself failed (MemoryError, a fatal Pyodide error): the page starts afresh next time.
  post('error' in r ? { type: 'failed', id: m.id, error: `Python failed: ${r.error}` } : { type: 'python-done', id: m.id, result: r })
}
