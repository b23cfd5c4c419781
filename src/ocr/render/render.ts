// Renders ink for tesseract: one line at a time, straightened and scaled so its
// x-height is what the LSTM reads best, thick strokes, white margin; or the
// whole page as drawn (the stock baseline).
import type { InkStroke } from '../../core/ink/ink.ts'
import { strokesBounds } from '../../core/ink/ink.ts'
import type { InkLine } from '../lines/lines.ts'
import { encodeGrayPng, type GrayImage } from './png.ts'
import { rasterise, type Polyline } from './raster.ts'
import { lineGaps, normaliseGaps } from '../lines/gaps.ts'

export interface LineRenderOptions {
  /** x-height in the image, px (tesseract's LSTM reads 18-20 px best). */
  xHeight?: number
  /** Stroke width as a fraction of the x-height. */
  strokeWidth?: number
  /**
   * Optional horizontal remapping (ink x -> ink x) applied before scaling,
   * e.g. to normalise the gaps between words.
   */
  mapX?: (x: number) => number
  /** Bring word gaps within [min, max] x-heights (see gaps.ts) before rendering; true = [1.2, 2]. */
  evenGaps?: boolean | [number, number]
  /** Horizontal scale on top of the x-height scale (>1 widens cramped writing). */
  stretchX?: number
  /** Shear the line upright by its measured slant (default off: no gain measured on the real set). */
  deslant?: boolean
  /** A further shear, dx/dy (positive leans the writing right). */
  shear?: number
}

/**
 * Slant of a line's writing as dx/dy of its near-vertical pen movements
 * (length-weighted; positive leans right). Print-trained readers want it upright.
 */
export function measureSlant(strokes: readonly InkStroke[]): number {
  let num = 0,
    den = 0
  for (const s of strokes) {
    const pts = s.points
    for (let i = 1; i < pts.length; i++) {
      const dx = pts[i]![0] - pts[i - 1]![0]
      const dy = pts[i]![1] - pts[i - 1]![1]
      const len = Math.hypot(dx, dy)
      if (len < 1e-6 || Math.abs(dy) < len * 0.8) continue // within ~37 degrees of vertical
      // Upward movement to the right means a right lean: slope = -dx/dy.
      num += (-dx / dy) * len
      den += len
    }
  }
  return den ? Math.max(-0.7, Math.min(0.7, num / den)) : 0
}

export interface RenderedLine {
  image: GrayImage
  png: Uint8Array
  /** Image x (px) -> ink x, for mapping symbol boxes back onto strokes. */
  toInkX: (px: number) => number
  scale: number
}

export const DEFAULT_XHEIGHT = 19
export const DEFAULT_STROKE = 0.25

export function renderLine(strokes: readonly InkStroke[], line: InkLine, opts: LineRenderOptions = {}): RenderedLine {
  const xh = opts.xHeight ?? DEFAULT_XHEIGHT
  const scale = xh / Math.max(1, line.xHeight)
  const margin = Math.round(xh * 1.2)
  const mapX =
    opts.mapX ??
    (opts.evenGaps
      ? normaliseGaps(lineGaps(strokes, line.strokeIds, line.xHeight), line.xHeight, ...(opts.evenGaps === true ? [1.2, 2] : opts.evenGaps))
      : (x: number) => x)
  const slant = (!opts.deslant ? 0 : measureSlant(line.strokeIds.map((id) => strokes[id]!))) - (opts.shear ?? 0)
  const polys: Polyline[] = []
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity
  for (const id of line.strokeIds) {
    const pts = strokes[id]!.points.map((p) => {
      // Straighten: measure y from the line's (sloped) midline, then shear upright about it.
      const y = p[1] - (line.midA + line.midB * p[0])
      const x = mapX(p[0]) + slant * y
      return [x, y] as const
    })
    for (const [x, y] of pts) {
      if (x < minX) minX = x
      if (x > maxX) maxX = x
      if (y < minY) minY = y
      if (y > maxY) maxY = y
    }
    polys.push(pts)
  }
  // Clip far outliers vertically (stray strokes) to keep the image a line.
  minY = Math.max(minY, -3 * line.xHeight)
  maxY = Math.min(maxY, 3 * line.xHeight)
  const ox = minX,
    oy = minY
  const sx = scale * (opts.stretchX ?? 1)
  const px = polys.map((pl) => pl.map(([x, y]) => [(x - ox) * sx + margin, (y - oy) * scale + margin] as const))
  const width = (maxX - minX) * sx + 2 * margin
  const height = (maxY - minY) * scale + 2 * margin
  const image = rasterise(px, width, height, (xh * (opts.strokeWidth ?? DEFAULT_STROKE)) / 2)
  return { image, png: encodeGrayPng(image), toInkX: (p) => (p - margin) / sx + ox, scale }
}

/** The page as drawn (scale 1, 3 px pen): what stock tesseract gets from a screenshot. */
export function renderPage(strokes: readonly InkStroke[], scale = 1, penWidth = 3): Uint8Array {
  const b = strokesBounds(strokes) ?? { minX: 0, minY: 0, maxX: 1, maxY: 1 }
  const margin = 20
  const polys = strokes.map((s) =>
    s.points.map((p) => [(p[0] - b.minX) * scale + margin, (p[1] - b.minY) * scale + margin] as const),
  )
  const img = rasterise(polys, (b.maxX - b.minX) * scale + 2 * margin, (b.maxY - b.minY) * scale + 2 * margin, penWidth / 2)
  return encodeGrayPng(img)
}
