// python3 for Python answers in Node (tests, the judge CLI): one long-lived
// process running harness.py --serve, many jobs, one JSON line each way. A
// job that passes its time limit ends the process; the next job starts a new
// one. So the bank check pays one python3 start per process, not per answer.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseJobResult, parseProgress, type PythonJob, type PythonJobResult, type PythonProgress } from '../python/job.ts'

const HARNESS = fileURLToPath(new URL('../python/harness.py', import.meta.url))
const START_TIMEOUT_MS = 120_000

/** Told of the harness's progress; may return a new time limit (ms from now) for the rest of the job. */
export type OnPythonProgress = (p: PythonProgress) => number | void

interface Pending {
  job: PythonJob
  resolve: (r: PythonJobResult | { error: string }) => void
  onProgress?: OnPythonProgress
  timer: NodeJS.Timeout
}

export class PythonProcess {
  private child: ChildProcessWithoutNullStreams | null = null
  private buffer = ''
  private stderr = ''
  private pending: Pending | null = null
  /** Resolves when the current process has started (its imports done). */
  private ready: Promise<boolean> | null = null
  private onReady: ((ok: boolean) => void) | null = null
  private queue: Promise<unknown> = Promise.resolve()

  /** Runs one job (jobs queue one at a time). Never rejects: failures come back as { error }. */
  run(job: PythonJob, timeoutMs: number, onProgress?: OnPythonProgress): Promise<PythonJobResult | { error: string }> {
    const next = this.queue.then(() => this.runNow(job, timeoutMs, onProgress))
    this.queue = next.catch(() => undefined)
    return next
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn('python3', [HARNESS], { stdio: ['pipe', 'pipe', 'pipe'] })
    this.ready = new Promise((resolve) => (this.onReady = resolve))
    this.buffer = ''
    this.stderr = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      if (this.child !== child) return
      this.buffer += chunk
      let nl
      while ((nl = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, nl)
        this.buffer = this.buffer.slice(nl + 1)
        this.onLine(line)
      }
    })
    child.stderr.setEncoding('utf8')
    // What an answer writes around the capture lands here; keep the end for error messages.
    child.stderr.on('data', (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-2000)))
    // Only the current process speaks for the pending job: one ended on purpose may report its exit late.
    child.on('error', (e) => {
      if (this.child !== child) return
      this.startFailed = e.message
      this.onReady?.(false)
      this.finish({ error: `python3 failed: ${e.message}` }, true)
    })
    child.on('exit', (code, signal) => {
      if (this.child !== child) return
      this.child = null
      this.onReady?.(false)
      this.finish({ error: `python3 exited (${signal ?? code})${this.stderr ? `: ${this.stderr.trim().split('\n').at(-1)}` : ''}` }, false)
    })
    child.stdin.on('error', () => {})
    return child
  }

  private startFailed = ''

  private onLine(line: string) {
    if (line.startsWith('{"ready"')) return this.onReady?.(true)
    const p = this.pending
    if (!p || !line.trim()) return
    let msg: { notify?: unknown; result?: unknown }
    try {
      msg = JSON.parse(line) as typeof msg
    } catch {
      return this.finish({ error: `the Python harness wrote something that is not JSON: ${line.slice(0, 200)}` }, true)
    }
    if (msg.notify !== undefined) {
      const progress = parseProgress(msg.notify)
      const limit = progress ? p.onProgress?.(progress) : undefined
      if (typeof limit === 'number') {
        clearTimeout(p.timer)
        p.timer = this.stopAfter(limit)
      }
      return
    }
    this.finish(parseJobResult(JSON.stringify(msg.result), p.job.type), false)
  }

  private finish(r: PythonJobResult | { error: string }, kill: boolean) {
    const p = this.pending
    if (!p) return
    this.pending = null
    clearTimeout(p.timer)
    if (kill) this.kill()
    p.resolve(r)
  }

  private async runNow(job: PythonJob, timeoutMs: number, onProgress?: OnPythonProgress) {
    const child = (this.child ??= this.start())
    // Starting python3 on a busy machine can take seconds: that is not the answer's time.
    const started = await Promise.race([this.ready, new Promise<false>((r) => setTimeout(() => r(false), START_TIMEOUT_MS))])
    if (!started) {
      this.kill()
      return { error: this.startFailed ? `python3 could not be started: ${this.startFailed}` : `python3 did not start within ${START_TIMEOUT_MS / 1000} s` }
    }
    return new Promise<PythonJobResult | { error: string }>((resolve) => {
      this.pending = { job, resolve, onProgress, timer: this.stopAfter(timeoutMs) }
      child.stdin.write(JSON.stringify(job) + '\n')
    })
  }

  private stopAfter(ms: number): NodeJS.Timeout {
    return setTimeout(() => this.finish({ error: `stopped after ${Math.round(ms) / 1000} s: the code took too long (an endless loop?)` }, true), ms)
  }

  private kill() {
    const child = this.child
    this.child = null
    child?.kill('SIGKILL')
  }

  /** Ends the process (after the queued jobs). */
  async close(): Promise<void> {
    await this.queue
    const child = this.child
    this.child = null
    child?.stdin.end()
  }
}
