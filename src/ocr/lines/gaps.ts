// Word gaps from stroke geometry: strokes that overlap or nearly touch
// horizontally form a group (a letter or a joined word); a horizontal gap
// between groups wider than a share of the writer's x-height is a word gap.
import type { InkStroke } from '../../core/ink/ink.ts'
import { strokeInfo } from './geometry.ts'

export interface Gap {
  /** Ink x where the gap starts (end of the ink on its left) and ends. */
  from: number
  to: number
  /** A gap between words (true) or between letters (false). */
  word: boolean
}

/**
 * Gaps between horizontally separate stroke groups of one line, left to right.
 * Which are word gaps: when the widths fall into two clearly separate groups
 * (narrow letter gaps of print, wide word gaps), the wide group; otherwise
 * (joined writing: every gap is between words, or one gap only) those wider
 * than `wordGap` x-heights.
 */
export function lineGaps(strokes: readonly InkStroke[], ids: readonly number[], xHeight: number, wordGap = 0.6): Gap[] {
  const boxes = ids.map((id) => strokeInfo(strokes[id]!, id)).sort((a, b) => a.minX - b.minX)
  const raw: { from: number; to: number }[] = []
  let right = -Infinity
  for (const b of boxes) {
    if (right > -Infinity && b.minX > right + 0.05 * xHeight) raw.push({ from: right, to: b.minX })
    right = Math.max(right, b.maxX)
  }
  const threshold = splitWidths(raw.map((g) => g.to - g.from)) ?? wordGap * xHeight
  return raw.map((g) => ({ ...g, word: g.to - g.from > Math.max(threshold, 0.3 * xHeight) }))
}

/** The width between two clearly separate groups of gap widths (means at least 2x apart), or null. */
export function splitWidths(widths: readonly number[]): number | null {
  if (widths.length < 3) return null
  const logs = widths.map((w) => Math.log(Math.max(w, 0.01))).sort((a, b) => a - b)
  let best: { score: number; at: number; lo: number; hi: number } | null = null
  for (let k = 1; k < logs.length; k++) {
    const lo = logs.slice(0, k),
      hi = logs.slice(k)
    const mLo = lo.reduce((a, b) => a + b, 0) / lo.length
    const mHi = hi.reduce((a, b) => a + b, 0) / hi.length
    const score = lo.length * hi.length * (mHi - mLo) ** 2 // between-class variance (Otsu)
    if (!best || score > best.score) best = { score, at: k, lo: mLo, hi: mHi }
  }
  if (!best || best.hi - best.lo < Math.log(2)) return null
  return Math.exp((logs[best.at - 1]! + logs[best.at]!) / 2)
}

/**
 * An x remapping that brings every word gap within [minWord, maxWord]
 * x-heights (and, when `letter` is given, caps letter gaps at that many
 * x-heights), so the engine sees clear but not enormous word spacing.
 */
export function normaliseGaps(gaps: readonly Gap[], xHeight: number, minWord = 1.2, maxWord = 2, letter = Infinity): (x: number) => number {
  const steps = gaps.map((g) => {
    const w = g.to - g.from
    const target = g.word ? Math.min(Math.max(w, minWord * xHeight), maxWord * xHeight) : Math.min(w, letter * xHeight)
    return { at: g.to, from: g.from, delta: target - w }
  })
  return (x: number) => {
    let shift = 0
    for (const s of steps) {
      if (x >= s.at) shift += s.delta
      else if (x > s.from) shift += s.delta * ((x - s.from) / (s.at - s.from))
    }
    return x + shift
  }
}
