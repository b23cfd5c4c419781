// Stroke measurements shared by line finding, word gaps and rendering.
import type { InkStroke } from '../../core/ink/ink.ts'

export interface StrokeInfo {
  index: number
  minX: number
  maxX: number
  minY: number
  maxY: number
  cx: number
  cy: number
  w: number
  h: number
  /** Path length. */
  len: number
}

export function strokeInfo(stroke: InkStroke, index: number): StrokeInfo {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity,
    len = 0
  const pts = stroke.points
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i]!
    if (p[0] < minX) minX = p[0]
    if (p[0] > maxX) maxX = p[0]
    if (p[1] < minY) minY = p[1]
    if (p[1] > maxY) maxY = p[1]
    if (i) len += Math.hypot(p[0] - pts[i - 1]![0], p[1] - pts[i - 1]![1])
  }
  return { index, minX, maxX, minY, maxY, cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, w: maxX - minX, h: maxY - minY, len }
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** Ink samples every `step` units along the strokes, as [x, y] pairs. */
export function sampleInk(strokes: readonly InkStroke[], step = 1): [number, number][] {
  const out: [number, number][] = []
  for (const s of strokes) {
    const pts = s.points
    out.push([pts[0]![0], pts[0]![1]])
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1]!
      const b = pts[i]!
      const d = Math.hypot(b[0] - a[0], b[1] - a[1])
      const n = Math.max(1, Math.round(d / step))
      for (let k = 1; k <= n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n])
    }
  }
  return out
}

/**
 * The writer's scale for a whole page: the median height of the strokes that
 * are not dots. Letters, words and symbols all fall within 0.5-2.5 x-heights,
 * so thresholds expressed in this unit are robust before lines are known.
 */
export function pageUnit(infos: readonly StrokeInfo[]): number {
  const sizes = infos.map((s) => Math.max(s.h, s.w * 0.5)).filter((v) => v > 0)
  if (!sizes.length) return 20
  const big = median(sizes)
  const hs = infos.filter((s) => Math.max(s.w, s.h) > big * 0.35).map((s) => s.h)
  return Math.max(4, median(hs.length ? hs : sizes))
}
