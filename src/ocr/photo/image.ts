// Pixel helpers for photos of paper: grey from RGBA, area downscaling, box
// blur through an integral image, bilinear sampling, Otsu's threshold. Pure
// (no canvas), so the photo path runs the same in Node and in the worker.
import type { GrayImage } from '../render/png.ts'

export type { GrayImage }

/** A point in image pixels. */
export type Pt = readonly [number, number]

/** Grey (Rec. 601 luma) from RGBA bytes. */
export function rgbaToGray(rgba: ArrayLike<number>, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height)
  for (let i = 0, j = 0; i < data.length; i++, j += 4) data[i] = (rgba[j]! * 299 + rgba[j + 1]! * 587 + rgba[j + 2]! * 114 + 500) / 1000
  return { width, height, data }
}

/** The image shrunk by area averaging so its longer side is at most `maxSide` (unchanged when already small). */
export function downscale(img: GrayImage, maxSide: number): { image: GrayImage; scale: number } {
  const f = Math.max(img.width, img.height) / maxSide
  if (f <= 1) return { image: img, scale: 1 }
  const w = Math.max(1, Math.round(img.width / f)),
    h = Math.max(1, Math.round(img.height / f))
  const sum = new Float64Array(w * h),
    n = new Float64Array(w * h)
  for (let y = 0; y < img.height; y++) {
    const ty = Math.min(h - 1, Math.floor((y * h) / img.height))
    for (let x = 0; x < img.width; x++) {
      const t = ty * w + Math.min(w - 1, Math.floor((x * w) / img.width))
      sum[t]! += img.data[y * img.width + x]!
      n[t]! += 1
    }
  }
  const data = new Uint8Array(w * h)
  for (let i = 0; i < data.length; i++) data[i] = n[i] ? Math.round(sum[i]! / n[i]!) : 255
  return { image: { width: w, height: h, data }, scale: w / img.width }
}

/** Mean of each pixel's (2r+1)^2 neighbourhood (clipped at the borders), from an integral image. */
export function boxMean(values: ArrayLike<number>, width: number, height: number, r: number): Float32Array {
  const W = width + 1
  const integral = new Float64Array(W * (height + 1))
  for (let y = 0; y < height; y++) {
    let row = 0
    for (let x = 0; x < width; x++) {
      row += values[y * width + x]!
      integral[(y + 1) * W + x + 1] = integral[y * W + x + 1]! + row
    }
  }
  const out = new Float32Array(width * height)
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - r),
      y1 = Math.min(height, y + r + 1)
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - r),
        x1 = Math.min(width, x + r + 1)
      const s = integral[y1 * W + x1]! - integral[y0 * W + x1]! - integral[y1 * W + x0]! + integral[y0 * W + x0]!
      out[y * width + x] = s / ((y1 - y0) * (x1 - x0))
    }
  }
  return out
}

/** Greatest value in each pixel's (2r+1)^2 neighbourhood (separable: rows, then columns). */
export function maxFilter(values: ArrayLike<number>, width: number, height: number, r: number): Float32Array {
  const tmp = new Float32Array(width * height)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let m = -Infinity
      for (let k = Math.max(0, x - r); k <= Math.min(width - 1, x + r); k++) m = Math.max(m, values[y * width + k]!)
      tmp[y * width + x] = m
    }
  const out = new Float32Array(width * height)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let m = -Infinity
      for (let k = Math.max(0, y - r); k <= Math.min(height - 1, y + r); k++) m = Math.max(m, tmp[k * width + x]!)
      out[y * width + x] = m
    }
  return out
}

/** Bilinear sample of `img` at (x, y); outside the image, the nearest edge pixel. */
export function sample(img: GrayImage, x: number, y: number): number {
  const cx = Math.min(img.width - 1, Math.max(0, x - 0.5)),
    cy = Math.min(img.height - 1, Math.max(0, y - 0.5))
  const x0 = Math.floor(cx),
    y0 = Math.floor(cy)
  const x1 = Math.min(img.width - 1, x0 + 1),
    y1 = Math.min(img.height - 1, y0 + 1)
  const fx = cx - x0,
    fy = cy - y0
  const d = img.data,
    w = img.width
  return (d[y0 * w + x0]! * (1 - fx) + d[y0 * w + x1]! * fx) * (1 - fy) + (d[y1 * w + x0]! * (1 - fx) + d[y1 * w + x1]! * fx) * fy
}

/** Otsu's threshold of 8-bit values: the level that best splits them in two groups. */
export function otsu(values: ArrayLike<number>): number {
  const hist = new Float64Array(256)
  for (let i = 0; i < values.length; i++) hist[Math.max(0, Math.min(255, Math.round(values[i]!)))]!++
  const total = values.length
  let sumAll = 0
  for (let i = 0; i < 256; i++) sumAll += i * hist[i]!
  let wB = 0,
    sumB = 0,
    best = 0,
    at = 128
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!
    if (!wB) continue
    const wF = total - wB
    if (!wF) break
    sumB += t * hist[t]!
    const between = wB * wF * (sumB / wB - (sumAll - sumB) / wF) ** 2
    if (between > best) {
      best = between
      at = t
    }
  }
  return at
}

/** The p-th quantile (0..1) of 8-bit values. */
export function quantile8(values: ArrayLike<number>, p: number): number {
  const hist = new Uint32Array(256)
  for (let i = 0; i < values.length; i++) hist[Math.max(0, Math.min(255, Math.round(values[i]!)))]!++
  const want = p * values.length
  let seen = 0
  for (let i = 0; i < 256; i++) {
    seen += hist[i]!
    if (seen >= want) return i
  }
  return 255
}
