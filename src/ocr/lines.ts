// Text lines from stroke geometry and writing order (no pixels involved).
//
// 1. Follow the writing order: a new line starts when the pen jumps back left
//    and clearly up or down from the current line (or jumps far vertically).
//    Dots, commas and crossbars ("marks") never start a line.
// 2. Fit each line's midline (ink-density centre, linear in x) and x-height.
// 3. Move strokes that sit clearly inside another line's band (late i-dots,
//    t-bars, a word added later), then merge fragments that lie on another
//    line's midline, and order lines top to bottom.
import type { InkStroke } from '../core/ink/ink.ts'
import { median, pageUnit, sampleInk, strokeInfo, type StrokeInfo } from './geometry.ts'

export interface InkLine {
  /** Indexes into the page's strokes, in writing order. */
  strokeIds: number[]
  minX: number
  maxX: number
  minY: number
  maxY: number
  /** Midline of the x-height band: y = midA + midB * x. */
  midA: number
  midB: number
  /** Height of the x-height band (ink-density core), ink units. */
  xHeight: number
  /** x where the line's writing starts (first non-mark ink). */
  startX: number
}

/** Fraction of the peak row density that still counts as the x-height band. */
export let BAND_CUT = 0.5
export const setBandCut = (v: number) => {
  BAND_CUT = v
}

const isMark = (s: StrokeInfo, unit: number) => Math.max(s.w, s.h) < unit * 0.42

/** Midline and x-height of a set of strokes from the density of their ink. */
export function fitBand(strokes: readonly InkStroke[]): { midA: number; midB: number; xHeight: number } {
  const pts = sampleInk(strokes, 1)
  if (!pts.length) return { midA: 0, midB: 0, xHeight: 1 }
  let minX = Infinity,
    maxX = -Infinity
  for (const p of pts) {
    if (p[0] < minX) minX = p[0]
    if (p[0] > maxX) maxX = p[0]
  }
  // Slope from the median y of vertical slices, robustly (Theil-Sen on slice medians).
  const ys = pts.map((p) => p[1])
  const my = median(ys)
  const spread = median(ys.map((y) => Math.abs(y - my))) * 2 || 1
  const sliceW = Math.max(spread * 3, 1)
  const buckets: number[][] = Array.from({ length: Math.floor((maxX - minX) / sliceW) + 1 }, () => [])
  for (const p of pts) buckets[Math.floor((p[0] - minX) / sliceW)]!.push(p[1])
  const slices: [number, number][] = []
  buckets.forEach((b, i) => {
    if (b.length >= 5) slices.push([minX + (i + 0.5) * sliceW, median(b)])
  })
  let slope = 0
  if (slices.length >= 3) {
    const ss: number[] = []
    for (let i = 0; i < slices.length; i++)
      for (let j = i + 1; j < slices.length; j++) {
        const dx = slices[j]![0] - slices[i]![0]
        if (dx > 0) ss.push((slices[j]![1] - slices[i]![1]) / dx)
      }
    slope = Math.max(-0.2, Math.min(0.2, median(ss)))
  }
  // Straightened y; the x-height band is where the ink is dense: the run of
  // rows around the densest one holding at least 40% of its ink (horizontal
  // strokes at the top and bottom of the x-height make its edges dense too).
  const flat = pts.map((p) => p[1] - slope * p[0])
  let lo = Infinity,
    hi = -Infinity
  for (const y of flat) {
    if (y < lo) lo = y
    if (y > hi) hi = y
  }
  const bin = Math.max(0.5, (hi - lo) / 200)
  const hist = new Float64Array(Math.floor((hi - lo) / bin) + 1)
  for (const y of flat) hist[Math.floor((y - lo) / bin)]! += 1
  const sm = new Float64Array(hist.length)
  const win = Math.max(1, Math.round(1.5 / bin))
  for (let i = 0; i < hist.length; i++) {
    let n = 0
    for (let k = -win; k <= win; k++) n += hist[i + k] ?? 0
    sm[i] = n
  }
  let peak = 0
  for (let i = 1; i < sm.length; i++) if (sm[i]! > sm[peak]!) peak = i
  const cut = sm[peak]! * BAND_CUT
  let a = peak,
    b = peak
  while (a > 0 && sm[a - 1]! >= cut) a--
  while (b < sm.length - 1 && sm[b + 1]! >= cut) b++
  const best = (b - a + 1) * bin
  const mid = lo + ((a + b + 1) / 2) * bin
  return { midA: mid, midB: slope, xHeight: Math.max(1, best) }
}

function makeLine(ids: number[], strokes: readonly InkStroke[], infos: readonly StrokeInfo[], unit: number): InkLine {
  const sel = ids.map((i) => infos[i]!)
  const band = fitBand(ids.map((i) => strokes[i]!))
  const body = sel.filter((s) => !isMark(s, unit))
  return {
    strokeIds: [...ids].sort((a, b) => a - b),
    minX: Math.min(...sel.map((s) => s.minX)),
    maxX: Math.max(...sel.map((s) => s.maxX)),
    minY: Math.min(...sel.map((s) => s.minY)),
    maxY: Math.max(...sel.map((s) => s.maxY)),
    ...band,
    startX: Math.min(...(body.length ? body : sel).map((s) => s.minX)),
  }
}

export const midAt = (l: InkLine, x: number) => l.midA + l.midB * x

/** Groups a page's strokes into text lines, top to bottom. */
export function segmentLines(strokes: readonly InkStroke[]): InkLine[] {
  if (!strokes.length) return []
  const infos = strokes.map(strokeInfo)
  const unit = pageUnit(infos)

  // 1. Writing order.
  const groups: number[][] = []
  let cur: number[] = []
  let curYs: number[] = []
  let lastMaxX = -Infinity
  for (const s of infos) {
    if (cur.length && !isMark(s, unit)) {
      const cy = median(curYs)
      const dy = s.cy - cy
      const back = s.minX < lastMaxX - 1.5 * unit
      if ((back && Math.abs(dy) > 0.6 * unit) || Math.abs(dy) > 1.6 * unit) {
        groups.push(cur)
        cur = []
        curYs = []
        lastMaxX = -Infinity
      }
    }
    cur.push(s.index)
    if (!isMark(s, unit)) {
      curYs.push(s.cy)
      if (curYs.length > 12) curYs.shift()
      lastMaxX = Math.max(s.maxX, cur.length === 1 ? s.maxX : lastMaxX)
    } else if (!curYs.length) curYs.push(s.cy)
  }
  if (cur.length) groups.push(cur)

  let lines = groups.map((g) => makeLine(g, strokes, infos, unit))

  // 2-3. Reassign strokes that sit clearly in another line's band, then merge fragments.
  for (let pass = 0; pass < 2; pass++) {
    const owner = new Map<number, number>()
    lines.forEach((l, li) => l.strokeIds.forEach((id) => owner.set(id, li)))
    const moved: number[][] = lines.map(() => [])
    let changed = false
    for (const s of infos) {
      const own = owner.get(s.index)!
      const dist = (l: InkLine) => {
        const d = s.cy - midAt(l, s.cx)
        const xs = Math.max(0, l.minX - s.maxX, s.minX - l.maxX) // horizontal distance
        // Marks above the band (i-dots, accents) belong to the line below them.
        const dv = isMark(s, unit) && d < 0 ? -d * 0.6 : Math.abs(d)
        return dv + xs * 0.5
      }
      const dOwn = dist(lines[own]!)
      let best = own,
        dBest = dOwn
      lines.forEach((l, li) => {
        if (li === own) return
        const d = dist(l)
        if (d < dBest) {
          dBest = d
          best = li
        }
      })
      if (best !== own && dBest < dOwn * 0.5 && dOwn > 0.5 * lines[own]!.xHeight) {
        moved[best]!.push(s.index)
        changed = true
      } else moved[own]!.push(s.index)
    }
    let groups2 = moved.filter((g) => g.length)
    let next = groups2.map((g) => makeLine(g, strokes, infos, unit))
    // Merge a line into another when its centre lies on that line's midline.
    let merged = true
    while (merged) {
      merged = false
      outer: for (let i = 0; i < next.length; i++) {
        const a = next[i]!
        for (let j = 0; j < next.length; j++) {
          if (i === j) continue
          const b = next[j]!
          if (a.strokeIds.length > b.strokeIds.length) continue
          // Same band (vertical extents overlap mostly) and side by side, not one under the other.
          const vOverlap = Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY)
          const hOverlap = Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX)
          const aH = Math.max(1, a.maxY - a.minY)
          const acx = (a.minX + a.maxX) / 2
          const onMid = Math.abs((a.minY + a.maxY) / 2 - midAt(b, acx)) < 0.6 * Math.max(b.xHeight, unit * 0.6)
          if ((vOverlap > 0.6 * Math.min(aH, b.maxY - b.minY) || onMid) && hOverlap < 0.3 * Math.max(1, a.maxX - a.minX)) {
            groups2 = groups2.filter((_, k) => k !== i && k !== j)
            const g = [...a.strokeIds, ...b.strokeIds]
            groups2.push(g)
            next = groups2.map((gg) => makeLine(gg, strokes, infos, unit))
            merged = true
            changed = true
            break outer
          }
        }
      }
    }
    lines = next
    if (!changed) break
  }
  const centre = (l: InkLine) => midAt(l, (l.minX + l.maxX) / 2)
  return lines.sort((a, b) => centre(a) - centre(b))
}
