// Text lines of a straightened page from its ink's horizontal projection: the
// rows' ink, smoothed over half a letter, stands clearly above the empty rows
// between lines; runs above a share of the peaks are lines, a run twice as
// tall as the others is split at its deepest valley. Each piece of ink (a
// connected stroke group) joins the line holding its centre, so accents,
// i-dots and descenders follow their letters. The lines are InkLines
// (lines/lines.ts) fitted by the same band fit, so indentation, word gaps and
// rendering treat them as lines written on the board.
import type { InkStroke } from '../../core/ink/ink.ts'
import { fitBand, type InkLine } from '../lines/lines.ts'
import { median, pageUnit, strokeInfo } from '../lines/geometry.ts'

/** A connected piece of ink: its polylines (indexes into the page's strokes). */
export interface InkPiece {
  strokeIds: number[]
}

export interface Band {
  y0: number
  y1: number
}

/** Share of the tallest rows' ink a row needs to belong to a line. */
export const BAND_LEVEL = 0.15

/** Rows of a profile (ink per row) that hold lines of writing, as [y0, y1) runs; `unit` is the writer's letter height. */
export function profileBands(profile: ArrayLike<number>, unit: number): Band[] {
  const n = profile.length
  const r = Math.max(1, Math.round(unit / 4))
  const smooth = new Float64Array(n)
  let acc = 0
  for (let i = 0; i < n + r; i++) {
    if (i < n) acc += profile[i]!
    if (i - 2 * r - 1 >= 0) acc -= profile[i - 2 * r - 1]!
    if (i - r >= 0 && i - r < n) smooth[i - r] = acc / (2 * r + 1)
  }
  const sorted = [...smooth].filter((v) => v > 0).sort((a, b) => a - b)
  if (!sorted.length) return []
  const peak = sorted[Math.floor(sorted.length * 0.95)]!
  const level = BAND_LEVEL * peak
  let bands: Band[] = []
  for (let y = 0; y < n; ) {
    if (smooth[y]! <= level) {
      y++
      continue
    }
    const y0 = y
    while (y < n && smooth[y]! > level) y++
    bands.push({ y0, y1: y })
  }
  // Join runs split by a shallow dip inside one line; drop runs too thin to be writing.
  const joined: Band[] = []
  for (const b of bands) {
    const last = joined[joined.length - 1]
    if (last && b.y0 - last.y1 < unit * 0.25) last.y1 = b.y1
    else joined.push({ ...b })
  }
  bands = joined.filter((b) => b.y1 - b.y0 >= unit * 0.35)
  // Two lines written close enough to touch: split a band twice the usual height at its deepest valley.
  const typical = median(bands.map((b) => b.y1 - b.y0))
  const out: Band[] = []
  const split = (b: Band, depth: number) => {
    if (depth < 4 && b.y1 - b.y0 > 1.8 * typical) {
      let at = -1,
        low = Infinity,
        top = 0
      for (let y = b.y0; y < b.y1; y++) top = Math.max(top, smooth[y]!)
      const q = Math.round((b.y1 - b.y0) * 0.25)
      for (let y = b.y0 + q; y < b.y1 - q; y++)
        if (smooth[y]! < low) {
          low = smooth[y]!
          at = y
        }
      if (at > 0 && low < 0.5 * top) {
        split({ y0: b.y0, y1: at }, depth + 1)
        split({ y0: at, y1: b.y1 }, depth + 1)
        return
      }
    }
    out.push(b)
  }
  for (const b of bands) split(b, 0)
  return out
}

/** Lines of writing from the strokes of a straightened page grouped into pieces; top to bottom. */
export function findTextLines(strokes: readonly InkStroke[], pieces: readonly InkPiece[]): InkLine[] {
  if (!pieces.length) return []
  const infos = pieces.map((p) => {
    let minX = Infinity,
      maxX = -Infinity,
      minY = Infinity,
      maxY = -Infinity,
      sy = 0,
      n = 0
    for (const id of p.strokeIds)
      for (const [x, y] of strokes[id]!.points) {
        minX = Math.min(minX, x)
        maxX = Math.max(maxX, x)
        minY = Math.min(minY, y)
        maxY = Math.max(maxY, y)
        sy += y
        n++
      }
    return { index: 0, minX, maxX, minY, maxY, cx: (minX + maxX) / 2, cy: sy / Math.max(1, n), w: maxX - minX, h: maxY - minY, len: n, ids: p.strokeIds }
  })
  const unit = pageUnit(infos)
  const top = Math.floor(infos.reduce((m, i) => Math.min(m, i.minY), Infinity))
  const bottom = Math.ceil(infos.reduce((m, i) => Math.max(m, i.maxY), -Infinity))
  const profile = new Float64Array(bottom - top + 1)
  for (const s of strokes) for (const [, y] of s.points) profile[Math.min(profile.length - 1, Math.max(0, Math.floor(y) - top))]!++
  const bands = profileBands(profile, unit).map((b) => ({ y0: b.y0 + top, y1: b.y1 + top }))
  if (!bands.length) return []
  const members: (typeof infos)[] = bands.map(() => [])
  for (const info of infos) {
    let best = 0,
      dist = Infinity
    bands.forEach((b, k) => {
      const d = info.cy < b.y0 ? b.y0 - info.cy : info.cy >= b.y1 ? info.cy - b.y1 + 1 : 0
      if (d < dist) [dist, best] = [d, k]
    })
    // Far from every line: a smudge or the paper's texture, not writing.
    if (dist <= unit * 1.5) members[best]!.push(info)
  }
  const lines: InkLine[] = []
  for (const group of members) {
    const big = group.filter((g) => Math.max(g.w, g.h) >= unit * 0.42)
    if (!big.length) continue
    group.sort((a, b) => a.minX - b.minX)
    const strokeIds = group.flatMap((g) => g.ids)
    const band = fitBand(strokeIds.map((id) => strokes[id]!))
    const boxes = strokeIds.map((id) => strokeInfo(strokes[id]!, id))
    lines.push({
      strokeIds,
      minX: boxes.reduce((m, b) => Math.min(m, b.minX), Infinity),
      maxX: boxes.reduce((m, b) => Math.max(m, b.maxX), -Infinity),
      minY: boxes.reduce((m, b) => Math.min(m, b.minY), Infinity),
      maxY: boxes.reduce((m, b) => Math.max(m, b.maxY), -Infinity),
      ...band,
      startX: big.reduce((m, g) => Math.min(m, g.minX), Infinity),
    })
  }
  return lines
}
