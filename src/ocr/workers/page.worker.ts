// Module worker: line finding, rendering, and turning readings into the
// transcript (correction, indentation) off the main thread, so the canvas
// never waits for them.
import { prepare, type PrepareRequest } from './pageJobs.ts'
import { finishWithModel, type FinishRequest } from '../pipeline.ts'
import { charModelFor } from '../language/charModels.ts'

type Msg =
  | { id: number; kind: 'prepare'; req: PrepareRequest }
  | { id: number; kind: 'finish'; req: FinishRequest }
  | { id: number; kind: 'warm'; language?: string }

self.onmessage = async (e: MessageEvent<Msg>) => {
  const msg = e.data
  const post = (data: unknown, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(data, transfer)
  try {
    if (msg.kind === 'prepare') {
      const lines = prepare(msg.req)
      const transfer = lines.flatMap((l) => l.pngs.filter((p): p is Uint8Array => p !== null).map((p) => p.buffer as ArrayBuffer))
      post({ id: msg.id, result: lines }, transfer)
    } else if (msg.kind === 'warm') {
      await charModelFor(msg.language)
      post({ id: msg.id, result: null })
    } else post({ id: msg.id, result: await finishWithModel(msg.req) })
  } catch (err) {
    post({ id: msg.id, error: (err as Error).message })
  }
}
