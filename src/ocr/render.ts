// Renders ink for tesseract: one line at a time, straightened and scaled so its
// x-height is what the LSTM reads best, thick strokes, white margin; or the
// whole page as drawn (the stock baseline).
import type { InkStroke } from '../core/ink/ink.ts'
import { strokesBounds } from '../core/ink/ink.ts'
import type { InkLine } from './lines.ts'
import { encodeGrayPng, type GrayImage } from './png.ts'
import { rasterise, type Polyline } from './raster.ts'

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
  const mapX = opts.mapX ?? ((x: number) => x)
  const polys: Polyline[] = []
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity
  for (const id of line.strokeIds) {
    const pts = strokes[id]!.points.map((p) => {
      const x = mapX(p[0])
      // Straighten: measure y from the line's (sloped) midline.
      const y = p[1] - (line.midA + line.midB * p[0])
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
  const px = polys.map((pl) => pl.map(([x, y]) => [(x - ox) * scale + margin, (y - oy) * scale + margin] as const))
  const width = (maxX - minX) * scale + 2 * margin
  const height = (maxY - minY) * scale + 2 * margin
  const image = rasterise(px, width, height, (xh * (opts.strokeWidth ?? DEFAULT_STROKE)) / 2)
  return { image, png: encodeGrayPng(image), toInkX: (p) => (p - margin) / scale + ox, scale }
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
