// The browser-facing recogniser: prewarm the engine when a practice page
// opens, read finished lines while the candidate writes (update), and give the
// full transcript on Done (recognise), reusing every line already read. Line
// finding and rendering run in a module worker, tesseract in its own worker:
// the main thread only posts messages.
import type { InkDocument } from '../core/ink/ink.ts'
import { charEstimate, DEFAULT_RENDERS, learnFromPage, PADDLE_RENDERS, paddleKey, paddleRenderHint, QUICK_FOR_LENGTH, readPage, tesseractRenders, type Transcript } from './pipeline.ts'
import type { WriterModel } from './adapt/writerModel.ts'
import { readingKey, strokesHash, type PreparedLine, type Preparer } from './workers/pageJobs.ts'
import { createPageWorker, type PageWorker } from './workers/pageWorker.ts'
import { finishWithModel, type FinishRequest } from './pipeline.ts'
import { charModelFor } from './language/charModels.ts'
import { englishWords } from './language/englishWords.ts'
import { startTesseract, type EngineOptions } from './engines/tesseract/tesseractEngine.ts'
import type { LineReading, OcrEngine } from './engines/engine.ts'
import type { LineRenderOptions } from './render/render.ts'

import type { Box } from '../core/ink/ink.ts'
import type { InkLine } from './lines/lines.ts'
import type { GrayImage } from './photo/image.ts'
import type { Quad } from './photo/page.ts'
import type { PhotoSummary } from './photo/photoJobs.ts'
export type { Box }
export type { GrayImage, PhotoSummary, Quad }
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
  /**
   * Finds the page, its lines and what is wrong with a photo of written paper (in the page worker,
   * which keeps it for recognisePhoto); null with a crop: the kept photo again, cropped so.
   */
  analysePhoto(photo: GrayImage | null, crop?: Quad): Promise<PhotoSummary>
  /** Reads the kept photo, cropped as confirmed, with both engines and the code-aware finishing. */
  recognisePhoto(crop: Quad, opts?: RecogniseOptions): Promise<Transcript>
  /** What was learnt from this writer, used by every later reading (null: read as for anyone). */
  setWriter(model: WriterModel | null): void
  /** The writer's model with a corrected page learnt (the page is read again where its readings are not at hand). */
  learn(ink: InkDocument, corrected: string, model: WriterModel, opts?: RecogniseOptions): Promise<WriterModel>
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
  /**
   * The second engine (default: PaddleOCR in the page worker, loaded after
   * tesseract is ready); null for tesseract alone.
   */
  startPaddle?: (() => Promise<OcrEngine>) | null
  /** Where lines are found and rendered; default a module worker in the browser, inline elsewhere. */
  prepare?: Preparer
}

/**
 * The quick set: renderings read first for every finished line, and at Done
 * for a line not read while writing (usually the last one). In the browser
 * three take ~0.1 s where all 32 (DEFAULT_RENDERS) take ~1 s.
 */
export const DONE_RENDERS = 3

/** PaddleOCR renderings read at Done for a line that has none yet (each ~0.1 s in the browser). */
export const DONE_PADDLE = 2

/** A photo's lines are read as Done reads an unread line: the quick set and two PaddleOCR renderings (bench:photo measures this). */
export const PHOTO_RENDERS = DEFAULT_RENDERS.slice(0, DONE_RENDERS)
export const PHOTO_PADDLE = PADDLE_RENDERS.slice(0, DONE_PADDLE)

/** Readings kept: every rendering of about 125 lines. */
const CACHE_SIZE = 4000
/** Renderings waiting to be read (a few kB each). */
const PENDING_SIZE = 2000
/** While the writer goes on, the longest the reading of one line's full set holds back the quick set of a new line. */
const QUICK_EVERY_MS = 400

/** Identity of a whole page of ink (strokes and points). */
const inkHash = (ink: InkDocument) => `${ink.strokes.length}:${strokesHash(ink.strokes, ink.strokes.map((_, i) => i))}`

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
  let writer: WriterModel | null = null
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
      starting.then(
        // Also once tesseract is ready (a no-op when prewarm already loaded it).
        () => paddleWanted && loadPaddle(),
        () => {
          if (engine === starting) engine = null // let a later call try again
        },
      )
    }
    return engine
  }

  // The second engine: loaded once tesseract is ready (after the page is
  // interactive); if it cannot load, tesseract reads alone and Done says so.
  let paddle: Promise<OcrEngine | null> | null = null
  let paddleError: string | null = null
  const startPaddle =
    options.startPaddle === null
      ? null
      : (options.startPaddle ??
        (() => {
          prep ??= createPageWorker()
          return prep.startPaddle()
        }))
  const getPaddle = (): Promise<OcrEngine | null> => {
    if (!startPaddle || disposed) return Promise.resolve(null)
    paddle ??= startPaddle().catch((e: unknown) => {
      paddleError = e instanceof Error ? e.message : String(e)
      return null
    })
    return paddle
  }
  /** The second engine if it has loaded (never waits for it). */
  let paddleReady: OcrEngine | null = null
  /** Set by prewarm: the page is interactive, the second engine may load after tesseract. */
  let paddleWanted = false
  let paddleSettled = false
  const loadPaddle = () =>
    void getPaddle().then((pp) => {
      if (paddleSettled) return
      paddleSettled = true
      paddleReady = pp
      // Seen in DevTools (and by the browser tests): when the second reader is there, or why not.
      performance.mark(pp ? 'inkterview:second-reader-ready' : 'inkterview:second-reader-failed', { detail: paddleError })
    })

  // With the second reader there, tesseract's quick set is all a line needs from it (RENDERS_BESIDE_PADDLE).
  const tessRenders = () => tesseractRenders(paddleReady !== null)
  const fullyRead = (key: string) => tessRenders().every((r) => cache.has(readingKey(key, r)))
  // Rendered and not yet read: a reading interrupted to serve newer ink resumes without rendering again.
  const pending = new Map<string, Uint8Array>()
  const keep = (lines: readonly PreparedLine[]) => {
    for (const l of lines)
      l.pngs.forEach((png, k) => {
        if (png) pending.set(readingKey(l.key, DEFAULT_RENDERS[k]!), png)
      })
    if (pending.size > PENDING_SIZE) for (const k of [...pending.keys()].slice(0, pending.size - PENDING_SIZE)) pending.delete(k)
  }
  const knownKeys = () => [...cache.keys(), ...pending.keys()]
  /** Reads the pending renderings of these lines (the first `upTo` of each); stops early when `yieldNow` says so. */
  const readPending = async (eng: OcrEngine, lines: readonly PreparedLine[], upTo: number, yieldNow: () => boolean) => {
    for (const l of lines)
      for (let k = 0; k < upTo; k++) {
        if (disposed || stopping || yieldNow()) return
        const key = readingKey(l.key, DEFAULT_RENDERS[k]!)
        const png = pending.get(key)
        if (!png || cache.has(key)) continue
        cache.set(key, await eng.readLine(png))
        pending.delete(key)
      }
  }
  /** The PaddleOCR readings a line has, in PADDLE_RENDERS order (its length from the quick set, which must be read). */
  /** The language Done reads a page in (readPage: the page's own, as no caller passes another), so live readings are Done's. */
  const langOf = (ink: InkDocument) => ink.language ?? liveLanguage
  const paddleKeys = (l: PreparedLine, language: string | undefined) => {
    const quick = DEFAULT_RENDERS.slice(0, QUICK_FOR_LENGTH).map((r) => cache.get(readingKey(l.key, r)))
    if (quick.some((r) => !r)) return null
    const chars = charEstimate(quick as LineReading[], l.line)
    return PADDLE_RENDERS.map((r) => ({ key: paddleKey(l.key, r, chars, language), chars, r }))
  }
  // PaddleOCR reads in the page worker while tesseract reads in its own. Breadth first, as the quick
  // set is: Done's pair (DONE_PADDLE) for every finished line, oldest first, before the other
  // renderings of any line, so a writer faster than the second reader leaves Done little to read.
  // The finished lines are the newest the live loop has seen: a line finished meanwhile gets its
  // pair before the older lines get the rest.
  let paddleLive: Promise<void> = Promise.resolve()
  let paddleRunning = false
  let paddleWork: { ink: InkDocument; lines: readonly PreparedLine[] } | null = null
  /** Readings this run has drawn: one that gave no image is not drawn again and again. */
  let paddleTried = new Set<string>()
  const nextPaddleJob = () => {
    if (!paddleWork) return null
    for (const [from, to] of [[0, DONE_PADDLE], [DONE_PADDLE, PADDLE_RENDERS.length]] as const)
      for (const l of paddleWork.lines) {
        const keys = paddleKeys(l, langOf(paddleWork.ink))?.slice(from, to).filter((k) => !cache.has(k.key) && !paddleTried.has(k.key))
        if (keys?.length) return { ink: paddleWork.ink, line: l, keys }
      }
    return null
  }
  const readPaddle = (pp: OcrEngine, ink: InkDocument, lines: readonly PreparedLine[]) => {
    paddleWork = { ink, lines }
    if (paddleRunning) return
    paddleRunning = true
    paddleTried = new Set()
    paddleLive = (async () => {
      for (let job = nextPaddleJob(); job && !disposed && !stopping; job = nextPaddleJob()) {
        const { line, keys } = job
        for (const k of keys) paddleTried.add(k.key)
        // The worker answers with every line of the page (only this one drawn).
        const drawn = (await preparer()({ strokes: job.ink.strokes, renders: keys.map((k) => k.r.render), onlyLines: [line.key] })).find((d) => d.key === line.key)
        if (!drawn) continue // the line is gone from the ink (its readings are marked tried): newer work follows
        for (const [k, { key, chars, r }] of keys.entries()) {
          if (disposed || stopping) return
          const png = drawn.pngs[k]
          if (!png || cache.has(key)) continue
          cache.set(key, await pp.readLine(png, { chars, ...paddleRenderHint(r), language: langOf(job.ink) }))
        }
      }
    })()
      .catch(() => {})
      .finally(() => {
        paddleRunning = false
      })
  }
  /** Every reading of a line for the combination: tesseract's, then PaddleOCR's where read. */
  const readingsOf = (l: PreparedLine, language: string | undefined): LineReading[] => [
    ...tessRenders().map((r) => cache.get(readingKey(l.key, r))!),
    ...(paddleKeys(l, language) ?? []).flatMap((k) => cache.get(k.key) ?? []),
  ]

  // The lines of the last pass that saw the whole ink (the writer had paused): Done reuses them.
  let lastWhole: { hash: string; lines: PreparedLine[] } | null = null

  // Reads every line except the one holding the newest stroke (the pen may
  // still be on it). Each finished line gets the quick set (DONE_RENDERS) as
  // soon as it is finished; the rest of the renderings go a line at a time,
  // and give way to a new quick pass at least every QUICK_EVERY_MS while the
  // writer goes on: a writer faster than the reader still finds every line
  // read at Done, and the lines read fully are the earlier ones.
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
      const quick = await preparer()({ ...base, known: knownKeys(), limit: DONE_RENDERS })
      keep(quick)
      if (includeLast) lastWhole = { hash: inkHash(ink), lines: quick }
      const finished = quick.filter((l) => skipStroke === undefined || !l.line.strokeIds.includes(skipStroke))
      await readPending(eng, finished, DONE_RENDERS, () => false)
      if (paddleReady) void readPaddle(paddleReady, ink, finished)
      const quickAt = performance.now()
      const next = finished.find((l) => !fullyRead(l.key))
      if (next) {
        if (tessRenders().some((r) => !cache.has(readingKey(next.key, r)) && !pending.has(readingKey(next.key, r))))
          keep(await preparer()({ ...base, known: knownKeys(), onlyLines: [next.key] }))
        await readPending(eng, [next], tessRenders().length, () => latest !== null && performance.now() - quickAt > QUICK_EVERY_MS)
        if (!fullyRead(next.key)) continue
      } else if (!latest) current = null
      // Keep the worker's combination warm (and feed the practice aid) with the lines fully read so far.
      const done = finished.filter((l) => fullyRead(l.key))
      if (done.length && !disposed && !stopping) {
        const page = await finisher()({
          lines: done.map((l) => l.line),
          readings: done.map((l) => readingsOf(l, langOf(ink))),
          language: liveLanguage ?? ink.language,
        })
        const out: LiveLine[] = page.lines.map((l) => ({ strokeIds: l.strokeIds, bbox: l.bbox, text: l.text }))
        for (const f of listeners) f(out)
      }
      // Keep the cache to what could still be asked for (a long page has 32 readings a line).
      if (cache.size > CACHE_SIZE) for (const k of [...cache.keys()].slice(0, cache.size - CACHE_SIZE)) cache.delete(k)
    }
  }

  /** Done's preparer: the lines of the last whole pass when the ink is the same, else the worker's; pending renderings filled in. */
  const donePreparer =
    (ink: InkDocument): Preparer =>
    async (req) => {
      let lines = lastWhole && lastWhole.hash === inkHash(ink) ? lastWhole.lines : null
      if (!lines) keep((lines = await preparer()({ ...req, known: knownKeys() })))
      const limit = req.limit ?? Infinity
      const missing = lines.filter((l) =>
        DEFAULT_RENDERS.some((r, k) => k < limit && !cache.has(readingKey(l.key, r)) && !pending.has(readingKey(l.key, r))),
      )
      if (missing.length) keep(await preparer()({ ...req, known: knownKeys(), onlyLines: missing.map((l) => l.key) }))
      return lines.map((l) => ({ ...l, pngs: DEFAULT_RENDERS.map((r, k) => (k < limit ? (pending.get(readingKey(l.key, r)) ?? null) : null)) }))
    }

  const kick = (ink: InkDocument) => {
    latest = ink
    if (running) return
    running = true
    live = readFinishedLines()
      .catch(() => {})
      .finally(() => {
        running = false
        // Not while Done is being answered: the loop would end at once and
        // start again, forever, in microtasks (the page would freeze).
        if (latest && !stopping && !disposed) kick(latest)
      })
  }

  return {
    async prewarm(language) {
      if (language) liveLanguage = language
      preparer()
      paddleWanted = true
      // In the page worker, beside tesseract's own worker: it does not wait for tesseract's start, which
      // may time out on a slow machine and be tried again at Done.
      loadPaddle()
      await Promise.all([getEngine(), prep ? prep.warm(language) : Promise.all([charModelFor(language), englishWords()])])
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
        await Promise.all([live, paddleLive])
        const waitLiveMs = performance.now() - t0
        // Done does not wait for a second engine still loading (first visit): tesseract reads alone then.
        const pp = paddleReady
        const t = await readPage(eng, ink, {
          ...opts,
          cache,
          prepare: donePreparer(ink),
          finish: finisher(),
          unreadRenders: DONE_RENDERS,
          paddle: pp,
          unreadPaddle: DONE_PADDLE,
          writer,
        })
        const notice = t.notice
          ? t.notice
          : pp
          ? undefined
          : paddleError
            ? `Read by tesseract alone: the second reader could not load (${paddleError}).`
            : startPaddle && !disposed
              ? 'Read by tesseract alone: the second reader was still loading.'
              : undefined
        return { ...t, ...(notice ? { notice } : {}), ms: t.ms + waitLiveMs, timings: t.timings && { ...t.timings, waitLiveMs } }
      } finally {
        stopping = false
      }
    },
    analysePhoto(photo, crop) {
      prep ??= createPageWorker()
      return prep.photoAnalyse(photo, crop)
    },
    async recognisePhoto(crop, opts = {}) {
      opts.onProgress?.(0, 'starting OCR engine')
      const eng = await getEngine()
      // No writing to keep up with: the second reader is worth waiting for.
      const pp = await getPaddle()
      prep ??= createPageWorker()
      const worker = prep
      // PaddleOCR's renderings are cut with tesseract's in one trip to the worker, then handed out by line.
      const second = new Map<InkLine, (Uint8Array | null)[]>()
      const prepare: Preparer = async (req) => {
        const extra = pp ? PHOTO_PADDLE.map((r) => r.render) : []
        const lines = await worker.photoPrepare({ crop, renders: [...req.renders, ...extra], known: req.known })
        return lines.map((l) => {
          second.set(l.line, l.pngs.slice(req.renders.length))
          return { ...l, pngs: l.pngs.slice(0, req.renders.length) }
        })
      }
      const draw = (line: InkLine, render: LineRenderOptions) => {
        const k = PHOTO_PADDLE.findIndex((r) => r.render === render)
        const png = k >= 0 ? second.get(line)?.[k] : null
        if (!png) throw new Error('a rendering of the photo that was not cut')
        return png
      }
      const t = await readPage(eng, { format: 'ink/v1', strokes: [], language: opts.language }, {
        ...opts,
        renders: PHOTO_RENDERS,
        prepare,
        draw,
        finish: finisher(),
        paddle: pp,
        paddleRenders: PHOTO_PADDLE,
        // What was learnt from the board's ink does not describe a photo's line images.
        writer: null,
      })
      const notice = t.notice ?? (pp ? undefined : `Read by tesseract alone: the second reader could not load (${paddleError ?? 'unknown reason'}).`)
      return { ...t, ...(notice ? { notice } : {}) }
    },
    setWriter(model) {
      writer = model
    },
    async learn(ink, corrected, model, opts = {}) {
      const eng = await getEngine()
      await Promise.all([live, paddleLive])
      return learnFromPage(eng, ink, corrected, model, {
        ...opts,
        cache,
        prepare: donePreparer(ink),
        finish: finisher(),
        unreadRenders: DONE_RENDERS,
        paddle: paddleReady,
        unreadPaddle: DONE_PADDLE,
      })
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
