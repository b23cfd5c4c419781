// The sandbox document's script (sandbox.html, built by build/sandbox.ts):
// it runs in an iframe with an opaque origin (sandbox="allow-scripts", no
// allow-same-origin) under its own policy (connect-src 'none'), so nothing
// here, or in the workers it starts, can reach the app's storage, the
// network or the page. It starts the workers from the sources inlined in
// sandbox.html, hands them what the page sent (sql.js's and Pyodide's files),
// and passes back only well-formed, expected messages: a few per run.
//
// Each worker talks to this page over a private MessageChannel whose port it
// keeps out of the answer's reach: whatever an answer posts on the worker's
// own channel (a flood, a forged result) is never read.
import { isProgress, readToSandbox, type FromSandbox, type ToSandbox } from '../protocol.ts'

/** The workers' bundled sources, defined by sandbox.html before this script. */
declare const INKTERVIEW_WORKERS: { js: string; python: string }

/** A result larger than this (characters of JSON) is refused: an answer cannot flood the page through its return value. */
const MAX_MESSAGE_CHARS = 8_000_000

const page = window.parent
const send = (m: FromSandbox) => page.postMessage(m, '*')
const urls: Record<'js' | 'python', string> = {
  js: URL.createObjectURL(new Blob([INKTERVIEW_WORKERS.js], { type: 'text/javascript' })),
  python: URL.createObjectURL(new Blob([INKTERVIEW_WORKERS.python], { type: 'text/javascript' })),
}

const FINAL = new Set(['js-done', 'js-perf-done', 'python-done', 'python-loaded', 'failed'])

/** Forwards a run's messages to the page: checked, of the expected kinds, and no more than a run can have. */
function relay(id: number, finals: number, onFinal: () => void) {
  let progress = 0
  let left = finals
  return (data: unknown): void => {
    if (left <= 0 || typeof data !== 'object' || data === null) return
    const m = data as { type?: unknown; id?: unknown; progress?: unknown }
    if (m.id !== id) return
    if (m.type === 'progress') {
      // tests, then perf-reference and perf-try for each try
      if (progress < 6 && isProgress(m.progress)) {
        progress++
        send({ type: 'progress', id, progress: m.progress })
      }
      return
    }
    if (typeof m.type !== 'string' || !FINAL.has(m.type)) return
    left = m.type === 'failed' ? 0 : left - 1
    let text: string
    try {
      text = JSON.stringify(m)
    } catch {
      text = ''
    }
    if (!text || text.length > MAX_MESSAGE_CHARS) send({ type: 'failed', id, error: 'the answer produced a result too large to show (over 8 MB)' })
    else send(JSON.parse(text) as FromSandbox) // a plain copy; the page checks its shape again
    if (left <= 0) onFinal()
  }
}

// ---- JavaScript and SQL: a fresh worker per run ----

let js: { id: number; worker: Worker; port: MessagePort; forward: (d: unknown) => void } | null = null

function endJs() {
  js?.worker.terminate()
  js?.port.close()
  js = null
}

function startJs(m: Extract<ToSandbox, { type: 'run-js' }>) {
  endJs()
  const worker = new Worker(urls.js, { name: 'inkterview-js' })
  const channel = new MessageChannel()
  // tests, then (if asked) the performance test: up to two results
  const forward = relay(m.id, 2, endJs)
  const run = { id: m.id, worker, port: channel.port1, forward }
  js = run
  channel.port1.onmessage = (e) => js === run && forward(e.data)
  worker.onerror = (e) => {
    e.preventDefault()
    if (js === run) forward({ type: 'failed', id: m.id, error: `the test runner failed: ${e.message || 'the worker crashed (out of memory?)'}` })
  }
  const transfer: Transferable[] = [channel.port2, ...(m.sqlWasm ? [m.sqlWasm] : [])]
  worker.postMessage({ port: channel.port2, type: 'run', id: m.id, req: m.req, sqlWasm: m.sqlWasm }, transfer)
}

// ---- Python: one worker, loaded once, kept between runs ----

let python: { worker: Worker; port: MessagePort } | null = null
let pythonRelay: ((data: unknown) => void) | null = null
let pythonRun = 0

function startPython() {
  const worker = new Worker(urls.python, { name: 'inkterview-python' })
  const channel = new MessageChannel()
  channel.port1.onmessage = (e) => pythonRelay?.(e.data)
  worker.onerror = (e) => {
    e.preventDefault()
    pythonRelay?.({ type: 'failed', id: pythonRun, error: `Python stopped: ${e.message || 'the worker crashed'}` })
    worker.terminate()
    python = null
  }
  worker.postMessage({ port: channel.port2 }, [channel.port2])
  return { worker, port: channel.port1 }
}

function handle(m: ToSandbox) {
  switch (m.type) {
    case 'run-js':
      return startJs(m)
    case 'perf-js':
      if (js?.id === m.id) js.port.postMessage({ type: 'perf', id: m.id, perf: m.perf })
      return
    case 'end-js':
      if (js?.id === m.id) endJs()
      return
    case 'load-python':
    case 'run-python': {
      python ??= startPython()
      pythonRun = m.id
      pythonRelay = relay(m.id, 1, () => {})
      if (m.type === 'load-python') python.port.postMessage({ type: 'load', id: m.id, files: m.files }, [m.files.wasm, m.files.stdlib])
      else python.port.postMessage({ type: 'run', id: m.id, job: m.job })
    }
  }
}

window.addEventListener('message', (e) => {
  if (e.source !== page) return
  const m = readToSandbox(e.data)
  if (m) handle(m)
})
send({ type: 'ready' })
