import { describe, expect, it } from 'vitest'
import type { InkStroke } from '../../src/core/ink/ink'
import { createStrokeReceiver, createStrokeSender } from '../../src/ocr/workers/strokeSync'

const stroke = (x: number): InkStroke => ({ points: [[x, 0, 0.5, x]] })

describe('the page strokes kept in step with the OCR worker', () => {
  it('sends each stroke once and gives the worker the page as it is, through writing, erasing, undo and a reorder', () => {
    const send = createStrokeSender()
    const worker = createStrokeReceiver()
    const [a, b, c, d] = [stroke(1), stroke(2), stroke(3), stroke(4)]
    const pages: InkStroke[][] = [[a!], [a!, b!, c!], [a!, b!, c!], [a!, c!], [a!, b!, c!], [c!, a!, b!, d!]]
    const sent: number[] = []
    for (const page of pages) {
      const msg = structuredClone(send.pack(page)) // what crosses to the worker is a copy
      sent.push(msg.added.length)
      expect(worker.unpack(msg)).toEqual(page)
    }
    // a; b and c; nothing; nothing (erased); b again (undo brings back an object the worker let go); d.
    expect(sent).toEqual([1, 2, 0, 0, 1, 1])
  })

  it('sends every stroke again after a reset, and the worker refuses a stroke it never got', () => {
    const send = createStrokeSender()
    const worker = createStrokeReceiver()
    const page = [stroke(1), stroke(2)]
    worker.unpack(send.pack(page))
    send.reset()
    expect(send.pack(page).added).toHaveLength(2)
    const fresh = createStrokeReceiver() // a worker started anew
    expect(() => fresh.unpack(send.pack([...page, stroke(3)]))).toThrow(/stroke 0 was never sent/)
  })
})
