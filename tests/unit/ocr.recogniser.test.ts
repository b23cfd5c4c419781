// The recogniser's live behaviour with a stand-in engine: finished lines are
// read while writing, Done reads only what is left, an edited line is read
// again, and an engine that cannot start gives a clear error.
import { describe, expect, it, vi } from 'vitest'
import { createRecogniser } from '../../src/ocr/recogniser.ts'
import { prepareInline } from '../../src/ocr/prep.ts'
import type { OcrEngine } from '../../src/ocr/tesseractEngine.ts'
import { ink, line } from '../fixtures/ink/handmade.ts'

function fakeEngine() {
  const calls: number[] = []
  const engine: OcrEngine = {
    name: 'fake',
    readLine: async (png) => {
      calls.push(png.length)
      return { text: 'x = 1', confidence: 90, words: [{ text: 'x', confidence: 90, x0: 0, x1: 1, symbols: [] }, { text: '=', confidence: 90, x0: 2, x1: 3, symbols: [] }, { text: '1', confidence: 90, x0: 4, x1: 5, symbols: [] }] }
    },
    readBlock: async () => '',
    terminate: async () => {},
  }
  return { engine, calls }
}

const first = line(40, 100, [3, 4])
const second = line(40, 180, [5])

describe('recogniser', () => {
  it('reads finished lines while writing and only the rest on Done', async () => {
    const { engine, calls } = fakeEngine()
    const rec = createRecogniser({ startEngine: async () => engine, prepare: prepareInline })
    await rec.prewarm()
    // Line 1 done, the pen has started line 2: line 1 is read (three renderings), line 2 not yet.
    rec.update(ink([...first, second[0]!], { language: 'python' }))
    await vi.waitFor(() => expect(calls).toHaveLength(3))
    const t = await rec.recognise(ink([...first, ...second], { language: 'python' }))
    expect(calls).toHaveLength(6)
    expect(t.lines).toHaveLength(2)
    expect(t.text).toBe('x = 1\nx = 1')
    expect(t.lines[1]!.strokeIds).toEqual(second.map((_, i) => first.length + i))
    // An edit to line 1 re-reads line 1 only.
    const edited = [...first.slice(0, -1), line(40, 100, [3, 5]).at(-1)!, ...second]
    await rec.recognise(ink(edited, { language: 'python' }))
    expect(calls).toHaveLength(9)
    await rec.dispose()
  })

  it('reads the line being written too once the writer pauses, so Done has nothing left to read', async () => {
    const { engine, calls } = fakeEngine()
    const rec = createRecogniser({ startEngine: async () => engine, prepare: prepareInline })
    const page = ink([...first, ...second], { language: 'python' })
    rec.update(page)
    await vi.waitFor(() => expect(calls).toHaveLength(3)) // line 1 at once
    await vi.waitFor(() => expect(calls).toHaveLength(6), { timeout: 3000 }) // line 2 after the pause
    await rec.recognise(page)
    expect(calls).toHaveLength(6)
    await rec.dispose()
  })

  it('sends the live reading of finished lines to listeners (practice aid)', async () => {
    const { engine } = fakeEngine()
    const rec = createRecogniser({ startEngine: async () => engine, prepare: prepareInline })
    const seen: string[][] = []
    rec.onLive((lines) => seen.push(lines.map((l) => l.text)))
    rec.update(ink([...first, second[0]!], { language: 'python' }))
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['x = 1']))
    await rec.dispose()
  })

  it('reports an engine that cannot start, and tries again on the next call', async () => {
    let tries = 0
    const rec = createRecogniser({
      startEngine: async () => {
        tries++
        throw new Error('OCR engine did not start: blocked')
      },
      prepare: prepareInline,
    })
    await expect(rec.recognise(ink(first))).rejects.toThrow(/^OCR engine did not start/)
    await expect(rec.recognise(ink(first))).rejects.toThrow(/^OCR engine did not start/)
    expect(tries).toBe(2)
    await rec.dispose()
  })
})
