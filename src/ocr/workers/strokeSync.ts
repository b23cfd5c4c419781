// The page's strokes, kept in step between the page and the OCR worker. Every
// live pass asks the worker for lines, and a structured clone of a 3,000-stroke
// page took 40-70 ms of the main thread each time, while the candidate writes.
// Strokes are never changed in place (the board hands out the same object while
// its shape is unchanged), so each is sent once: a request carries the page's
// order as numbers and only the strokes the worker does not hold yet. Both sides
// then keep exactly the strokes of the last request, so they agree on what the
// worker holds without a reply.
import type { InkStroke } from '../../core/ink/ink.ts'
import type { PrepareRequest } from './pageJobs.ts'

export interface SyncedStrokes {
  /** The page's strokes, in order, by number. */
  order: number[]
  /** The strokes the worker does not hold yet. */
  added: [number, InkStroke][]
}

/** A prepare request as it travels to the worker. */
export type SyncedPrepareRequest = Omit<PrepareRequest, 'strokes'> & { strokes: SyncedStrokes }

export interface StrokeSender {
  pack(strokes: readonly InkStroke[]): SyncedStrokes
  /** Forget what the worker holds (after a request failed): the next pack sends every stroke. */
  reset(): void
}

export function createStrokeSender(): StrokeSender {
  const numbers = new WeakMap<InkStroke, number>()
  let next = 0
  let held = new Set<number>()
  return {
    pack(strokes) {
      const order: number[] = []
      const added: [number, InkStroke][] = []
      const now = new Set<number>()
      for (const s of strokes) {
        let n = numbers.get(s)
        if (n === undefined) numbers.set(s, (n = next++))
        order.push(n)
        if (!held.has(n) && !now.has(n)) added.push([n, s])
        now.add(n)
      }
      held = now
      return { order, added }
    },
    reset() {
      held = new Set()
    },
  }
}

export interface StrokeReceiver {
  /** The page's strokes for a request; throws when it names a stroke never sent (the two sides fell out of step). */
  unpack(synced: SyncedStrokes): InkStroke[]
}

export function createStrokeReceiver(): StrokeReceiver {
  let held = new Map<number, InkStroke>()
  return {
    unpack({ order, added }) {
      for (const [n, s] of added) held.set(n, s)
      const strokes = order.map((n) => {
        const s = held.get(n)
        if (!s) throw new Error(`stroke ${n} was never sent to the OCR worker`)
        return s
      })
      held = new Map(order.map((n, i) => [n, strokes[i]!]))
      return strokes
    },
  }
}
