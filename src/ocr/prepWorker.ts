// Browser side of prep.worker.ts: a Preparer that posts each request to one
// module worker, falling back to running inline where workers are missing.
import { prepareInline, type PreparedLine, type Preparer } from './prep.ts'

export function createWorkerPreparer(): { prepare: Preparer; dispose: () => void } {
  if (typeof Worker === 'undefined') return { prepare: prepareInline, dispose: () => {} }
  let worker: Worker | null = null
  try {
    worker = new Worker(new URL('./prep.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return { prepare: prepareInline, dispose: () => {} }
  }
  let next = 0
  const waiting = new Map<number, { resolve: (l: PreparedLine[]) => void; reject: (e: Error) => void }>()
  worker.onmessage = (e: MessageEvent<{ id: number; lines?: PreparedLine[]; error?: string }>) => {
    const w = waiting.get(e.data.id)
    if (!w) return
    waiting.delete(e.data.id)
    if (e.data.error !== undefined) w.reject(new Error(e.data.error))
    else w.resolve(e.data.lines!)
  }
  let broken = false
  worker.onerror = () => {
    // The worker could not start (or died): finish what is waiting inline from now on.
    broken = true
    for (const [, w] of waiting) w.reject(new Error('OCR preparation worker failed'))
    waiting.clear()
  }
  return {
    prepare: (req) => {
      if (broken || !worker) return prepareInline(req)
      const id = next++
      return new Promise<PreparedLine[]>((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        worker!.postMessage({ id, req })
      }).catch(() => prepareInline(req))
    },
    dispose: () => {
      worker?.terminate()
      worker = null
    },
  }
}
