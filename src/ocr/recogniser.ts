// The browser-facing recogniser: prewarm the engine when a practice page
// opens, read finished lines while the candidate writes (update), and give the
// full transcript on Done (recognise), reusing every line already read.
import type { InkDocument } from '../core/ink/ink.ts'
import { segmentLines } from './lines.ts'
import { DEFAULT_RENDERS, lineKey, readLineAll, readPage, type Transcript } from './pipeline.ts'
import { startTesseract, type EngineOptions, type LineReading, type OcrEngine } from './tesseractEngine.ts'

export type { Box } from '../core/ink/ink.ts'
export type { Doubt, Transcript, TranscriptLine } from './pipeline.ts'

export interface RecogniseOptions {
  language?: string
  identifiers?: string[]
  onProgress?: (fraction: number, stage: string) => void
}

export interface Recogniser {
  /** Start the worker and load the model now (call when a practice page opens). */
  prewarm(): Promise<void>
  /** Call after each finished stroke: lines the writer has moved on from are read in the background. */
  update(ink: InkDocument): void
  recognise(ink: InkDocument, opts?: RecogniseOptions): Promise<Transcript>
  dispose(): Promise<void>
}

export function createRecogniser(engineOptions: EngineOptions = {}): Recogniser {
  let engine: Promise<OcrEngine> | null = null
  let disposed = false
  const cache = new Map<string, LineReading>()
  const pending = new Map<string, Promise<void>>()
  let latest: InkDocument | null = null
  let scheduled = false

  const getEngine = () => {
    if (disposed) return Promise.reject(new Error('recogniser disposed'))
    if (!engine) {
      engine = startTesseract(engineOptions)
      engine.catch(() => {
        engine = null // let a later call try again
      })
    }
    return engine
  }

  // Reads every line except the last-written one (the pen may still be on it).
  const readFinishedLines = async () => {
    scheduled = false
    const ink = latest
    if (!ink || disposed || !ink.strokes.length) return
    const lines = segmentLines(ink.strokes)
    const lastStroke = ink.strokes.length - 1
    const eng = await getEngine().catch(() => null)
    if (!eng) return
    for (const line of lines) {
      if (line.strokeIds.includes(lastStroke)) continue
      const key = lineKey(ink.strokes, line)
      if (pending.has(key) || DEFAULT_RENDERS.every((r) => cache.has(`${key}:${JSON.stringify(r)}`))) continue
      const job = readLineAll(eng, ink.strokes, line, DEFAULT_RENDERS, cache)
        .then(() => {})
        .catch(() => {})
        .finally(() => pending.delete(key))
      pending.set(key, job)
    }
    // Keep the cache to what could still be asked for.
    if (cache.size > 800) for (const k of [...cache.keys()].slice(0, cache.size - 800)) cache.delete(k)
  }

  return {
    async prewarm() {
      await getEngine()
    },
    update(ink) {
      latest = ink
      if (scheduled || disposed) return
      scheduled = true
      // Segmenting is a few ms: do it when the main thread is idle, never inside a pointer event.
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback
      if (idle) idle(() => void readFinishedLines(), { timeout: 500 })
      else setTimeout(() => void readFinishedLines(), 50)
    },
    async recognise(ink, opts = {}) {
      opts.onProgress?.(0, 'starting OCR engine')
      const eng = await getEngine()
      await Promise.all(pending.values())
      return readPage(eng, ink, { ...opts, cache })
    },
    async dispose() {
      disposed = true
      const e = engine
      engine = null
      if (e) await (await e.catch(() => null))?.terminate()
    },
  }
}
