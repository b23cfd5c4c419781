// The board's paper and how the view follows the writing: pure geometry in
// page units (CSS px at zoom 1, the units of ink/v1), no DOM. The canvas draws
// the paper as a background that is never ink: nothing here makes strokes.
import type { Paper } from '../preferences/preferences'

/** Page-space camera as tldraw keeps it: screen = (page + camera) * z. */
export interface Camera {
  x: number
  y: number
  z: number
}

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/** Ruled lines and the grid sit at a handwriting line's height; the margin leaves room for a line number. */
export const PAPER_GEOMETRY = {
  /** Distance between ruled lines (a written line of code at zoom 1 is ~30-40 px tall). */
  ruledGap: 44,
  /** Grid squares and dot spacing. */
  gridGap: 32,
  /** The ruled margin line, from the page's left edge (x = 0). */
  marginX: 56,
} as const

export type PaperMark = 'none' | 'lines' | 'grid' | 'dots'

export interface PaperPattern {
  mark: PaperMark
  /** Screen px between marks (the pattern's period). */
  period: number
  /** Screen offset of the first mark at or after the viewport's left / top edge, in [0, period). */
  offsetX: number
  offsetY: number
  /** Screen x of the margin line, or null (none on this paper, or off screen to the left). */
  marginX: number | null
}

const MARK: Record<Paper, PaperMark> = { blank: 'none', whiteboard: 'none', ruled: 'lines', grid: 'grid', dot: 'dots' }

const mod = (a: number, n: number) => ((a % n) + n) % n

/** Where the paper's marks fall on screen for a camera: they move and scale with the page, as ink does. */
export function paperPattern(paper: Paper, camera: Camera): PaperPattern {
  const mark = MARK[paper]
  const gap = paper === 'ruled' ? PAPER_GEOMETRY.ruledGap : PAPER_GEOMETRY.gridGap
  const period = gap * camera.z
  const margin = paper === 'ruled' ? (PAPER_GEOMETRY.marginX + camera.x) * camera.z : null
  return {
    mark,
    period,
    offsetX: mod(camera.x * camera.z, period),
    offsetY: mod(camera.y * camera.z, period),
    marginX: margin !== null && margin >= 0 ? margin : null,
  }
}

/** The part of the page a viewport of `w` x `h` screen px shows. */
export function viewportPage(camera: Camera, w: number, h: number): Rect {
  return { x: -camera.x, y: -camera.y, w: w / camera.z, h: h / camera.z }
}

/**
 * How long the pen rests before the view moves on (followWriting): a pause
 * between lines, longer than the lift between two letters of a word.
 */
export const FOLLOW_PAUSE_MS = 600

/**
 * The space to write grows downwards: once the last stroke ends in the lowest
 * `band` of the view, the view moves down (by whole ruled lines) so that
 * stroke sits at `settle` of the height, leaving room for the next lines.
 * Returns the page-unit distance to move the view down (0: stay).
 */
export function followWriting(view: Rect, lastStrokeBottom: number, band = 0.2, settle = 0.55): number {
  if (!(view.h > 0) || lastStrokeBottom < view.y + view.h * (1 - band)) return 0
  const want = lastStrokeBottom - (view.y + view.h * settle)
  return Math.ceil(want / PAPER_GEOMETRY.ruledGap) * PAPER_GEOMETRY.ruledGap
}

/**
 * The least move (page units, dx/dy added to the view's origin) that shows
 * `target` inside `view` with `pad` around it; when the target is taller than
 * the view, its bottom (the last lines written) wins; likewise its left edge
 * when wider.
 */
export function revealRect(view: Rect, target: Rect, pad = 16): { dx: number; dy: number } {
  const axis = (v0: number, vLen: number, t0: number, tLen: number, keepEnd: boolean) => {
    const lo = t0 - pad
    const hi = t0 + tLen + pad
    if (hi - lo > vLen) return keepEnd ? hi - vLen - v0 : lo - v0
    if (lo < v0) return lo - v0
    if (hi > v0 + vLen) return hi - (v0 + vLen)
    return 0
  }
  return { dx: axis(view.x, view.w, target.x, target.w, false), dy: axis(view.y, view.h, target.y, target.h, true) }
}
