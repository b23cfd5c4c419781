// The only module that imports tesseract.js. It starts one LSTM-only worker
// from our own origin (browser) or the local npm packages (Node), and reads
// either one line (PSM 7, with per-character confidences and alternatives) or
// a whole block (PSM 6, the stock baseline the benchmark compares against).
import Tesseract from 'tesseract.js'
import type { OcrEngine, WordReading } from '../engine.ts'

export interface EngineOptions {
  workerPath?: string
  corePath?: string
  langPath?: string
  cacheMethod?: 'none' | 'write' | 'readOnly' | 'refresh'
  /** Give up starting after this long (default 20 s): a worker blocked by CSP never answers. */
  startTimeoutMs?: number
}

/** Printable ASCII, space included (without the space every word gap is lost). */
export const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')

const isNode = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined'

async function defaultOptions(): Promise<EngineOptions> {
  if (isNode) {
    // Variable specifiers keep the bundler from pulling Node built-ins into the browser build.
    const modName = 'node:module'
    const pathName = 'node:path'
    const { createRequire } = (await import(/* @vite-ignore */ modName)) as typeof import('node:module')
    const path = (await import(/* @vite-ignore */ pathName)) as typeof import('node:path')
    const require = createRequire(import.meta.url)
    const dataDir = path.dirname(require.resolve('@tesseract.js-data/eng/package.json'))
    return { langPath: path.join(dataDir, '4.0.0_best_int'), cacheMethod: 'none' }
  }
  const base = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/'
  const abs = (p: string) => new URL(`${base}vendor/tesseract/${p}`, globalThis.location.href).href
  return { workerPath: abs('worker.min.js'), corePath: abs('core'), langPath: abs('lang'), cacheMethod: 'none' }
}

// tesseract.js accepts raw encoded bytes in Node and the browser; its typings only list Buffer.
const asImage = (png: Uint8Array) => png as unknown as Tesseract.ImageLike

interface RawSymbol {
  text: string
  confidence: number
  bbox: { x0: number; x1: number }
  choices?: { text: string; confidence: number }[]
}
interface RawWord {
  text: string
  confidence: number
  bbox: { x0: number; x1: number }
  symbols?: RawSymbol[]
}

/** Starts a worker and loads the English LSTM model. Rejects with "OCR engine did not start: ..." on failure or timeout. */
export async function startTesseract(options: EngineOptions = {}): Promise<OcrEngine> {
  const opts = { ...(await defaultOptions()), ...options }
  const timeoutMs = opts.startTimeoutMs ?? 20_000
  let timer: ReturnType<typeof setTimeout> | undefined
  let workerError: unknown
  const starting = Tesseract.createWorker(
    'eng',
    Tesseract.OEM.LSTM_ONLY,
    {
      ...(opts.workerPath ? { workerPath: opts.workerPath } : {}),
      ...(opts.corePath ? { corePath: opts.corePath } : {}),
      ...(opts.langPath ? { langPath: opts.langPath } : {}),
      cacheMethod: opts.cacheMethod ?? 'none',
      workerBlobURL: false,
      gzip: true,
      errorHandler: (e: unknown) => {
        workerError = e
      },
    },
    // Dictionaries can only be switched at init; the LSTM mostly ignores them, but code is no dictionary text.
    { load_system_dawg: '0', load_freq_dawg: '0' },
  )
  let worker: Tesseract.Worker
  try {
    worker = await Promise.race([
      starting,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                `OCR engine did not start: no answer from the tesseract worker within ${Math.round(timeoutMs / 1000)} s` +
                  (workerError ? ` (${String(workerError)})` : ' (blocked by the Content-Security-Policy, or the worker script failed to load?)'),
              ),
            ),
          timeoutMs,
        )
      }),
    ])
  } catch (e) {
    // A late start must not leak a worker.
    void starting.then((w) => w.terminate()).catch(() => {})
    const msg = e instanceof Error ? e.message : String(e)
    throw msg.startsWith('OCR engine did not start') ? e : new Error(`OCR engine did not start: ${msg}`)
  } finally {
    clearTimeout(timer)
  }

  // One job at a time: the parameters below are worker state shared by both modes.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job)
    queue = next.catch(() => {})
    return next
  }
  let mode: 'line' | 'block' | null = null

  return {
    name: 'tesseract.js 7 LSTM (eng 4.0.0_best_int)',
    readLine: (png) =>
      serial(async () => {
        if (mode !== 'line') {
          await worker.setParameters({
            tessedit_pageseg_mode: Tesseract.PSM.SINGLE_LINE,
            tessedit_char_whitelist: PRINTABLE_ASCII,
            lstm_choice_mode: '2',
          })
          mode = 'line'
        }
        const { data } = await worker.recognize(asImage(png), {}, { text: true, blocks: true })
        const words: WordReading[] = []
        for (const b of data.blocks ?? [])
          for (const p of b.paragraphs)
            for (const l of p.lines)
              for (const w of l.words as unknown as RawWord[])
                words.push({
                  text: w.text,
                  confidence: w.confidence,
                  x0: w.bbox.x0,
                  x1: w.bbox.x1,
                  symbols: (w.symbols ?? []).map((s) => ({
                    text: s.text,
                    confidence: s.confidence,
                    x0: s.bbox.x0,
                    x1: s.bbox.x1,
                    alternatives: (s.choices ?? [])
                      .filter((c) => c.text !== s.text)
                      .map((c) => ({ text: c.text, confidence: c.confidence })),
                  })),
                })
        return { text: data.text.replace(/\n+$/, ''), confidence: data.confidence, words }
      }),
    readBlock: (png) =>
      serial(async () => {
        if (mode !== 'block') {
          await worker.setParameters({
            tessedit_pageseg_mode: Tesseract.PSM.SINGLE_BLOCK,
            tessedit_char_whitelist: '',
            lstm_choice_mode: '0',
          })
          mode = 'block'
        }
        const { data } = await worker.recognize(asImage(png))
        return data.text
      }),
    terminate: () => serial(() => worker.terminate().then(() => undefined)),
  }
}
