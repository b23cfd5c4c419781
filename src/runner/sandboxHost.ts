// The page's side of the sandbox: a hidden iframe (sandbox="allow-scripts",
// no allow-same-origin: an opaque origin, no storage, no network, no page)
// loading sandbox.html, the files it needs handed over by postMessage (it
// cannot fetch them), and every message from it checked (protocol.ts). A run
// that passes its time limit removes the iframe, which ends everything in it;
// the next run gets a new one.
import sqlWasmUrl from 'sql.js/dist/sql-wasm.wasm?url'
import { readFromSandbox, type FromSandbox, type PyodideFiles, type ToSandbox } from './protocol.ts'

/** What a host needs of a sandbox (a fake in the unit tests). */
export interface SandboxLike {
  /** Resolves when the sandbox can take requests; rejects when it cannot start. */
  ready: Promise<void>
  post(m: ToSandbox, transfer?: Transferable[]): void
  /** Checked messages from the sandbox. */
  onMessage: ((m: FromSandbox) => void) | null
  destroy(): void
}

const SANDBOX_URL = `${import.meta.env.BASE_URL}sandbox.html`

/** The real sandbox: a hidden iframe. */
export function createIframeSandbox(startTimeoutMs = 30_000): SandboxLike {
  const frame = document.createElement('iframe')
  frame.setAttribute('sandbox', 'allow-scripts')
  frame.setAttribute('aria-hidden', 'true')
  frame.tabIndex = -1
  frame.title = 'Test runner'
  frame.style.display = 'none'
  frame.src = SANDBOX_URL
  let onReady: () => void = () => {}
  let onFail: (e: Error) => void = () => {}
  const sandbox: SandboxLike = {
    ready: new Promise<void>((resolve, reject) => {
      onReady = resolve
      onFail = reject
    }),
    post(m, transfer = []) {
      frame.contentWindow?.postMessage(m, '*', transfer)
    },
    onMessage: null,
    destroy() {
      window.removeEventListener('message', listen)
      clearTimeout(timer)
      frame.remove()
      onFail(new Error('the test runner was stopped'))
    },
  }
  const listen = (e: MessageEvent) => {
    // Only our iframe, and only from its opaque origin.
    if (e.source !== frame.contentWindow || e.origin !== 'null') return
    const m = readFromSandbox(e.data)
    if (!m) return
    if (m.type === 'ready') {
      clearTimeout(timer)
      onReady()
    } else sandbox.onMessage?.(m)
  }
  window.addEventListener('message', listen)
  const timer = setTimeout(() => onFail(new Error(`the test runner did not start within ${startTimeoutMs / 1000} s`)), startTimeoutMs)
  document.body.append(frame)
  return sandbox
}

/** Our origin's copy of sql.js's wasm (the service worker has it offline). */
export async function fetchSqlWasm(): Promise<ArrayBuffer> {
  const r = await fetch(sqlWasmUrl)
  if (!r.ok) throw new Error(`sql.js could not be loaded (${r.status})`)
  return r.arrayBuffer()
}

const PYODIDE_DIR = `${import.meta.env.BASE_URL}vendor/pyodide/`

/** Pyodide's files from our origin (build/vendorAssets.ts; precached for offline use). */
export async function fetchPyodideFiles(): Promise<PyodideFiles> {
  const get = async (name: string) => {
    const r = await fetch(`${PYODIDE_DIR}${name}`)
    if (!r.ok) throw new Error(`Failed to load '${name}' (${r.status})`)
    return r
  }
  const [asmJs, wasm, stdlib, lock] = await Promise.all([
    get('pyodide.asm.mjs').then((r) => r.text()),
    get('pyodide.asm.wasm').then((r) => r.arrayBuffer()),
    get('python_stdlib.zip').then((r) => r.arrayBuffer()),
    get('pyodide-lock.json').then((r) => r.text()),
  ])
  return { asmJs, wasm, stdlib, lock }
}
