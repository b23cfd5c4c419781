import { describe, expect, it } from 'vitest'
import type { InkDocument, InkStroke } from '../../src/core/ink/ink'
import { buildTimeline, lineStartMs, LONG_PAUSE_MS, PAUSE_MS, skipPause, timeInk, visiblePointsAt } from '../../src/core/review/timeline'

const MIN = 60_000
/** A stroke of three points from t0 to t1 (ms on the ink clock). */
const stroke = (t0: number, t1: number): InkStroke => ({ points: [[0, 0, 0.5, t0], [5, 5, 0.5, (t0 + t1) / 2], [10, 10, 0.5, t1]] })
const ink = (strokes: InkStroke[], startedAt?: number): InkDocument => ({ format: 'ink/v1', strokes, ...(startedAt !== undefined ? { startedAt } : {}) })

const T0 = Date.UTC(2026, 2, 1, 10)
const attempt = (doc: InkDocument, usedMs: number, suggestedMs = 20 * MIN) => ({
  startedAt: T0,
  endedAt: T0 + usedMs,
  timer: { suggestedMs, elapsedMs: usedMs, runningSince: null },
  ink: doc,
})

describe('timeline', () => {
  it('time to first stroke is ink.startedAt minus the attempt start', () => {
    const tl = buildTimeline(attempt(ink([stroke(0, 500)], T0 + 95_000), 10 * MIN))
    expect(tl.timeToFirstStrokeMs).toBe(95_000)
    expect(tl.inkOffsetMs).toBe(95_000)
    expect(tl.segments[0]).toEqual({ kind: 'before', start: 0, end: 95_000, long: true })
    expect(tl.segments[1]).toMatchObject({ kind: 'writing', start: 95_000, end: 95_500 })
  })

  it('is unknown without ink.startedAt, and the ink then starts at 0', () => {
    const tl = buildTimeline(attempt(ink([stroke(0, 500)]), 5 * MIN))
    expect(tl.timeToFirstStrokeMs).toBeNull()
    expect(tl.segments[0]).toMatchObject({ kind: 'writing', start: 0 })
  })

  it('short gaps are writing, longer gaps are pauses, and long pauses are marked', () => {
    const strokes = [stroke(0, 1000), stroke(1000 + PAUSE_MS - 1, 4000), stroke(4000 + 5000, 10_000), stroke(10_000 + LONG_PAUSE_MS, 45_000)]
    const tl = buildTimeline(attempt(ink(strokes, T0), 2 * MIN))
    expect(tl.segments.map((s) => [s.kind, s.start, s.end, s.long])).toEqual([
      ['writing', 0, 4000, false],
      ['pause', 4000, 9000, false],
      ['writing', 9000, 10_000, false],
      ['pause', 10_000, 40_000, true],
      ['writing', 40_000, 45_000, false],
      ['after', 45_000, 2 * MIN, false],
    ])
    expect(tl.writingMs).toBe(10_000)
    expect(tl.pausedMs).toBe(35_000)
    expect(tl.longPauses).toHaveLength(1)
  })

  it('places the warning at suggested minus 5 minutes and overtime at suggested, only when reached', () => {
    const short = buildTimeline(attempt(ink([stroke(0, 10)], T0), 12 * MIN, 20 * MIN))
    expect([short.warningAtMs, short.overtimeAtMs]).toEqual([null, null])
    const warned = buildTimeline(attempt(ink([stroke(0, 10)], T0), 16 * MIN, 20 * MIN))
    expect([warned.warningAtMs, warned.overtimeAtMs]).toEqual([15 * MIN, null])
    const over = buildTimeline(attempt(ink([stroke(0, 10)], T0), 23 * MIN, 20 * MIN))
    expect([over.warningAtMs, over.overtimeAtMs]).toEqual([15 * MIN, 20 * MIN])
    expect(over.durationMs).toBe(23 * MIN)
  })

  it('keeps hints and when the reference answer was opened, on the clock', () => {
    const tl = buildTimeline({ ...attempt(ink([stroke(0, 10)], T0), 12 * MIN), hintsRevealed: [{ index: 0, atMs: 4 * MIN }], answerShownAtMs: 11 * MIN })
    expect(tl.hints).toEqual([{ index: 0, atMs: 4 * MIN }])
    expect(tl.answerShownAtMs).toBe(11 * MIN)
    expect(buildTimeline(attempt(ink([]), MIN)).answerShownAtMs).toBeNull()
  })

  it('an empty page is all waiting', () => {
    const tl = buildTimeline(attempt(ink([]), 3 * MIN))
    expect(tl.timeToFirstStrokeMs).toBeNull()
    expect(tl.segments).toEqual([{ kind: 'before', start: 0, end: 3 * MIN, long: true }])
  })
})

describe('replay timing', () => {
  it('orders strokes by time and reveals points as the clock passes them', () => {
    const doc = ink([stroke(2000, 3000), stroke(0, 1000)], T0)
    const timed = timeInk(doc)
    expect(timed.strokes.map((s) => s.index)).toEqual([1, 0])
    expect(timed.durationMs).toBe(3000)
    expect([...visiblePointsAt(timed, 500)]).toEqual([[1, 2]])
    expect([...visiblePointsAt(timed, 2000)]).toEqual([[1, 3], [0, 1]])
    expect([...visiblePointsAt(timed, 5000)]).toEqual([[1, 3], [0, 3]])
  })

  it('makes up an even pace for ink without point times', () => {
    const timed = timeInk(ink([{ points: [[0, 0], [1, 1]] }, { points: [[2, 2]] }]))
    expect(timed.timed).toBe(false)
    expect(timed.strokes[1]!.start).toBeGreaterThan(timed.strokes[0]!.end)
    const tl = buildTimeline(attempt(ink([{ points: [[0, 0], [1, 1]] }], T0), MIN))
    expect(tl.timeToFirstStrokeMs).toBeNull()
  })

  it('skipping pauses jumps to just before the next stroke, but not across short gaps or mid-stroke', () => {
    const timed = timeInk(ink([stroke(0, 1000), stroke(1500, 2000), stroke(40_000, 41_000)], T0))
    expect(skipPause(timed, 500)).toBe(500)
    expect(skipPause(timed, 1200)).toBe(1200)
    expect(skipPause(timed, 2500, 300)).toBe(39_700)
    expect(skipPause(timed, 50_000)).toBe(50_000)
  })

  it('a line of writing starts with its earliest stroke, whatever order the line lists them in', () => {
    // Line 1 is strokes 0 and 2 (a correction written later), line 2 is stroke 1.
    const timed = timeInk(ink([stroke(1000, 2000), stroke(5000, 6000), stroke(9000, 9500)], T0))
    expect(lineStartMs(timed, [2, 0])).toBe(1000)
    expect(lineStartMs(timed, [1])).toBe(5000)
    expect(lineStartMs(timed, [7])).toBeNull()
    expect(lineStartMs(timed, [])).toBeNull()
  })
})
