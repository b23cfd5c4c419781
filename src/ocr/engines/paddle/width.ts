// The recogniser's input: a line image 48 px high, as wide as the line has
// characters times a fixed width per character. At the line's natural width
// the model dropped most characters of some legible lines ("toReturn = None"
// read as "o"); scaled to about 14 px a character it reads them. The number of
// characters is not known before reading: the caller passes an estimate
// (the median length of tesseract's quick readings of the line).
import type { GrayImage } from '../../render/png.ts'

export const PP_HEIGHT = 48

/** Width in px of the model's input for a line of `chars` characters at `pxPerChar`, with `pad` px of white each side. */
export function targetWidth(chars: number, pxPerChar = 14, pad = 8): number {
  return Math.max(PP_HEIGHT, Math.round(Math.max(1, chars) * pxPerChar) + 2 * pad)
}

/** The box of ink (pixels darker than mid-grey), or null for a blank image. */
export function inkBox(img: GrayImage, threshold = 200): { x0: number; y0: number; x1: number; y1: number } | null {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -1,
    y1 = -1
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++)
      if (img.data[y * img.width + x]! < threshold) {
        if (x < x0) x0 = x
        if (x > x1) x1 = x
        if (y < y0) y0 = y
        if (y > y1) y1 = y
      }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 }
}

/**
 * The ink of `img` cropped, then resampled (bilinear) into PP_HEIGHT x `width`
 * with `pad` px of white left and right and a tenth of the height above and
 * below, as the model's normalised input: 3 equal channels, (v/255 - 0.5)/0.5.
 */
export function toModelInput(img: GrayImage, width: number, pad = 8): Float32Array {
  const H = PP_HEIGHT
  const out = new Float32Array(3 * H * width).fill(1) // white
  const box = inkBox(img)
  if (box) {
    const vPad = Math.round(H * 0.1)
    const innerW = Math.max(1, width - 2 * pad),
      innerH = H - 2 * vPad
    const bw = box.x1 - box.x0,
      bh = box.y1 - box.y0
    for (let y = 0; y < innerH; y++) {
      const sy = box.y0 + ((y + 0.5) * bh) / innerH - 0.5
      const yA = Math.max(0, Math.floor(sy)),
        yB = Math.min(img.height - 1, yA + 1),
        fy = Math.min(1, Math.max(0, sy - yA))
      for (let x = 0; x < innerW; x++) {
        const sx = box.x0 + ((x + 0.5) * bw) / innerW - 0.5
        const xA = Math.max(0, Math.floor(sx)),
          xB = Math.min(img.width - 1, xA + 1),
          fx = Math.min(1, Math.max(0, sx - xA))
        const d = img.data
        const v =
          (d[yA * img.width + xA]! * (1 - fx) + d[yA * img.width + xB]! * fx) * (1 - fy) +
          (d[yB * img.width + xA]! * (1 - fx) + d[yB * img.width + xB]! * fx) * fy
        out[(y + vPad) * width + x + pad] = v / 127.5 - 1
      }
    }
  }
  out.copyWithin(H * width, 0, H * width)
  out.copyWithin(2 * H * width, 0, H * width)
  return out
}
