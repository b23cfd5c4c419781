// A line of a photographed page as the engines read it: cut from the page's
// own pixels (only the ink pieces of that line, so a neighbour's descender
// stays out), straightened along the line's midline, scaled to the x-height
// asked for, ink stretched to black on white. The rendering options of
// render/render.ts that make sense for pixels apply the same way: x-height,
// word gaps evened out, deslant and shear, horizontal stretch (a photo's pen
// width is what it is, so strokeWidth is ignored).
import type { InkStroke } from '../../core/ink/ink.ts'
import type { InkLine } from '../lines/lines.ts'
import { lineGaps, normaliseGaps } from '../lines/gaps.ts'
import { DEFAULT_XHEIGHT, measureSlant, type LineRenderOptions } from '../render/render.ts'
import { encodeGrayPng, type GrayImage } from '../render/png.ts'

/** The flattened page the lines were found on, in the shape the worker keeps it. */
export interface PhotoPage {
  width: number
  height: number
  /** Brightness relative to the paper (binarise.ts evenLight). */
  light: Float32Array
  /** Ink piece of each pixel (-1: paper). */
  label: Int32Array
  /** The tilt taken out of the strokes, degrees, about the page's centre. */
  skew: number
  /** Ink piece of each stroke. */
  strokePiece: readonly number[]
  strokes: readonly InkStroke[]
}

/** An increasing map's inverse on [lo, hi], by bisection. */
function inverse(f: (x: number) => number, lo: number, hi: number): (y: number) => number {
  return (y) => {
    let a = lo - 1000,
      b = hi + 1000
    for (let i = 0; i < 40; i++) {
      const m = (a + b) / 2
      if (f(m) < y) a = m
      else b = m
    }
    return (a + b) / 2
  }
}

export function renderPhotoLine(page: PhotoPage, line: InkLine, opts: LineRenderOptions = {}): GrayImage {
  const xh = opts.xHeight ?? DEFAULT_XHEIGHT
  const scale = xh / Math.max(1, line.xHeight)
  const margin = Math.round(xh * 1.2)
  const pieces = new Set(line.strokeIds.map((id) => page.strokePiece[id]!))
  const lineStrokes = line.strokeIds.map((id) => page.strokes[id]!)
  const mapX = opts.evenGaps
    ? normaliseGaps(lineGaps(page.strokes, line.strokeIds, line.xHeight), line.xHeight, ...(opts.evenGaps === true ? [1.2, 2] : opts.evenGaps))
    : (x: number) => x
  const unmapX = opts.evenGaps ? inverse(mapX, line.minX, line.maxX) : mapX
  const slant = (opts.deslant ? measureSlant(lineStrokes) : 0) - (opts.shear ?? 0)
  const yTop = Math.max(line.minY - (line.midA + line.midB * line.minX), -3 * line.xHeight) - line.xHeight * 0.3
  const yBottom = Math.min(line.maxY - (line.midA + line.midB * line.minX), 3 * line.xHeight) + line.xHeight * 0.3
  const x0 = mapX(line.minX) - 3 * line.xHeight * Math.abs(slant),
    x1 = mapX(line.maxX) + 3 * line.xHeight * Math.abs(slant)
  const sx = scale * (opts.stretchX ?? 1)
  const w = Math.max(1, Math.ceil((x1 - x0) * sx + 2 * margin)),
    h = Math.max(1, Math.ceil((yBottom - yTop) * scale + 2 * margin))
  const t = (page.skew * Math.PI) / 180
  const sin = Math.sin(t),
    cos = Math.cos(t)
  const cx = page.width / 2,
    cy = page.height / 2
  // Brightness of this line's ink at a page pixel (paper elsewhere).
  const at = (px: number, py: number) => {
    if (px < 0 || py < 0 || px >= page.width || py >= page.height) return 1
    const i = py * page.width + px
    return pieces.has(page.label[i]!) ? page.light[i]! : 1
  }
  const values = new Float32Array(w * h)
  const inkValues: number[] = []
  for (let v = 0; v < h; v++) {
    const yRel = (v + 0.5 - margin) / scale + yTop
    for (let u = 0; u < w; u++) {
      // Output pixel -> straightened ink x (undoing shear and gap evening) -> straightened page -> flat page.
      const xs = (u + 0.5 - margin) / sx + x0 - slant * yRel
      const xr = unmapX(xs)
      const yr = line.midA + line.midB * xr + yRel
      const fx = cx + (xr - cx) * cos - (yr - cy) * sin - 0.5,
        fy = cy + (xr - cx) * sin + (yr - cy) * cos - 0.5
      const ix = Math.floor(fx),
        iy = Math.floor(fy)
      const ax = fx - ix,
        ay = fy - iy
      const val = (at(ix, iy) * (1 - ax) + at(ix + 1, iy) * ax) * (1 - ay) + (at(ix, iy + 1) * (1 - ax) + at(ix + 1, iy + 1) * ax) * ay
      values[v * w + u] = val
      if (val < 0.9) inkValues.push(val)
    }
  }
  // The ink's core goes to black: faint pencil and dark pen read alike.
  inkValues.sort((a, b) => a - b)
  const lo = inkValues.length ? Math.min(0.6, inkValues[Math.floor(inkValues.length * 0.1)]!) : 0
  const data = new Uint8Array(w * h)
  for (let i = 0; i < data.length; i++) data[i] = Math.round(255 * Math.min(1, Math.max(0, (values[i]! - lo) / (1 - lo))))
  return { width: w, height: h, data }
}

export const renderPhotoLinePng = (page: PhotoPage, line: InkLine, opts?: LineRenderOptions): Uint8Array => encodeGrayPng(renderPhotoLine(page, line, opts))
