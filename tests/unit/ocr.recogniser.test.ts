// The recogniser's live behaviour with a stand-in engine: finished lines are
// read while writing, Done reads only what is left, an edited line is read
// again, and an engine that cannot start gives a clear error.
import { describe, expect, it, vi } from 'vitest'
import { createRecogniser, DONE_PADDLE, DONE_RENDERS } from '../../src/ocr/recogniser.ts'
import { DEFAULT_RENDERS, PADDLE_RENDERS } from '../../src/ocr/pipeline.ts'
import { prepareInline } from '../../src/ocr/workers/pageJobs.ts'
import type { LineHint, OcrEngine } from '../../src/ocr/engines/engine.ts'
import { ink, line } from '../fixtures/ink/handmade.ts'

const R = DEFAULT_RENDERS.length

function fakeEngine(readMs = 0) {
  const calls: number[] = []
  const engine: OcrEngine = {
    name: 'fake',
    readLine: async (png) => {
      if (readMs) await new Promise((r) => setTimeout(r, readMs))
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
    const rec = createRecogniser({ startEngine: async () => engine, startPaddle: null, prepare: prepareInline })
    await rec.prewarm()
    // Line 1 done, the pen has started line 2: line 1 is read (every rendering), line 2 not yet.
    rec.update(ink([...first, second[0]!], { language: 'python' }))
    await vi.waitFor(() => expect(calls).toHaveLength(R))
    // Done: line 2, never read, gets only the quick renderings.
    const t = await rec.recognise(ink([...first, ...second], { language: 'python' }))
    expect(calls).toHaveLength(R + DONE_RENDERS)
    expect(t.lines).toHaveLength(2)
    expect(t.text).toBe('x = 1\nx = 1')
    expect(t.lines[1]!.strokeIds).toEqual(second.map((_, i) => first.length + i))
    // An edit to line 1 re-reads line 1 only.
    const edited = [...first.slice(0, -1), line(40, 100, [3, 5]).at(-1)!, ...second]
    await rec.recognise(ink(edited, { language: 'python' }))
    expect(calls).toHaveLength(R + 2 * DONE_RENDERS)
    await rec.dispose()
  })

  it('reads the line being written too once the writer pauses, so Done has nothing left to read or render', async () => {
    const { engine, calls } = fakeEngine()
    let prepares = 0
    const rec = createRecogniser({ startEngine: async () => engine, startPaddle: null, prepare: (req) => (prepares++, prepareInline(req)) })
    const page = ink([...first, ...second], { language: 'python' })
    rec.update(page)
    await vi.waitFor(() => expect(calls).toHaveLength(R)) // line 1 at once
    await vi.waitFor(() => expect(calls).toHaveLength(2 * R), { timeout: 3000 }) // line 2 after the pause
    const before = prepares
    // The same ink as the pass after the pause (a copy, as the canvas gives): its lines are reused.
    const t = await rec.recognise(structuredClone(page))
    expect(calls).toHaveLength(2 * R)
    expect(prepares).toBe(before)
    expect(t.lines).toHaveLength(2)
    await rec.dispose()
  })

  it('does not make Done wait for live reading to finish a line: it stops and reuses what was read', async () => {
    const { engine, calls } = fakeEngine(10)
    const rec = createRecogniser({ startEngine: async () => engine, startPaddle: null, prepare: prepareInline })
    rec.update(ink([...first, second[0]!], { language: 'python' }))
    // Live reading goes in rendering order: once DONE_RENDERS readings are in, line 1 has the quick set.
    await vi.waitFor(() => expect(calls.length).toBeGreaterThanOrEqual(DONE_RENDERS))
    const before = calls.length
    const t = await rec.recognise(ink([...first, ...second], { language: 'python' }))
    expect(t.lines).toHaveLength(2)
    // After Done: at most the one reading in flight, then line 2's quick set; never the rest of line 1's R.
    expect(calls.length - before).toBeLessThanOrEqual(1 + DONE_RENDERS)
    expect(calls.length).toBeLessThan(R + DONE_RENDERS)
    await rec.dispose()
  })

  it('gives every finished line its quick set before any line gets the rest, so a fast writer finds every line read at Done', async () => {
    const third = line(40, 260, [4, 2])
    const strokes = [...first, ...second, ...third, line(40, 340, [2])[0]!]
    // Which line and rendering each image is, from the images the recogniser would make
    // (renderings that come out identical on these even strokes count as the first of them).
    const whose = new Map<string, string>()
    for (const [li, l] of (await prepareInline({ strokes, renders: DEFAULT_RENDERS })).slice(0, 3).entries())
      l.pngs.forEach((png, k) => {
        const id = Buffer.from(png!).toString('base64')
        if (!whose.has(id)) whose.set(id, `${li}:${k}`)
      })
    const order: string[] = []
    const { engine } = fakeEngine(1)
    const spy: OcrEngine = { ...engine, readLine: (png) => (order.push(whose.get(Buffer.from(png).toString('base64')) ?? '?'), engine.readLine(png)) }
    const rec = createRecogniser({ startEngine: async () => spy, startPaddle: null, prepare: prepareInline })
    // Three lines finished at once, the pen on a fourth.
    rec.update(ink(strokes, { language: 'python' }))
    await vi.waitFor(() => expect(order.length).toBe(3 * R), { timeout: 5000 })
    const quick = Array.from({ length: 3 }, (_, li) => Array.from({ length: DONE_RENDERS }, (_, k) => `${li}:${k}`)).flat()
    expect(order.slice(0, 3 * DONE_RENDERS)).toEqual(quick)
    // Then the rest, a whole line at a time, in page order.
    expect(order.slice(3 * DONE_RENDERS, 3 * DONE_RENDERS + R - DONE_RENDERS).every((x) => x.startsWith('0:'))).toBe(true)
    expect(order.at(-1)!.startsWith('2:')).toBe(true)
    await rec.dispose()
  })

  it("while the writer goes on, a line just finished gets its quick set before the reading of an earlier line's full set ends", async () => {
    const third = line(40, 260, [4, 2])
    const all = [...first, ...second, ...third]
    const whose = new Map<string, string>()
    for (const [li, l] of (await prepareInline({ strokes: all, renders: DEFAULT_RENDERS })).entries())
      l.pngs.forEach((png, k) => {
        const id = Buffer.from(png!).toString('base64')
        if (!whose.has(id)) whose.set(id, `${li}:${k}`)
      })
    const order: string[] = []
    const { engine } = fakeEngine(25) // a full set of one line takes about R x 25 ms
    const spy: OcrEngine = { ...engine, readLine: (png) => (order.push(whose.get(Buffer.from(png).toString('base64')) ?? '?'), engine.readLine(png)) }
    const rec = createRecogniser({ startEngine: async () => spy, startPaddle: null, prepare: prepareInline })
    rec.update(ink([...first, second[0]!], { language: 'python' }))
    await vi.waitFor(() => expect(order.length).toBeGreaterThan(DONE_RENDERS + 2))
    // Line 2 done, the pen now on line 3, a stroke every 40 ms.
    for (let i = 0; i < third.length; i++) {
      rec.update(ink([...first, ...second, ...third.slice(0, i + 1)], { language: 'python' }))
      await new Promise((r) => setTimeout(r, 40))
    }
    await vi.waitFor(() => expect(order.filter((x) => x.startsWith('1:')).length).toBeGreaterThanOrEqual(DONE_RENDERS), { timeout: 5000 })
    await vi.waitFor(() => expect(order.filter((x) => x.startsWith('0:')).length).toBeGreaterThanOrEqual(R - 4), { timeout: 5000 })
    const lastOfLine1 = order.map((x) => x.startsWith('0:')).lastIndexOf(true)
    const firstOfLine2 = order.findIndex((x) => x.startsWith('1:'))
    expect(firstOfLine2).toBeLessThan(lastOfLine1)
    await rec.dispose()
  })

  it('takes ink that arrives while Done is being answered without stalling (the canvas reports the last stroke late)', async () => {
    const { engine } = fakeEngine(5)
    const rec = createRecogniser({ startEngine: async () => engine, startPaddle: null, prepare: prepareInline })
    const page = ink([...first, ...second], { language: 'python' })
    const reading = rec.recognise(page)
    // During recognise (now reading lines), with no live pass running. (The
    // freeze this guards against shows as this test never finishing: no timer,
    // the test runner's own included, fires again.)
    await new Promise((r) => setTimeout(r, 2))
    rec.update(page)
    let ticked = false
    setTimeout(() => (ticked = true), 0)
    const t = await reading
    expect(t.lines).toHaveLength(2)
    await new Promise((r) => setTimeout(r, 20))
    expect(ticked).toBe(true) // timers still run: no endless chain of microtasks
    await rec.dispose()
  })

  it('sends the live reading of finished lines to listeners (practice aid)', async () => {
    const { engine } = fakeEngine()
    const rec = createRecogniser({ startEngine: async () => engine, startPaddle: null, prepare: prepareInline })
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
      startPaddle: null,
      prepare: prepareInline,
    })
    await expect(rec.recognise(ink(first))).rejects.toThrow(/^OCR engine did not start/)
    await expect(rec.recognise(ink(first))).rejects.toThrow(/^OCR engine did not start/)
    expect(tries).toBe(2)
    await rec.dispose()
  })

  describe('with a second engine', () => {
    function fakePaddle(text: string) {
      const hints: (LineHint | undefined)[] = []
      const engine: OcrEngine = {
        name: 'fake paddle',
        readLine: async (_png, hint) => {
          hints.push(hint)
          return { text, confidence: 95, words: text.split(' ').map((w, i) => ({ text: w, confidence: 95, x0: i * 10, x1: i * 10 + 8, symbols: [] })) }
        },
        readBlock: async () => '',
        terminate: async () => {},
      }
      return { engine, hints }
    }

    it("reads only tesseract's quick set of each line beside it, and all of tesseract's renderings without it", async () => {
      const { engine, calls } = fakeEngine()
      const pp = fakePaddle('x = 1')
      const rec = createRecogniser({ startEngine: async () => engine, startPaddle: async () => pp.engine, prepare: prepareInline })
      await rec.prewarm()
      rec.update(ink([...first, second[0]!], { language: 'python' }))
      await vi.waitFor(() => expect(pp.hints).toHaveLength(PADDLE_RENDERS.length))
      // Time for the live loop to go on to the rest of tesseract's renderings, were it to.
      await new Promise((r) => setTimeout(r, 100))
      expect(calls).toHaveLength(DONE_RENDERS)
      const t = await rec.recognise(ink([...first, ...second], { language: 'python' }))
      expect(calls).toHaveLength(2 * DONE_RENDERS)
      expect(t.text).toBe('x = 1\nx = 1')
      await rec.dispose()
      // (Without it a finished line gets all R: the first test of this file.)
    })

    it('reads every finished line with it too, sized by the quick readings, and combines both engines', async () => {
      const { engine } = fakeEngine()
      const pp = fakePaddle('y = 2')
      const rec = createRecogniser({ startEngine: async () => engine, startPaddle: async () => pp.engine, prepare: prepareInline })
      await rec.prewarm()
      rec.update(ink([...first, second[0]!], { language: 'python' }))
      await vi.waitFor(() => expect(pp.hints).toHaveLength(PADDLE_RENDERS.length))
      // "x = 1" is 5 characters: the quick set's median length.
      expect(pp.hints.every((h) => h?.chars === 5)).toBe(true)
      expect(pp.hints.map((h) => h?.pxPerChar)).toEqual(PADDLE_RENDERS.map((r) => r.pxPerChar))
      const t = await rec.recognise(ink([...first, ...second], { language: 'python' }))
      // Line 2, unread before Done, gets only DONE_PADDLE of them; line 1's live readings are reused.
      expect(pp.hints).toHaveLength(PADDLE_RENDERS.length + DONE_PADDLE)
      // Live and at Done, it decodes under the page's character model.
      expect(pp.hints.every((h) => h?.language === 'python')).toBe(true)
      expect(t.engine).toMatch(/fake \+ fake paddle/)
      expect(t.notice).toBeUndefined()
      await rec.dispose()
    })

    it("gives every finished line Done's pair of second-engine readings before any line gets the rest", async () => {
      const third = line(40, 260, [4, 2])
      const strokes = [...first, ...second, ...third, line(40, 340, [2])[0]!]
      // Which line each image the second engine is given belongs to.
      const whose = new Map<string, number>()
      for (const [li, l] of (await prepareInline({ strokes, renders: PADDLE_RENDERS.map((r) => r.render) })).slice(0, 3).entries())
        for (const png of l.pngs) whose.set(Buffer.from(png!).toString('base64'), li)
      const order: (number | undefined)[] = []
      const { engine } = fakeEngine()
      const pp = fakePaddle('x = 1')
      const spy: OcrEngine = { ...pp.engine, readLine: (png, hint) => (order.push(whose.get(Buffer.from(png).toString('base64'))), pp.engine.readLine(png, hint)) }
      const rec = createRecogniser({ startEngine: async () => engine, startPaddle: async () => spy, prepare: prepareInline })
      await rec.prewarm()
      rec.update(ink(strokes, { language: 'python' }))
      await vi.waitFor(() => expect(order.length).toBe(3 * PADDLE_RENDERS.length), { timeout: 5000 })
      const pairs = [0, 1, 2].flatMap((li) => Array<number>(DONE_PADDLE).fill(li))
      expect(order.slice(0, 3 * DONE_PADDLE)).toEqual(pairs)
      expect(order.at(-1)).toBe(2)
      await rec.dispose()
    })

    it('reads with tesseract alone when the second engine cannot load, and says so', async () => {
      const { engine, calls } = fakeEngine()
      const rec = createRecogniser({
        startEngine: async () => engine,
        startPaddle: async () => {
          throw new Error('The PaddleOCR model did not load: HTTP 404')
        },
        prepare: prepareInline,
      })
      await rec.prewarm()
      const t = await rec.recognise(ink([...first, ...second], { language: 'python' }))
      expect(calls.length).toBeGreaterThan(0)
      expect(t.text).toBe('x = 1\nx = 1')
      expect(t.engine).toBe('fake')
      expect(t.notice).toMatch(/tesseract alone.*HTTP 404/)
      await rec.dispose()
    })

    it('loads the second engine even when the first tesseract start timed out (a slow first visit)', async () => {
      const { engine } = fakeEngine()
      let starts = 0,
        paddleStarts = 0
      const pp = fakePaddle('x = 1')
      const rec = createRecogniser({
        startEngine: async () => {
          if (starts++ === 0) throw new Error('OCR engine did not start: no answer within 20 s')
          return engine
        },
        startPaddle: async () => (paddleStarts++, pp.engine),
        prepare: prepareInline,
      })
      await expect(rec.prewarm()).rejects.toThrow(/did not start/)
      await vi.waitFor(() => expect(paddleStarts).toBe(1))
      const t = await rec.recognise(ink(first, { language: 'python' }))
      expect(t.engine).toBe('fake + fake paddle')
      expect(paddleStarts).toBe(1)
      await rec.dispose()
    })
  })
})
