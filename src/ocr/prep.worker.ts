// Module worker: line finding and rendering off the main thread, so the
// canvas never waits for them.
import { prepare, type PrepareRequest } from './prep.ts'

self.onmessage = (e: MessageEvent<{ id: number; req: PrepareRequest }>) => {
  const { id, req } = e.data
  try {
    const lines = prepare(req)
    const transfer = lines.flatMap((l) => l.pngs.filter((p): p is Uint8Array => p !== null).map((p) => p.buffer as ArrayBuffer))
    ;(self as unknown as Worker).postMessage({ id, lines }, transfer)
  } catch (err) {
    ;(self as unknown as Worker).postMessage({ id, error: (err as Error).message })
  }
}
