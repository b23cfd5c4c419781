// Browser side of page.worker.ts: prepare (lines, renderings) and finish
// (readings -> transcript) run in one module worker, falling back to running
// inline where workers are missing or the worker fails.
import { finishWithModel, type FinishRequest, type TranscriptLine } from '../pipeline.ts'
import { charModelFor } from '../language/charModels.ts'
import { prepareInline, type PreparedLine, type Preparer, type PrepareRequest } from './pageJobs.ts'

export interface PageWorker {
  prepare: Preparer
  finish: (req: FinishRequest) => Promise<{ text: string; lines: TranscriptLine[] }>
  /** Load the language's character model ahead of the first finish. */
  warm: (language: string | undefined) => Promise<void>
  dispose: () => void
}

const inline: PageWorker = {
  prepare: prepareInline,
  finish: finishWithModel,
  warm: async (language) => void (await charModelFor(language)),
  dispose: () => {},
}

export function createPageWorker(): PageWorker {
  if (typeof Worker === 'undefined') return inline
  let worker: Worker | null = null
  try {
    worker = new Worker(new URL('./page.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return inline
  }
  let next = 0
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  worker.onmessage = (e: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
    const w = waiting.get(e.data.id)
    if (!w) return
    waiting.delete(e.data.id)
    if (e.data.error !== undefined) w.reject(new Error(e.data.error))
    else w.resolve(e.data.result)
  }
  let broken = false
  worker.onerror = () => {
    // The worker could not start (or died): what is waiting, and all later work, runs inline.
    broken = true
    for (const [, w] of waiting) w.reject(new Error('OCR worker failed'))
    waiting.clear()
  }
  const call = <T>(kind: 'prepare' | 'finish' | 'warm', req: PrepareRequest | FinishRequest | string | undefined, fallback: () => Promise<T>): Promise<T> => {
    if (broken || !worker) return fallback()
    const id = next++
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject })
      worker!.postMessage(kind === 'warm' ? { id, kind, language: req } : { id, kind, req })
    }).catch(() => fallback())
  }
  return {
    prepare: (req) => call<PreparedLine[]>('prepare', req, () => prepareInline(req)),
    finish: (req) => call('finish', req, () => finishWithModel(req)),
    warm: (language) => call<void>('warm', language, () => inline.warm(language)),
    dispose: () => {
      worker?.terminate()
      worker = null
    },
  }
}
