// What can be wrong with a photo of a page, from figures the analysis
// measures: too dark, blurred, turned on its side (or tilted past what is
// straightened), no writing. Each problem is one line for the candidate,
// saying what is wrong and what to do. Thresholds measured on the
// photographed-like pages of `npm run bench:photo` (see src/ocr/README.md).
import type { GrayImage } from './image.ts'

export type PhotoIssueKind = 'dark' | 'blurred' | 'rotated' | 'blank'

export interface PhotoIssue {
  kind: PhotoIssueKind
  message: string
}

export interface PhotoFigures {
  /** Brightness of the paper (the page's 90th percentile, 0..255). */
  paper: number
  /** Share of the page's pixels that are ink. */
  inkShare: number
  /** Lines of writing found. */
  lines: number
  /** Edge sharpness of the ink (see edgeSharpness): about 0.5 for a crisp page, under 0.2 blurred. */
  sharpness: number
  /** The writing runs top to bottom. */
  sideways: boolean
  /** Tilt found, degrees, and the most the analysis searches. */
  skew: number
  maxSkew: number
}

/** Paper darker than this (0..255) is too dark to read. */
export const DARK_PAPER = 70
/** Ink edges softer than this are too blurred (measured: see bench:photo). */
export const BLURRED = 0.16
/** Less ink than this share of the page is no writing (a blank page's grain stays under 0.0005). */
export const BLANK_INK = 0.001

export function photoIssues(f: PhotoFigures): PhotoIssue[] {
  const out: PhotoIssue[] = []
  if (f.paper < DARK_PAPER) out.push({ kind: 'dark', message: 'The photo is too dark: take it again in more light, or crop to the page.' })
  if (f.inkShare < BLANK_INK || (f.lines === 0 && !f.sideways)) {
    out.push({ kind: 'blank', message: 'No writing found in the photo: is the page in the picture? Crop to the writing and try again.' })
    return out
  }
  if (f.sideways) out.push({ kind: 'rotated', message: 'The page is on its side: turn the photo so the lines run left to right.' })
  else if (Math.abs(f.skew) >= f.maxSkew - 0.5)
    out.push({ kind: 'rotated', message: `The page is tilted more than ${f.maxSkew}°: take it again straighter, or crop to the writing.` })
  if (f.sharpness < BLURRED) out.push({ kind: 'blurred', message: 'The photo is blurred: hold still and let the camera focus, then take it again.' })
  return out
}

/**
 * How sharp the ink's edges are, independent of the ink's darkness: the
 * median gradient (per pixel, of the evened-out brightness) on the ink's
 * border pixels over the ink's contrast with the paper. A crisp edge goes
 * from ink to paper in a pixel or two (about 0.5); a blurred one over many.
 */
export function edgeSharpness(light: Float32Array, ink: Uint8Array, width: number, height: number): number {
  const grads: number[] = []
  let dark = 0,
    n = 0
  for (let y = 1; y < height - 1; y++)
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x
      if (!ink[i]) continue
      dark += light[i]!
      n++
      if (ink[i - 1] && ink[i + 1] && ink[i - width] && ink[i + width]) continue
      const gx = (light[i + 1]! - light[i - 1]!) / 2,
        gy = (light[i + width]! - light[i - width]!) / 2
      grads.push(Math.hypot(gx, gy))
    }
  if (!n || !grads.length) return 1
  // The ink's own darkest (its core), against paper at 1.
  const contrast = Math.max(0.05, 1 - dark / n)
  grads.sort((a, b) => a - b)
  return grads[grads.length >> 1]! / contrast
}

/** Brightness of the paper: the image's 90th percentile. */
export function paperBrightness(img: GrayImage): number {
  const hist = new Uint32Array(256)
  for (const v of img.data) hist[v]!++
  let seen = 0
  for (let i = 0; i < 256; i++) {
    seen += hist[i]!
    if (seen >= img.data.length * 0.9) return i
  }
  return 255
}
