// Word gaps from stroke geometry: strokes that overlap or nearly touch
// horizontally form a group (a letter or a joined word); a horizontal gap
// between groups wider than a share of the writer's x-height is a word gap.
import type { InkStroke } from '../core/ink/ink.ts'
import { strokeInfo } from './geometry.ts'

export interface Gap {
  /** Ink x where the gap starts (end of the ink on its left) and ends. */
  from: number
  to: number
  /** A gap between words (true) or between letters (false). */
  word: boolean
}

/** Gaps between horizontally separate stroke groups of one line, left to right. */
export function lineGaps(strokes: readonly InkStroke[], ids: readonly number[], xHeight: number, wordGap = 0.6): Gap[] {
  const boxes = ids.map((id) => strokeInfo(strokes[id]!, id)).sort((a, b) => a.minX - b.minX)
  const gaps: Gap[] = []
  let right = -Infinity
  for (const b of boxes) {
    if (right > -Infinity && b.minX > right + 0.05 * xHeight) gaps.push({ from: right, to: b.minX, word: b.minX - right > wordGap * xHeight })
    right = Math.max(right, b.maxX)
  }
  return gaps
}

/**
 * An x remapping that makes every word gap `word` x-heights wide and caps
 * letter gaps at `letter` x-heights, so the engine sees even spacing.
 */
export function normaliseGaps(gaps: readonly Gap[], xHeight: number, word = 1.1, letter = 0.4): (x: number) => number {
  const steps = gaps.map((g) => {
    const w = g.to - g.from
    const target = g.word ? word * xHeight : Math.min(w, letter * xHeight)
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
