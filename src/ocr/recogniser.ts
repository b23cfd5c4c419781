// The browser-facing recogniser: prewarm the engine when a practice page
// opens, read finished lines while the candidate writes (update), and give the
// full transcript on Done (recognise), reusing every line already read. Line
// finding and rendering run in a module worker, tesseract in its own worker:
// the main thread only posts messages.
import type { InkDocument } from '../core/ink/ink.ts'
import { chooseReading, DEFAULT_RENDERS, lineText, readPage, type Transcript } from './pipeline.ts'
import { buildVocabulary, correctLine } from './correct.ts'
import { readingKey, type Preparer } from './prep.ts'
import { createWorkerPreparer } from './prepWorker.ts'
import { startTesseract, type EngineOptions, type LineReading, type OcrEngine } from './tesseractEngine.ts'

import type { Box } from '../core/ink/ink.ts'
export type { Box }
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
  /**
   * Practice aid: the live reading of each finished line (no page-wide
   * correction yet), sent after each batch of lines is read. Returns an unsubscribe.
   */
  onLive(listener: (lines: LiveLine[]) => void): () => void
}

export interface LiveLine {
  strokeIds: number[]
  bbox: Box
  text: string
}

export interface RecogniserOptions extends EngineOptions {
  /** The engine to use (default: tesseract.js via startTesseract). */
  startEngine?: () => Promise<OcrEngine>
  /** Where lines are found and rendered; default a module worker in the browser, inline elsewhere. */
  prepare?: Preparer
}

export function createRecogniser(options: RecogniserOptions = {}): Recogniser {
  let engine: Promise<OcrEngine> | null = null
  let disposed = false
  const cache = new Map<string, LineReading>()
  let live: Promise<void> = Promise.resolve()
  let latest: InkDocument | null = null
  let running = false
  let prep: { prepare: Preparer; dispose: () => void } | null = null
  const listeners = new Set<(lines: LiveLine[]) => void>()
  let liveLanguage: string | undefined
  const preparer = (): Preparer => {
    if (options.prepare) return options.prepare
    prep ??= createWorkerPreparer()
    return prep.prepare
  }

  const getEngine = () => {
    if (disposed) return Promise.reject(new Error('recogniser disposed'))
    if (!engine) {
      const starting = options.startEngine ? options.startEngine() : startTesseract(options)
      engine = starting
      starting.catch(() => {
        if (engine === starting) engine = null // let a later call try again
      })
    }
    return engine
  }

  // Reads every line except the one holding the newest stroke (the pen may still be on it).
  const readFinishedLines = async () => {
    while (latest && !disposed) {
      const ink = latest
      latest = null
      const eng = await getEngine().catch(() => null)
      if (!eng || !ink.strokes.length) continue
      const lines = await preparer()({
        strokes: ink.strokes,
        renders: DEFAULT_RENDERS,
        known: [...cache.keys()],
        skipStroke: ink.strokes.length - 1,
      })
      for (const l of lines)
        for (let k = 0; k < DEFAULT_RENDERS.length; k++) {
          const png = l.pngs[k]
          if (!png || disposed) continue
          const key = readingKey(l.key, DEFAULT_RENDERS[k]!)
          if (!cache.has(key)) cache.set(key, await eng.readLine(png))
        }
      if (listeners.size) {
        const vocab = buildVocabulary(liveLanguage ?? ink.language)
        const out: LiveLine[] = []
        for (const l of lines) {
          const rs = DEFAULT_RENDERS.map((r) => cache.get(readingKey(l.key, r)))
          if (rs.some((r) => !r)) continue
          const texts = rs.map((r) => lineText(r!))
          const t = texts[chooseReading(texts, vocab)]!
          out.push({
            strokeIds: l.line.strokeIds,
            bbox: { minX: l.line.minX, minY: l.line.minY, maxX: l.line.maxX, maxY: l.line.maxY },
            text: correctLine(t.text, t.conf, vocab).text,
          })
        }
        for (const f of listeners) f(out)
      }
      // Keep the cache to what could still be asked for.
      if (cache.size > 1000) for (const k of [...cache.keys()].slice(0, cache.size - 1000)) cache.delete(k)
    }
  }

  return {
    async prewarm() {
      preparer()
      await getEngine()
    },
    update(ink) {
      if (disposed) return
      if (ink.language) liveLanguage = ink.language
      latest = ink
      if (running) return
      running = true
      live = readFinishedLines()
        .catch(() => {})
        .finally(() => {
          running = false
        })
    },
    async recognise(ink, opts = {}) {
      opts.onProgress?.(0, 'starting OCR engine')
      const eng = await getEngine()
      latest = null // what is pending is superseded by this page
      await live
      return readPage(eng, ink, { ...opts, cache, prepare: preparer() })
    },
    onLive(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async dispose() {
      disposed = true
      listeners.clear()
      prep?.dispose()
      const e = engine
      engine = null
      if (e) await (await e.catch(() => null))?.terminate()
    },
  }
}
