// Ink from a flat page photo: light evened out (each pixel over the paper's
// local brightness, estimated by a max filter wider than a pen stroke and a
// wide box mean), then a threshold between paper and ink; specks and the
// sheet's border dropped.
import { boxMean, maxFilter, otsu, type GrayImage } from './image.ts'

/** Brightness relative to the paper around it, 0 (black) .. 1 (paper); uneven lighting and shadows mostly cancel. */
export function evenLight(img: GrayImage): Float32Array {
  const { width: w, height: h, data } = img
  const side = Math.min(w, h)
  const paper = boxMean(maxFilter(data, w, h, Math.max(3, Math.round(side / 150))), w, h, Math.max(4, Math.round(side / 40)))
  const out = new Float32Array(w * h)
  for (let i = 0; i < out.length; i++) out[i] = Math.min(1, data[i]! / Math.max(8, paper[i]!))
  return out
}

export interface InkMask {
  width: number
  height: number
  /** 1 = ink. */
  ink: Uint8Array
  /** The relative brightness under which a pixel is ink. */
  threshold: number
}

/** Relative-brightness threshold between paper and ink: Otsu's, kept within [0.55, 0.85] (a page of mostly paper can pull it anywhere). */
export function inkThreshold(light: Float32Array): number {
  const bytes = new Uint8Array(light.length)
  for (let i = 0; i < light.length; i++) bytes[i] = Math.round(light[i]! * 255)
  return Math.min(0.85, Math.max(0.55, otsu(bytes) / 255))
}

/** The ink mask of an evened-out page; `border` px at each edge are never ink (the sheet's edge). */
export function inkMask(light: Float32Array, width: number, height: number, border = Math.round(Math.min(width, height) * 0.01)): InkMask {
  const threshold = inkThreshold(light)
  const ink = new Uint8Array(width * height)
  for (let y = border; y < height - border; y++)
    for (let x = border; x < width - border; x++) if (light[y * width + x]! < threshold) ink[y * width + x] = 1
  return { width, height, ink, threshold }
}

/** 8-connected components of a mask: a label per pixel (-1 off) and each component's pixel count. */
export function components(mask: Uint8Array, width: number, height: number): { label: Int32Array; sizes: number[] } {
  const label = new Int32Array(width * height).fill(-1)
  const sizes: number[] = []
  const stack: number[] = []
  for (let s = 0; s < mask.length; s++) {
    if (!mask[s] || label[s] !== -1) continue
    const id = sizes.length
    let n = 0
    label[s] = id
    stack.push(s)
    while (stack.length) {
      const p = stack.pop()!
      n++
      const x = p % width,
        y = (p - x) / width
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx,
            ny = y + dy
          if ((dx || dy) && nx >= 0 && ny >= 0 && nx < width && ny < height) {
            const q = ny * width + nx
            if (mask[q] && label[q] === -1) {
              label[q] = id
              stack.push(q)
            }
          }
        }
    }
    sizes.push(n)
  }
  return { label, sizes }
}

/** Drops components of fewer than `minPixels` pixels (sensor noise, paper grain) from the mask, in place. */
export function dropSpecks(mask: InkMask, minPixels: number): void {
  const { label, sizes } = components(mask.ink, mask.width, mask.height)
  for (let i = 0; i < mask.ink.length; i++) if (mask.ink[i] && sizes[label[i]!]! < minPixels) mask.ink[i] = 0
}

/** Drops pieces of ink spanning more than `share` of the page's width or height, in place: a sheet's or a table's edge, not writing. */
export function dropEdges(mask: InkMask, share = 0.7): void {
  const { width: w, height: h, ink } = mask
  const { label, sizes } = components(ink, w, h)
  const box = sizes.map(() => [Infinity, Infinity, -Infinity, -Infinity])
  for (let i = 0; i < ink.length; i++) {
    const k = label[i]!
    if (k < 0) continue
    const x = i % w,
      y = (i - x) / w
    const b = box[k]!
    b[0] = Math.min(b[0]!, x)
    b[1] = Math.min(b[1]!, y)
    b[2] = Math.max(b[2]!, x)
    b[3] = Math.max(b[3]!, y)
  }
  const edge = box.map((b) => b[2]! - b[0]! > share * w || b[3]! - b[1]! > share * h)
  for (let i = 0; i < ink.length; i++) if (ink[i] && edge[label[i]!]) ink[i] = 0
}
