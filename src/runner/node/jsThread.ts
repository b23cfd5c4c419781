// The Node host of jsThread.worker.ts: one worker thread, many runs. A run
// that passes its time limit ends the thread (that stops even an endless
// chain of promises); the next run starts a new one.
import { Worker } from 'node:worker_threads'
import type { JsProgress, JsRunRequest, JsRunResponse } from '../js/execute.ts'
import type { JsThreadMessage } from './jsThread.worker.ts'

/** Told of a run's progress; may return a new time limit (ms from now) for the rest of the run. */
export type OnJsProgress = (p: JsProgress) => number | void

export class JsThread {
  private worker: Worker | null = null
  private ready: Promise<boolean> | null = null
  private nextId = 1
  private queue: Promise<unknown> = Promise.resolve()

  run(req: JsRunRequest, timeoutMs: number, onProgress?: OnJsProgress): Promise<JsRunResponse | { error: string; crashed: true }> {
    const next = this.queue.then(() => this.runNow(req, timeoutMs, onProgress))
    this.queue = next.catch(() => undefined)
    return next
  }

  private start(): Worker {
    // A runaway allocation ends the thread ("out of memory"), not the process.
    const worker = new Worker(new URL('./jsThread.worker.ts', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    })
    this.ready = new Promise((resolve) => {
      const off = () => (worker.off('message', onMsg), worker.off('exit', onExit), worker.off('error', onExit))
      const onMsg = (m: { ready?: boolean }) => m.ready && (off(), resolve(true))
      const onExit = () => (off(), resolve(false))
      worker.on('message', onMsg)
      worker.on('exit', onExit)
      worker.on('error', onExit)
    })
    // Nothing of ours prints there; drain it so it never fills up.
    worker.stdout.resume()
    worker.stderr.resume()
    return worker
  }

  private async runNow(req: JsRunRequest, timeoutMs: number, onProgress?: OnJsProgress) {
    const worker = (this.worker ??= this.start())
    const started = await Promise.race([this.ready, new Promise<false>((r) => setTimeout(() => r(false), 120_000))])
    if (!started) {
      this.end(worker)
      return { error: 'the JavaScript runner could not be started', crashed: true } as const
    }
    return new Promise<JsRunResponse | { error: string; crashed: true }>((resolve) => {
      const id = this.nextId++
      let timer: NodeJS.Timeout
      const finish = (r: JsRunResponse | { error: string; crashed: true }, end: boolean) => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        if (end) this.end(worker)
        resolve(r)
      }
      const stopAfter = (ms: number) =>
        setTimeout(() => finish({ error: `stopped after ${Math.round(ms) / 1000} s: the code took too long (an endless loop?)`, crashed: true }, true), ms)
      const onMessage = (m: JsThreadMessage | { ready: true }) => {
        if ('ready' in m || m.id !== id) return
        if ('done' in m) return finish(m.done, false)
        const limit = onProgress?.(m.progress)
        if (typeof limit === 'number') {
          clearTimeout(timer)
          timer = stopAfter(limit)
        }
      }
      const onError = (e: Error) => {
        const oom = (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
        finish({ error: oom ? 'the answer ran out of memory' : `the test runner failed: ${e.message}`, crashed: true }, true)
      }
      const onExit = (code: number) => finish({ error: `the test runner stopped (exit ${code})`, crashed: true }, true)
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      timer = stopAfter(timeoutMs)
      worker.postMessage({ id, req })
    })
  }

  private end(worker: Worker) {
    if (this.worker === worker) this.worker = null
    void worker.terminate()
  }

  async close(): Promise<void> {
    await this.queue
    const w = this.worker
    this.worker = null
    await w?.terminate()
  }
}
