// Text lines of a straightened page from its ink's horizontal projection: the
// rows' ink, smoothed over half a letter, stands clearly above the empty rows
// between lines; runs above a share of the peaks are lines, a run twice as
// tall as the others is split at its deepest valley, and writing clear of
// every run (a lone "}") makes a line of its own. Each piece of ink (a
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
  // A line of one or two signs ("}", "else:") has too little ink for the profile's threshold: pieces
  // that are not marks and lie clear of every band make bands of their own, grouped where they overlap.
  const outside = (y: number) => bands.every((b) => y < b.y0 - unit * 0.5 || y >= b.y1 + unit * 0.5)
  const orphans = infos.filter((i) => Math.max(i.w, i.h) >= unit * 0.42 && outside(i.cy)).sort((a, b) => a.minY - b.minY)
  const extra: Band[] = []
  for (const o of orphans) {
    const last = extra[extra.length - 1]
    if (last && o.minY < last.y1) last.y1 = Math.max(last.y1, o.maxY)
    else extra.push({ y0: o.minY, y1: o.maxY })
  }
  bands.push(...extra)
  bands.sort((a, b) => a.y0 - b.y0)
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
  // A sliver of a line (quotes or accents high above their letters, a band of their own) joins the line it is nearest.
  const extent = (g: typeof infos) => ({ y0: g.reduce((m, i) => Math.min(m, i.minY), Infinity), y1: g.reduce((m, i) => Math.max(m, i.maxY), -Infinity) })
  const tall = median(members.filter((g) => g.length).map((g) => extent(g).y1 - extent(g).y0))
  members.forEach((g, k) => {
    if (!g.length) return
    const e = extent(g)
    if (e.y1 - e.y0 >= tall * 0.5) return
    let best = -1,
      gap = Infinity
    members.forEach((o, j) => {
      if (j === k || !o.length) return
      const f = extent(o)
      const d = Math.max(0, f.y0 - e.y1, e.y0 - f.y1)
      if (d < gap) [gap, best] = [d, j]
    })
    if (best >= 0 && gap < tall * 0.5) {
      members[best]!.push(...g)
      members[k] = []
    }
  })
  // A band split in two where it was one line (tall capitals and brackets): two groups whose ink
  // centres are much closer than lines usually are, one above the other, are one line.
  const centre = (g: typeof infos) => g.reduce((m, i) => m + i.cy * i.len, 0) / Math.max(1, g.reduce((m, i) => m + i.len, 0))
  const live = members.filter((g) => g.length)
  const spacing = median(live.slice(1).map((g, k) => centre(g) - centre(live[k]!)))
  for (let k = live.length - 1; k > 0; k--)
    if (centre(live[k]!) - centre(live[k - 1]!) < spacing * 0.45) {
      live[k - 1]!.push(...live[k]!)
      live.splice(k, 1)
    }
  const lines: InkLine[] = []
  for (const group of live) {
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
