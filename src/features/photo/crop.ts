// The crop as the candidate edits it by number: a rectangle in per cent of
// the photo (the corners may also be dragged into any quadrilateral).
import type { Quad } from '../../ocr/recogniser'

export interface CropRect {
  left: number
  top: number
  right: number
  bottom: number
}

/** The crop's bounding rectangle, per cent of the photo. */
export function cropToRect(q: Quad, width: number, height: number): CropRect {
  const xs = q.map((p) => p[0]),
    ys = q.map((p) => p[1])
  return {
    left: (Math.min(...xs) / width) * 100,
    top: (Math.min(...ys) / height) * 100,
    right: (Math.max(...xs) / width) * 100,
    bottom: (Math.max(...ys) / height) * 100,
  }
}

/** A rectangle (per cent) as corners in photo pixels; kept at least 2% wide and tall, inside the photo. */
export function rectToCrop(r: CropRect, width: number, height: number): Quad {
  const clamp = (v: number) => Math.max(0, Math.min(100, v))
  let left = clamp(r.left),
    right = clamp(r.right),
    top = clamp(r.top),
    bottom = clamp(r.bottom)
  if (right - left < 2) right = Math.min(100, left + 2)
  if (right - left < 2) left = right - 2
  if (bottom - top < 2) bottom = Math.min(100, top + 2)
  if (bottom - top < 2) top = bottom - 2
  const x0 = (left / 100) * width,
    x1 = (right / 100) * width,
    y0 = (top / 100) * height,
    y1 = (bottom / 100) * height
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ]
}
