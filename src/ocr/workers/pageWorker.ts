// Browser side of page.worker.ts: prepare (lines, renderings), finish
// (readings -> transcript) and the PaddleOCR engine run in one module worker;
// prepare and finish fall back to running inline where workers are missing or
// the worker fails (PaddleOCR then does not load: tesseract reads alone).
import { finishWithModel, type FinishRequest, type TranscriptLine } from '../pipeline.ts'
import { charModelFor } from '../language/charModels.ts'
import { englishWords } from '../language/englishWords.ts'
import { prepareInline, type PreparedLine, type Preparer } from './pageJobs.ts'
import { createStrokeSender } from './strokeSync.ts'
import type { LineHint, LineReading, OcrEngine } from '../engines/engine.ts'
import type { GrayImage } from '../photo/image.ts'
import type { Quad } from '../photo/page.ts'
import type { PhotoJobs, PhotoPrepareRequest, PhotoSummary } from '../photo/photoJobs.ts'

export interface PageWorker {
  prepare: Preparer
  finish: (req: FinishRequest) => Promise<{ text: string; lines: TranscriptLine[] }>
  /** Load the language's character model ahead of the first finish. */
  warm: (language: string | undefined) => Promise<void>
  /** Load PaddleOCR (onnxruntime and the model) in the worker; rejects with the reason it could not. */
  startPaddle: (baseUrl?: string) => Promise<OcrEngine>
  /** Analyse a photo of a page (null: the one kept, with another crop); the worker keeps it for photoPrepare. */
  photoAnalyse: (photo: GrayImage | null, crop?: Quad) => Promise<PhotoSummary>
  /** The kept photo's lines, cut for the engines. */
  photoPrepare: (req: PhotoPrepareRequest) => Promise<PreparedLine[]>
  dispose: () => void
}

const startPaddleInline = (baseUrl?: string) => import('../engines/paddle/paddleEngine.ts').then((m) => m.startPaddle({ baseUrl }))

let inlinePhotos: Promise<PhotoJobs> | null = null
const photosInline = () => (inlinePhotos ??= import('../photo/photoJobs.ts').then((m) => m.createPhotoJobs()))

const inline: PageWorker = {
  prepare: prepareInline,
  finish: finishWithModel,
  warm: async (language) => void (await Promise.all([charModelFor(language), englishWords()])),
  startPaddle: startPaddleInline,
  photoAnalyse: async (photo, crop) => (await photosInline()).analyse(photo, crop),
  photoPrepare: async (req) => (await photosInline()).prepare(req),
  dispose: () => {},
}

type Kind = 'prepare' | 'finish' | 'warm' | 'paddleStart' | 'paddleRead' | 'photoAnalyse' | 'photoPrepare'

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
  const send = <T>(msg: Record<string, unknown> & { kind: Kind }): Promise<T> => {
    if (broken || !worker) return Promise.reject(new Error('OCR worker failed'))
    const id = next++
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject })
      worker!.postMessage({ id, ...msg })
    })
  }
  const call = <T>(msg: Record<string, unknown> & { kind: Kind }, fallback: () => Promise<T>): Promise<T> => send<T>(msg).catch(() => fallback())
  const strokes = createStrokeSender()
  return {
    prepare: (req) =>
      call<PreparedLine[]>({ kind: 'prepare', req: { ...req, strokes: strokes.pack(req.strokes) } }, () => {
        strokes.reset() // the worker may not hold what was sent: the next request sends every stroke
        return prepareInline(req)
      }),
    finish: (req) => call({ kind: 'finish', req }, () => finishWithModel(req)),
    warm: (language) => call<void>({ kind: 'warm', language }, () => inline.warm(language)),
    async startPaddle(baseUrl) {
      // Never inline in the page: compiling and running the model on the main thread would freeze the canvas.
      // Without the worker, tesseract reads alone.
      if (broken || !worker) throw new Error('the OCR worker failed')
      const name = await send<string>({ kind: 'paddleStart', baseUrl })
      return {
        name,
        readLine: (png: Uint8Array, hint?: LineHint) => send<LineReading>({ kind: 'paddleRead', png, hint }),
        readBlock: () => Promise.reject(new Error('the PaddleOCR recogniser reads lines only')),
        terminate: async () => {},
      }
    },
    // The photo is kept where it was analysed: no falling back to the page for one half of the job.
    photoAnalyse: (photo, crop) => send<PhotoSummary>({ kind: 'photoAnalyse', photo, crop }),
    photoPrepare: (req) => send<PreparedLine[]>({ kind: 'photoPrepare', req }),
    dispose: () => {
      worker?.terminate()
      worker = null
    },
  }
}
