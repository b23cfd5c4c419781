// The sheet of paper in a photo, and the photo straightened onto it: the page
// is the largest bright region (Otsu on a small copy), its corners the
// region's extreme points along the diagonals; a homography maps the
// rectangle back onto that quadrilateral, so the page comes out flat
// (perspective and rotation both undone).
import { downscale, otsu, sample, type GrayImage, type Pt } from './image.ts'

/** Corners of the page in photo pixels: top-left, top-right, bottom-right, bottom-left. */
export type Quad = readonly [Pt, Pt, Pt, Pt]

export const wholeImage = (width: number, height: number): Quad => [
  [0, 0],
  [width, 0],
  [width, height],
  [0, height],
]

export function quadArea(q: Quad): number {
  let a = 0
  for (let i = 0; i < 4; i++) a += q[i]![0] * q[(i + 1) % 4]![1] - q[(i + 1) % 4]![0] * q[i]![1]
  return Math.abs(a) / 2
}

/**
 * The page's corners, or null when no sheet stands out from its background
 * (the paper fills the photo, or nothing bright enough is there): then the
 * whole photo is the page.
 */
export function findPage(img: GrayImage): Quad | null {
  const { image: small, scale } = downscale(img, 256)
  const { width: w, height: h, data } = small
  const t = otsu(data)
  // The bright side must be clearly brighter: a flat photo has no sheet in it.
  let lo = 0,
    nLo = 0,
    hi = 0,
    nHi = 0
  for (const v of data)
    if (v > t) {
      hi += v
      nHi++
    } else {
      lo += v
      nLo++
    }
  if (!nLo || !nHi || hi / nHi - lo / nLo < 40) return null
  // Largest 4-connected bright region.
  const label = new Int32Array(w * h).fill(-1)
  let best = -1,
    bestSize = 0
  const stack: number[] = []
  for (let s = 0; s < w * h; s++) {
    if (label[s] !== -1 || data[s]! <= t) continue
    let size = 0
    label[s] = s
    stack.push(s)
    while (stack.length) {
      const p = stack.pop()!
      size++
      const x = p % w,
        y = (p - x) / w
      for (const q of [x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1])
        if (q >= 0 && label[q] === -1 && data[q]! > t) {
          label[q] = s
          stack.push(q)
        }
    }
    if (size > bestSize) {
      bestSize = size
      best = s
    }
  }
  if (best < 0 || bestSize < 0.15 * w * h) return null
  growSheet(small, label, best)
  let tl: Pt = [0, 0],
    tr: Pt = [0, 0],
    br: Pt = [0, 0],
    bl: Pt = [0, 0]
  let sMin = Infinity,
    sMax = -Infinity,
    dMin = Infinity,
    dMax = -Infinity
  for (let p = 0; p < w * h; p++) {
    if (label[p] !== best) continue
    const x = (p % w) + 0.5,
      y = Math.floor(p / w) + 0.5
    if (x + y < sMin) [sMin, tl] = [x + y, [x, y]]
    if (x + y > sMax) [sMax, br] = [x + y, [x, y]]
    if (x - y > dMax) [dMax, tr] = [x - y, [x, y]]
    if (x - y < dMin) [dMin, bl] = [x - y, [x, y]]
  }
  const corners: Quad = [tl, tr, br, bl]
  // A sheet's edge is a step in brightness; the bright side of uneven light on a photo that is all
  // paper fades out over the page. Just inside the edges must be much brighter than just outside.
  if (edgeStep(small, corners) < MIN_EDGE_STEP) return null
  const quad: Quad = corners.map(([x, y]) => [x / scale, y / scale] as Pt) as unknown as Quad
  // A "sheet" covering nearly the whole photo is the photo: nothing to straighten.
  if (quadArea(quad) > 0.97 * img.width * img.height) return null
  return quad
}

/** Brightness step between neighbouring pixels of the small copy that a sheet's edge makes and light falling across the sheet does not. */
export const SMOOTH_STEP = 4

/**
 * Grows the bright region `id` of `label` over the rest of the sheet: light
 * falling off across a page can leave a corner under Otsu's threshold, but
 * the brightness there changes smoothly, while at the sheet's edge it steps.
 * Neighbours within SMOOTH_STEP of a region pixel join it. If the growth
 * reaches a fifth of the photo's border, it has run out onto the table
 * (nowhere an edge): the region is left as it was.
 */
export function growSheet(img: GrayImage, label: Int32Array, id: number): void {
  const { width: w, height: h, data } = img
  const grown: number[] = []
  const stack: number[] = []
  for (let p = 0; p < w * h; p++) if (label[p] === id) stack.push(p)
  let border = 0
  while (stack.length) {
    const p = stack.pop()!
    const x = p % w,
      y = (p - x) / w
    for (const q of [x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1])
      if (q >= 0 && label[q] !== id && Math.abs(data[q]! - data[p]!) < SMOOTH_STEP) {
        label[q] = id
        grown.push(q)
        stack.push(q)
        const qx = q % w,
          qy = (q - qx) / w
        if (qx === 0 || qy === 0 || qx === w - 1 || qy === h - 1) border++
      }
  }
  if (border > 0.2 * 2 * (w + h)) for (const q of grown) label[q] = -2
}

/** Brightness a sheet's edge steps by (0..255) at least, between 3% of the image inside and outside it. */
export const MIN_EDGE_STEP = 25

/** Mean brightness step across the quad's edges (inside minus outside), where outside is still in the image; 0 when nowhere is. */
export function edgeStep(img: GrayImage, q: Quad): number {
  const cx = (q[0][0] + q[1][0] + q[2][0] + q[3][0]) / 4,
    cy = (q[0][1] + q[1][1] + q[2][1] + q[3][1]) / 4
  const d = 0.03 * Math.max(img.width, img.height)
  let sum = 0,
    n = 0
  for (let e = 0; e < 4; e++) {
    const a = q[e]!,
      b = q[(e + 1) % 4]!
    for (let k = 1; k < 10; k++) {
      const x = a[0] + ((b[0] - a[0]) * k) / 10,
        y = a[1] + ((b[1] - a[1]) * k) / 10
      const len = Math.hypot(cx - x, cy - y) || 1
      const ux = (cx - x) / len,
        uy = (cy - y) / len
      const ox = x - ux * d,
        oy = y - uy * d
      if (ox < 0 || oy < 0 || ox >= img.width || oy >= img.height) continue
      sum += sample(img, x + ux * d, y + uy * d) - sample(img, ox, oy)
      n++
    }
  }
  return n ? sum / n : 0
}

/** The quad pulled in towards its centre by `share` of its size (keeps the sheet's edge and shadow out). */
export function insetQuad(q: Quad, share: number): Quad {
  const cx = (q[0][0] + q[1][0] + q[2][0] + q[3][0]) / 4,
    cy = (q[0][1] + q[1][1] + q[2][1] + q[3][1]) / 4
  return q.map(([x, y]) => [x + (cx - x) * share * 2, y + (cy - y) * share * 2] as Pt) as unknown as Quad
}

/** Whether point p lies inside the convex quad q (either winding). */
export function insideQuad(q: Quad, p: Pt): boolean {
  let sign = 0
  for (let i = 0; i < 4; i++) {
    const a = q[i]!,
      b = q[(i + 1) % 4]!
    const c = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
    if (c === 0) continue
    if (sign === 0) sign = Math.sign(c)
    else if (Math.sign(c) !== sign) return false
  }
  return true
}

/** Solves a x = b (n x n, Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  for (let c = 0; c < n; c++) {
    let p = c
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r
    ;[a[c], a[p]] = [a[p]!, a[c]!]
    ;[b[c], b[p]] = [b[p]!, b[c]!]
    const d = a[c]![c]!
    if (Math.abs(d) < 1e-12) throw new Error('the corners do not make a quadrilateral')
    for (let r = c + 1; r < n; r++) {
      const f = a[r]![c]! / d
      for (let k = c; k < n; k++) a[r]![k]! -= f * a[c]![k]!
      b[r]! -= f * b[c]!
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!
    for (let k = r + 1; k < n; k++) s -= a[r]![k]! * x[k]!
    x[r] = s / a[r]![r]!
  }
  return x
}

/** The homography taking each of `from` to the matching point of `to`, as a function. */
export function homography(from: Quad, to: Quad): (x: number, y: number) => Pt {
  const a: number[][] = [],
    b: number[] = []
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!,
      [u, v] = to[i]!
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y])
    b.push(u)
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y])
    b.push(v)
  }
  const [h0, h1, h2, h3, h4, h5, h6, h7] = solve(a, b) as [number, number, number, number, number, number, number, number]
  return (x, y) => {
    const d = h6 * x + h7 * y + 1
    return [(h0 * x + h1 * y + h2) / d, (h3 * x + h4 * y + h5) / d]
  }
}

/** Size of the flat page: its edges' longer lengths, scaled down so neither side exceeds `maxSide`. */
export function flatSize(q: Quad, maxSide: number): { width: number; height: number } {
  const len = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1])
  let w = Math.max(len(q[0], q[1]), len(q[3], q[2])),
    h = Math.max(len(q[0], q[3]), len(q[1], q[2]))
  const f = Math.max(w, h) > maxSide ? maxSide / Math.max(w, h) : 1
  w = Math.max(8, Math.round(w * f))
  h = Math.max(8, Math.round(h * f))
  return { width: w, height: h }
}

/** The quadrilateral `q` of `img` mapped flat onto a width x height rectangle (bilinear). */
export function warpQuad(img: GrayImage, q: Quad, width: number, height: number): GrayImage {
  const map = homography(wholeImage(width, height), q)
  const data = new Uint8Array(width * height)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const [sx, sy] = map(x + 0.5, y + 0.5)
      data[y * width + x] = Math.round(sample(img, sx, sy))
    }
  return { width, height, data }
}
