// The sandbox document's script (sandbox.html, built by build/sandbox.ts):
// it runs in an iframe with an opaque origin (sandbox="allow-scripts", no
// allow-same-origin) under its own policy (connect-src 'none'), so nothing
// here, or in the workers it starts, can reach the app's storage, the
// network or the page. It starts the workers from the sources inlined in
// sandbox.html, hands them what the page sent (sql.js's and Pyodide's files),
// and passes back only well-formed, expected messages: at most a few per run.
import { isProgress, readToSandbox, type FromSandbox, type ToSandbox } from '../protocol.ts'

/** The workers' bundled sources, defined by sandbox.html before this script. */
declare const INKTERVIEW_WORKERS: { js: string; python: string }

const page = window.parent
const send = (m: FromSandbox) => page.postMessage(m, '*')
const urls: Record<'js' | 'python', string> = {
  js: URL.createObjectURL(new Blob([INKTERVIEW_WORKERS.js], { type: 'text/javascript' })),
  python: URL.createObjectURL(new Blob([INKTERVIEW_WORKERS.python], { type: 'text/javascript' })),
}

/** Forwards a run's messages from a worker to the page: checked, and no more than a run can have. */
function relay(id: number, onFinal: () => void) {
  let progress = 0
  let finished = false
  return (data: unknown): void => {
    if (finished || typeof data !== 'object' || data === null) return
    const m = data as { type?: unknown; id?: unknown; progress?: unknown; response?: unknown; result?: unknown; error?: unknown; ms?: unknown }
    if (m.id !== id) return
    if (m.type === 'progress') {
      // tests, perf-reference, and one perf-try per try (at most 3)
      if (progress < 5 && isProgress(m.progress)) {
        progress++
        send({ type: 'progress', id, progress: m.progress })
      }
      return
    }
    if (m.type === 'js-done' || m.type === 'python-done' || m.type === 'failed' || m.type === 'python-loaded') {
      finished = true
      send(structuredClone(m) as FromSandbox) // the page checks the shape again
      onFinal()
    }
  }
}

let python: Worker | null = null
let pythonRelay: ((data: unknown) => void) | null = null

function startPython(): Worker {
  const w = new Worker(urls.python, { name: 'inkterview-python' })
  w.onmessage = (e) => pythonRelay?.(e.data)
  w.onerror = (e) => {
    e.preventDefault()
    pythonRelay?.({ type: 'failed', id: currentPython, error: `Python stopped: ${e.message || 'the worker crashed'}` })
    python = null
  }
  return w
}
let currentPython = 0

function handle(m: ToSandbox) {
  if (m.type === 'run-js') {
    // One worker per run: nothing an answer leaves behind reaches the next one.
    const w = new Worker(urls.js, { name: 'inkterview-js' })
    const forward = relay(m.id, () => w.terminate())
    w.onmessage = (e) => forward(e.data)
    w.onerror = (e) => {
      e.preventDefault()
      forward({ type: 'failed', id: m.id, error: `the test runner failed: ${e.message || 'the worker crashed (out of memory?)'}` })
    }
    w.postMessage({ req: m.req, id: m.id, sqlWasm: m.sqlWasm }, m.sqlWasm ? [m.sqlWasm] : [])
    return
  }
  python ??= startPython()
  currentPython = m.id
  pythonRelay = relay(m.id, () => {})
  if (m.type === 'load-python') python.postMessage({ type: 'load', id: m.id, files: m.files }, [m.files.wasm, m.files.stdlib])
  else python.postMessage({ type: 'run', id: m.id, job: m.job })
}

window.addEventListener('message', (e) => {
  if (e.source !== page) return
  const m = readToSandbox(e.data)
  if (m) handle(m)
})
send({ type: 'ready' })
