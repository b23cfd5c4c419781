// Rasterises pen strokes into a grayscale image without a canvas: thick,
// round-capped, anti-aliased polylines, black on white. Pure, so the same
// pixels reach tesseract in Node (tests, benchmark) and in the browser.
import type { GrayImage } from './png.ts'

/** A polyline in pixel coordinates. */
export type Polyline = readonly (readonly [number, number])[]

/** Draws `lines` with pen radius `radius` (px) into a new white image of the given size. */
export function rasterise(lines: readonly Polyline[], width: number, height: number, radius: number): GrayImage {
  const w = Math.max(1, Math.ceil(width))
  const h = Math.max(1, Math.ceil(height))
  // Coverage 0..1 per pixel; max over segments keeps joins from darkening twice.
  const cover = new Float32Array(w * h)
  const r = Math.max(0.5, radius)
  const reach2 = (r + 0.5) * (r + 0.5)
  const seg = (ax: number, ay: number, bx: number, by: number) => {
    const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - r - 1))
    const x1 = Math.min(w - 1, Math.ceil(Math.max(ax, bx) + r + 1))
    const y0 = Math.max(0, Math.floor(Math.min(ay, by) - r - 1))
    const y1 = Math.min(h - 1, Math.ceil(Math.max(ay, by) + r + 1))
    const dx = bx - ax
    const dy = by - ay
    const len2 = dx * dx + dy * dy
    for (let y = y0; y <= y1; y++) {
      const py = y + 0.5
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5
        let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0
        t = t < 0 ? 0 : t > 1 ? 1 : t
        const ex = ax + t * dx - px
        const ey = ay + t * dy - py
        const d2 = ex * ex + ey * ey
        if (d2 >= reach2) continue
        const c = r + 0.5 - Math.sqrt(d2)
        if (c <= 0) continue
        const v = c >= 1 ? 1 : c
        const i = y * w + x
        if (v > cover[i]!) cover[i] = v
      }
    }
  }
  for (const line of lines) {
    if (line.length === 1) seg(line[0]![0], line[0]![1], line[0]![0], line[0]![1])
    for (let i = 1; i < line.length; i++) seg(line[i - 1]![0], line[i - 1]![1], line[i]![0], line[i]![1])
  }
  const data = new Uint8Array(w * h)
  for (let i = 0; i < data.length; i++) data[i] = Math.round(255 * (1 - cover[i]!))
  return { width: w, height: h, data }
}
