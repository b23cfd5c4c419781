// Module worker: line finding, rendering, turning readings into the
// transcript (correction, indentation), and the PaddleOCR engine, off the
// main thread, so the canvas never waits for them.
import { prepare } from './pageJobs.ts'
import { createStrokeReceiver, type SyncedPrepareRequest } from './strokeSync.ts'
import { finishWithModel, type FinishRequest } from '../pipeline.ts'
import { charModelFor } from '../language/charModels.ts'
import { englishWords } from '../language/englishWords.ts'
import type { LineHint, OcrEngine } from '../engines/engine.ts'
// Imported statically, though only used on paddleStart: as a dynamic import it
// became a chunk that imports this worker's own entry chunk back, and WebKit
// then evaluates the entry a second time, whose fresh onmessage forgot the
// engine ("PaddleOCR not started" at Done). onnxruntime and the model still
// load only on paddleStart (startPaddle imports them).
import { startPaddle } from '../engines/paddle/paddleEngine.ts'
import type { GrayImage } from '../photo/image.ts'
import type { Quad } from '../photo/page.ts'
import type { PhotoJobs, PhotoPrepareRequest } from '../photo/photoJobs.ts'

type Msg =
  | { id: number; kind: 'prepare'; req: SyncedPrepareRequest }
  | { id: number; kind: 'finish'; req: FinishRequest }
  | { id: number; kind: 'warm'; language?: string }
  | { id: number; kind: 'paddleStart'; baseUrl?: string }
  | { id: number; kind: 'paddleRead'; png: Uint8Array; hint?: LineHint }
  | { id: number; kind: 'photoAnalyse'; photo: GrayImage | null; crop?: Quad }
  | { id: number; kind: 'photoPrepare'; req: PhotoPrepareRequest }

// The page's strokes as the page last sent them (strokeSync.ts).
const strokes = createStrokeReceiver()
// Started on the first paddleStart only: onnxruntime and the model stay out of the worker until asked for.
let paddle: Promise<OcrEngine> | null = null
// Loaded on the first photo only: the photo path's code stays out of the worker until a photo comes.
let photoJobs: Promise<PhotoJobs> | null = null
const photos = () => (photoJobs ??= import('../photo/photoJobs.ts').then((m) => m.createPhotoJobs()))

const handle = async (e: MessageEvent<Msg>) => {
  const msg = e.data
  const post = (data: unknown, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(data, transfer)
  try {
    if (msg.kind === 'prepare') {
      // Before any await: requests must meet the strokes in the order they were sent.
      const lines = prepare({ ...msg.req, strokes: strokes.unpack(msg.req.strokes) })
      const transfer = lines.flatMap((l) => l.pngs.filter((p): p is Uint8Array => p !== null).map((p) => p.buffer as ArrayBuffer))
      post({ id: msg.id, result: lines }, transfer)
    } else if (msg.kind === 'warm') {
      await Promise.all([charModelFor(msg.language), englishWords()])
      post({ id: msg.id, result: null })
    } else if (msg.kind === 'paddleStart') {
      if (!paddle) {
        const starting = startPaddle({ baseUrl: msg.baseUrl })
        paddle = starting
        starting.catch(() => {
          if (paddle === starting) paddle = null
        })
      }
      post({ id: msg.id, result: (await paddle).name })
    } else if (msg.kind === 'paddleRead') {
      if (!paddle) throw new Error('PaddleOCR not started')
      post({ id: msg.id, result: await (await paddle).readLine(msg.png, msg.hint) })
    } else if (msg.kind === 'photoAnalyse') {
      post({ id: msg.id, result: (await photos()).analyse(msg.photo, msg.crop) })
    } else if (msg.kind === 'photoPrepare') {
      const lines = (await photos()).prepare(msg.req)
      post({ id: msg.id, result: lines }, lines.flatMap((l) => l.pngs.filter((p): p is Uint8Array => p !== null).map((p) => p.buffer as ArrayBuffer)))
    } else post({ id: msg.id, result: await finishWithModel(msg.req) })
  } catch (err) {
    post({ id: msg.id, error: (err as Error).message })
  }
}

// A chunk loaded later (the photo path) may import this entry back, and WebKit
// then evaluates it a second time (see above): that evaluation must not replace
// the handler that holds the loaded engines with a fresh one.
const scope = self as unknown as { inkterviewPageWorker?: true }
if (!scope.inkterviewPageWorker) {
  scope.inkterviewPageWorker = true
  self.onmessage = handle
}
