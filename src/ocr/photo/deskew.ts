// How far the writing's lines are tilted: the angle whose horizontal
// projection of the ink is sharpest (lines of text give tall narrow peaks when
// the projection runs along them). Writing turned on its side gives a sharper
// projection across than along: that is told apart, not "corrected".
import type { Pt } from './image.ts'

export interface Skew {
  /** Tilt of the lines, degrees, positive when they fall to the right (y grows down); rotating by -angle straightens them. */
  angle: number
  /** How much sharper the best projection is than the one across it (>1: lines run across the page). */
  ratio: number
  /** The writing runs top to bottom rather than left to right (the photo is on its side). */
  sideways: boolean
}

/** Sharpness of the projection of `pts` onto the normal of angle `deg` (sum of squared counts per 2 px band, over n^2). */
export function profileScore(pts: readonly Pt[], deg: number, bin = 2): number {
  const t = (deg * Math.PI) / 180
  const s = Math.sin(t),
    c = Math.cos(t)
  const counts = new Map<number, number>()
  for (const [x, y] of pts) {
    const k = Math.floor((y * c - x * s) / bin)
    counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  let sum = 0
  for (const n of counts.values()) sum += n * n
  return sum / Math.max(1, pts.length) ** 2
}

function bestAngle(pts: readonly Pt[], from: number, to: number): { angle: number; score: number } {
  let best = { angle: 0, score: -1 }
  for (let a = from; a <= to + 1e-9; a += 1) {
    const s = profileScore(pts, a)
    if (s > best.score) best = { angle: a, score: s }
  }
  const coarse = best.angle
  for (let a = coarse - 0.9; a <= coarse + 0.9 + 1e-9; a += 0.1) {
    const s = profileScore(pts, a)
    if (s > best.score) best = { angle: a, score: s }
  }
  return best
}

/** Every k-th point, so at most `max` are used. */
export function thinOut<T>(xs: readonly T[], max: number): T[] {
  if (xs.length <= max) return [...xs]
  const k = xs.length / max
  return Array.from({ length: max }, (_, i) => xs[Math.floor(i * k)]!)
}

/** The tilt of the writing made of these ink points, searched within +-maxDeg. */
export function measureSkew(points: readonly Pt[], maxDeg = 20): Skew {
  const pts = thinOut(points, 20000)
  if (pts.length < 20) return { angle: 0, ratio: 1, sideways: false }
  const along = bestAngle(pts, -maxDeg, maxDeg)
  const across = bestAngle(pts, 90 - maxDeg, 90 + maxDeg)
  const ratio = along.score / Math.max(1e-12, across.score)
  return { angle: Math.round(along.angle * 10) / 10, ratio, sideways: ratio < 1 }
}

/** Rotates points by -deg about (cx, cy): what straightens lines tilted by deg. */
export function unrotate(points: readonly Pt[], deg: number, cx: number, cy: number): Pt[] {
  const t = (deg * Math.PI) / 180
  const s = Math.sin(t),
    c = Math.cos(t)
  return points.map(([x, y]) => [cx + (x - cx) * c + (y - cy) * s, cy - (x - cx) * s + (y - cy) * c] as Pt)
}

/** Rotates points by +deg about (cx, cy): undoes unrotate. */
export const rotate = (points: readonly Pt[], deg: number, cx: number, cy: number): Pt[] => unrotate(points, -deg, cx, cy)
