// The browser-facing recogniser: prewarm the engine when a practice page
// opens, read finished lines while the candidate writes (update), and give the
// full transcript on Done (recognise), reusing every line already read. Line
// finding and rendering run in a module worker, tesseract in its own worker:
// the main thread only posts messages.
import type { InkDocument } from '../core/ink/ink.ts'
import { DEFAULT_RENDERS, readPage, type Transcript } from './pipeline.ts'
import { readingKey, type PreparedLine, type Preparer } from './prep.ts'
import { createPageWorker, type PageWorker } from './prepWorker.ts'
import { finishWithModel, type FinishRequest } from './pipeline.ts'
import { charModelFor } from './charModels.ts'
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
  /** Start the workers and load the OCR model and the language's character model now (call when a practice page opens). */
  prewarm(language?: string): Promise<void>
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

/**
 * The quick set: renderings read first for every finished line, and at Done
 * for a line not read while writing (usually the last one). In the browser
 * three take ~0.1 s where all 32 (DEFAULT_RENDERS) take ~1 s.
 */
export const DONE_RENDERS = 3

/** Readings kept: every rendering of about 125 lines. */
const CACHE_SIZE = 4000

export function createRecogniser(options: RecogniserOptions = {}): Recogniser {
  let engine: Promise<OcrEngine> | null = null
  let disposed = false
  const cache = new Map<string, LineReading>()
  let live: Promise<void> = Promise.resolve()
  let latest: InkDocument | null = null
  let running = false
  // After a pause in writing, the line being written is read too (usually the
  // last one before Done); a later stroke changes its ink and so its reading.
  let latestIsPause = false
  let pauseTimer: ReturnType<typeof setTimeout> | undefined
  // Set while Done is being answered: live reading yields to it.
  let stopping = false
  const PAUSE_MS = 600
  let prep: PageWorker | null = null
  const listeners = new Set<(lines: LiveLine[]) => void>()
  let liveLanguage: string | undefined
  const preparer = (): Preparer => {
    if (options.prepare) return options.prepare
    prep ??= createPageWorker()
    return prep.prepare
  }
  const finisher = (): ((req: FinishRequest) => ReturnType<PageWorker['finish']>) => {
    if (options.prepare) return finishWithModel
    prep ??= createPageWorker()
    return prep.finish
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

  const fullyRead = (key: string) => DEFAULT_RENDERS.every((r) => cache.has(readingKey(key, r)))
  const readPngs = async (eng: OcrEngine, lines: readonly PreparedLine[]) => {
    for (const l of lines)
      for (let k = 0; k < DEFAULT_RENDERS.length; k++) {
        const png = l.pngs[k]
        if (!png || disposed || stopping) continue
        const key = readingKey(l.key, DEFAULT_RENDERS[k]!)
        if (!cache.has(key)) cache.set(key, await eng.readLine(png))
      }
  }

  // Reads every line except the one holding the newest stroke (the pen may
  // still be on it). Each finished line gets the quick set (DONE_RENDERS) as
  // soon as it is finished, before any line gets the rest of its renderings,
  // one line at a time: a writer faster than the reader still finds every
  // line read at Done, and the lines read fully are the earlier ones.
  let current: { ink: InkDocument; includeLast: boolean } | null = null
  const readFinishedLines = async () => {
    while (!disposed && !stopping) {
      if (latest) current = { ink: latest, includeLast: latestIsPause }
      latest = null
      latestIsPause = false
      if (!current) return
      const { ink, includeLast } = current
      const eng = await getEngine().catch(() => null)
      if (!eng || !ink.strokes.length) return void (current = null)
      const skipStroke = includeLast ? undefined : ink.strokes.length - 1
      const base = { strokes: ink.strokes, renders: DEFAULT_RENDERS, skipStroke }
      const quick = await preparer()({ ...base, known: [...cache.keys()], limit: DONE_RENDERS })
      await readPngs(eng, quick)
      if (latest || disposed || stopping) continue // newer ink first: its new lines get their quick set
      const finished = quick.filter((l) => skipStroke === undefined || !l.line.strokeIds.includes(skipStroke))
      const next = finished.find((l) => !fullyRead(l.key))
      if (next) {
        await readPngs(eng, await preparer()({ ...base, known: [...cache.keys()], onlyLines: [next.key] }))
        if (!fullyRead(next.key)) continue
      } else current = null
      // Keep the worker's combination warm (and feed the practice aid) with the lines fully read so far.
      const done = finished.filter((l) => fullyRead(l.key))
      if (done.length && !disposed && !stopping) {
        const page = await finisher()({
          lines: done.map((l) => l.line),
          readings: done.map((l) => DEFAULT_RENDERS.map((r) => cache.get(readingKey(l.key, r))!)),
          language: liveLanguage ?? ink.language,
        })
        const out: LiveLine[] = page.lines.map((l) => ({ strokeIds: l.strokeIds, bbox: l.bbox, text: l.text }))
        for (const f of listeners) f(out)
      }
      // Keep the cache to what could still be asked for (a long page has 32 readings a line).
      if (cache.size > CACHE_SIZE) for (const k of [...cache.keys()].slice(0, cache.size - CACHE_SIZE)) cache.delete(k)
    }
  }

  const kick = (ink: InkDocument) => {
    latest = ink
    if (running) return
    running = true
    live = readFinishedLines()
      .catch(() => {})
      .finally(() => {
        running = false
        if (latest) kick(latest)
      })
  }

  return {
    async prewarm(language) {
      if (language) liveLanguage = language
      preparer()
      await Promise.all([getEngine(), prep ? prep.warm(language) : charModelFor(language)])
    },
    update(ink) {
      if (disposed) return
      if (ink.language) liveLanguage = ink.language
      clearTimeout(pauseTimer)
      latestIsPause = false
      pauseTimer = setTimeout(() => {
        latestIsPause = true
        kick(ink)
      }, PAUSE_MS)
      kick(ink)
    },
    async recognise(ink, opts = {}) {
      opts.onProgress?.(0, 'starting OCR engine')
      const eng = await getEngine()
      clearTimeout(pauseTimer)
      latest = null // what is pending is superseded by this page
      // Live reading stops after the reading in hand; whatever it has read is reused.
      stopping = true
      try {
        const t0 = performance.now()
        await live
        const waitLiveMs = performance.now() - t0
        const t = await readPage(eng, ink, { ...opts, cache, prepare: preparer(), finish: finisher(), unreadRenders: DONE_RENDERS })
        return { ...t, ms: t.ms + waitLiveMs, timings: t.timings && { ...t.timings, waitLiveMs } }
      } finally {
        stopping = false
      }
    },
    onLive(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async dispose() {
      disposed = true
      clearTimeout(pauseTimer)
      listeners.clear()
      prep?.dispose()
      const e = engine
      engine = null
      if (e) await (await e.catch(() => null))?.terminate()
    },
  }
}
