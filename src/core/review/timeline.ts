// When the candidate wrote and when they stopped: stroke times for the replay,
// and the timeline under it (writing vs pauses, time to the first stroke, long
// pauses, where the timer's warning and overtime fell). Pure.
//
// Two clocks meet here. Ink points carry t in ms since the page's first point
// (ink/v1), and `ink.startedAt` is that first point's epoch ms. The timeline's
// axis is ms since the attempt started (Start pressed), so the ink clock sits at
// offset `ink.startedAt - attempt.startedAt` on it. The timer's warning and
// overtime are placed on the same axis: exact unless the clock was paused
// (a resumed attempt), where they are an approximation.
import type { InkDocument } from '../ink/ink'
import { elapsedMs, WARNING_MS, type TimerState } from '../session/timer'

/** A gap between strokes shorter than this is part of writing (lifting the pen between letters). */
export const PAUSE_MS = 2_000
/** A pause at least this long is marked as a long pause. */
export const LONG_PAUSE_MS = 30_000
/** Synthetic timing for ink without t: per point, and between strokes. */
const SYNTH_POINT_MS = 16
const SYNTH_GAP_MS = 300

export interface TimedStroke {
  /** Index in ink.strokes (what transcript lines' strokeIds point at). */
  index: number
  /** Per point, ms on the ink clock, non-decreasing. */
  times: number[]
  start: number
  end: number
}

export interface TimedInk {
  /** In the order drawn (by start time). */
  strokes: TimedStroke[]
  /** Ink clock ms of the last point. */
  durationMs: number
  /** False when the ink had no point times and they were made up (even pace, in stroke order). */
  timed: boolean
}

/** Stroke and point times on the ink clock; synthesised when the ink has none. */
export function timeInk(ink: InkDocument): TimedInk {
  const timed = ink.strokes.length > 0 && ink.strokes.every((s) => s.points.every((p) => p.length >= 4 && Number.isFinite(p[3])))
  let clock = 0
  const strokes: TimedStroke[] = ink.strokes.map((s, index) => {
    let times: number[]
    if (timed) {
      let last = -Infinity
      // Keep times non-decreasing so a binary search over them is valid.
      times = s.points.map((p) => (last = Math.max(last, p[3] as number)))
    } else {
      times = s.points.map((_, i) => clock + i * SYNTH_POINT_MS)
      clock = times[times.length - 1]! + SYNTH_GAP_MS
    }
    return { index, times, start: times[0]!, end: times[times.length - 1]! }
  })
  strokes.sort((x, y) => x.start - y.start || x.index - y.index)
  const durationMs = strokes.reduce((m, s) => Math.max(m, s.end), 0)
  return { strokes, durationMs, timed }
}

function upperBound(xs: readonly number[], t: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (xs[mid]! <= t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How many points of each stroke (by ink index) are drawn at ink-clock time t. */
export function visiblePointsAt(ink: TimedInk, t: number): Map<number, number> {
  const out = new Map<number, number>()
  for (const s of ink.strokes) {
    if (s.start > t) continue
    out.set(s.index, upperBound(s.times, t))
  }
  return out
}

/**
 * When a line of writing began, on the ink clock: the earliest start of its
 * strokes (ink indexes, as transcript lines name them); null when none is in
 * the ink. Jumping to a line of ink takes the replay, and its voice, there.
 */
export function lineStartMs(ink: TimedInk, strokeIndexes: readonly number[]): number | null {
  const want = new Set(strokeIndexes)
  let start: number | null = null
  for (const s of ink.strokes) if (want.has(s.index) && (start === null || s.start < start)) start = s.start
  return start
}

/**
 * Where a replay that skips pauses goes next from ink-clock time t: t itself
 * while a stroke is being drawn or the next one is near, else just before the
 * next stroke starts (`lead` ms early). Past the last stroke: t.
 */
export function skipPause(ink: TimedInk, t: number, lead = 300): number {
  let next = Infinity
  for (const s of ink.strokes) {
    if (s.start <= t && s.end >= t) return t
    if (s.start > t) next = Math.min(next, s.start)
  }
  if (!Number.isFinite(next) || next - t < PAUSE_MS) return t
  return next - lead
}

export type SegmentKind = 'before' | 'writing' | 'pause' | 'after'

export interface Segment {
  kind: SegmentKind
  /** ms since the attempt started */
  start: number
  end: number
  /** A pause (or the wait before the first stroke) of at least LONG_PAUSE_MS. */
  long: boolean
}

export interface TimelineInput {
  startedAt: number
  endedAt: number | null
  timer: TimerState
  ink: InkDocument
  hintsRevealed?: readonly { index: number; atMs: number }[]
  /** Time on the clock when the reference answer was opened during the attempt. */
  answerShownAtMs?: unknown
}

export interface Timeline {
  /** Length of the axis: ms since the attempt started. */
  durationMs: number
  /** Where the ink clock's zero sits on the axis. */
  inkOffsetMs: number
  /** ink.startedAt - attempt.startedAt, when both are known and there is ink. */
  timeToFirstStrokeMs: number | null
  /** Time on the interview clock. */
  usedMs: number
  segments: Segment[]
  writingMs: number
  pausedMs: number
  longPauses: Segment[]
  /** Axis ms where the warning (suggested - 5 min) and overtime (suggested) fell; null if never reached. */
  warningAtMs: number | null
  overtimeAtMs: number | null
  hints: { index: number; atMs: number }[]
  /** Axis ms when the reference answer was opened during the attempt, if it was. */
  answerShownAtMs: number | null
  ink: TimedInk
}

/** Writing and pauses on the attempt's axis. */
export function buildTimeline(attempt: TimelineInput, now = Date.now()): Timeline {
  const ink = timeInk(attempt.ink)
  const inkStart = typeof attempt.ink.startedAt === 'number' ? attempt.ink.startedAt : null
  const timeToFirstStrokeMs = inkStart !== null && ink.strokes.length > 0 && ink.timed ? Math.max(0, inkStart - attempt.startedAt) : null
  const inkOffsetMs = timeToFirstStrokeMs ?? 0
  const usedMs = elapsedMs(attempt.timer, attempt.endedAt ?? now)
  const durationMs = Math.max(usedMs, ink.strokes.length ? inkOffsetMs + ink.durationMs : 0)

  // Merge stroke intervals separated by less than PAUSE_MS into writing spans.
  const spans: [number, number][] = []
  for (const s of ink.strokes) {
    const start = inkOffsetMs + s.start
    const end = inkOffsetMs + s.end
    const last = spans[spans.length - 1]
    if (last && start - last[1] < PAUSE_MS) last[1] = Math.max(last[1], end)
    else spans.push([start, end])
  }
  const segments: Segment[] = []
  const gap = (kind: SegmentKind, start: number, end: number) => {
    if (end > start) segments.push({ kind, start, end, long: kind !== 'after' && end - start >= LONG_PAUSE_MS })
  }
  if (spans.length === 0) gap('before', 0, durationMs)
  spans.forEach(([start, end], i) => {
    if (i === 0) gap('before', 0, start)
    else gap('pause', spans[i - 1]![1], start)
    // A lone dot is still writing: give it at least a visible instant.
    segments.push({ kind: 'writing', start, end: Math.max(end, start + 1), long: false })
  })
  if (spans.length) gap('after', segments[segments.length - 1]!.end, durationMs)

  const writingMs = segments.filter((s) => s.kind === 'writing').reduce((n, s) => n + s.end - s.start, 0)
  const pausedMs = segments.filter((s) => s.kind === 'pause').reduce((n, s) => n + s.end - s.start, 0)
  const warnAt = Math.max(0, attempt.timer.suggestedMs - WARNING_MS)
  return {
    durationMs,
    inkOffsetMs,
    timeToFirstStrokeMs,
    usedMs,
    segments,
    writingMs,
    pausedMs,
    longPauses: segments.filter((s) => s.long),
    warningAtMs: usedMs >= warnAt ? warnAt : null,
    overtimeAtMs: usedMs > attempt.timer.suggestedMs ? attempt.timer.suggestedMs : null,
    hints: [...(attempt.hintsRevealed ?? [])],
    answerShownAtMs: typeof attempt.answerShownAtMs === 'number' && Number.isFinite(attempt.answerShownAtMs) ? attempt.answerShownAtMs : null,
    ink,
  }
}
