// Photographed-like pages from ink, for measuring the photo path (bench:photo)
// and for tests: the strokes drawn with a pen of varying width on paper with
// grain and blotches, the sheet put on a darker table in perspective and
// slightly turned, light falling off across it, then blur and sensor noise.
// (JPEG compression is added by the benchmark, in Node.) Seeded: the same
// look gives the same pixels. Not used by the app.
import type { InkDocument } from '../../core/ink/ink.ts'
import { strokesBounds } from '../../core/ink/ink.ts'
import { random } from '../../core/problems/performance.ts'
import { rasterise, type Polyline } from '../render/raster.ts'
import { boxMean, sample, type GrayImage, type Pt } from './image.ts'
import { homography, wholeImage, type Quad } from './page.ts'

export interface PhotoLook {
  seed: number
  /** Width of the written area on the sheet, px (the sheet adds margins). */
  writingWidth: number
  /** Pen radius, px (varies +-20% along the page). */
  penRadius: number
  /** How far each corner of the sheet may move, as a share of its size (perspective). */
  perspective: number
  /** Turn of the sheet, degrees. */
  rotateDeg: number
  /** Light falling off across the sheet: 0 even, 0.5 half as bright at the dark side. */
  lightFall: number
  /** Gaussian blur, px (sigma). */
  blur: number
  /** Sensor noise (sigma, 0..255). */
  noise: number
  paper: number
  ink: number
  table: number
  /** Share of the photo around the sheet (0: the sheet fills the photo). */
  tableMargin: number
}

export const DEFAULT_LOOK: PhotoLook = {
  seed: 1,
  writingWidth: 1000,
  penRadius: 1.6,
  perspective: 0.05,
  rotateDeg: 3,
  lightFall: 0.35,
  blur: 0.8,
  noise: 6,
  paper: 238,
  ink: 45,
  table: 90,
  tableMargin: 0.12,
}

/** The seeded generator the problems' performance inputs use (mulberry32). */
export const rng = random

/** Smooth random field in [-1, 1] (blurred noise), for paper blotches and pen width. */
function smoothField(w: number, h: number, r: number, rand: () => number): Float32Array {
  const cw = Math.max(2, Math.ceil(w / r) + 2),
    ch = Math.max(2, Math.ceil(h / r) + 2)
  const grid = new Uint8Array(cw * ch).map(() => Math.floor(rand() * 256))
  const img: GrayImage = { width: cw, height: ch, data: grid }
  const out = new Float32Array(w * h)
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[y * w + x] = sample(img, x / r + 0.5, y / r + 0.5) / 127.5 - 1
  return out
}

/** Gaussian blur by three box blurs of about sigma's width. */
export function gaussianBlur(img: GrayImage, sigma: number): GrayImage {
  if (sigma < 0.3) return img
  const r = Math.max(1, Math.round(Math.sqrt((12 * sigma * sigma) / 3 + 1) / 2 - 0.5))
  let v: ArrayLike<number> = img.data
  for (let k = 0; k < 3; k++) v = boxMean(v, img.width, img.height, r)
  return { ...img, data: Uint8Array.from(v, (x) => Math.round(x)) }
}

/** The page as a photo: the image and where the sheet's corners are in it. */
export function simulatePhoto(ink: InkDocument, look: Partial<PhotoLook> = {}): { image: GrayImage; sheet: Quad } {
  const L = { ...DEFAULT_LOOK, ...look }
  const rand = rng(L.seed)
  const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand())
  const b = strokesBounds(ink.strokes) ?? { minX: 0, minY: 0, maxX: 100, maxY: 50 }
  const s = L.writingWidth / Math.max(1, b.maxX - b.minX)
  const margin = L.writingWidth * 0.12
  const sw = Math.round(L.writingWidth + 2 * margin),
    sh = Math.round(Math.max((b.maxY - b.minY) * s + 2 * margin, sw * 0.6))
  // Ink: pen pressure varies slowly along the page (three widths, blended by a smooth field).
  const polys: Polyline[] = ink.strokes.map((st) => st.points.map((p) => [(p[0] - b.minX) * s + margin, (p[1] - b.minY) * s + margin] as const))
  const widths = [0.8, 1, 1.2].map((f) => rasterise(polys, sw, sh, L.penRadius * f))
  const pressure = smoothField(sw, sh, 300, rand)
  const grainField = smoothField(sw, sh, 40, rand)
  const sheet = new Uint8Array(sw * sh)
  for (let i = 0; i < sheet.length; i++) {
    const pf = pressure[i]!
    const cov = 1 - (pf < 0 ? widths[0]!.data[i]! * -pf + widths[1]!.data[i]! * (1 + pf) : widths[2]!.data[i]! * pf + widths[1]!.data[i]! * (1 - pf)) / 255
    const paper = L.paper + 6 * grainField[i]!
    sheet[i] = Math.max(0, Math.min(255, Math.round(paper - (paper - L.ink) * cov)))
  }
  const sheetImg: GrayImage = { width: sw, height: sh, data: sheet }
  // The photo: the sheet in perspective on a table.
  const pw = Math.round(sw * (1 + 2 * L.tableMargin)),
    ph = Math.round(sh * (1 + 2 * L.tableMargin))
  const t = (L.rotateDeg * Math.PI) / 180
  const jitter = () => (rand() * 2 - 1) * L.perspective
  const corners = wholeImage(sw, sh).map(([x, y]) => {
    const dx = x - sw / 2 + jitter() * sw,
      dy = y - sh / 2 + jitter() * sh
    return [pw / 2 + dx * Math.cos(t) - dy * Math.sin(t), ph / 2 + dx * Math.sin(t) + dy * Math.cos(t)] as Pt
  }) as unknown as Quad
  const toSheet = homography(corners, wholeImage(sw, sh))
  const tableField = smoothField(pw, ph, 60, rand)
  const dir = rand() * 2 * Math.PI
  const data = new Uint8Array(pw * ph)
  for (let y = 0; y < ph; y++)
    for (let x = 0; x < pw; x++) {
      const [u, v] = toSheet(x + 0.5, y + 0.5)
      let val = u >= 0 && v >= 0 && u < sw && v < sh ? sample(sheetImg, u, v) : L.table + 12 * tableField[y * pw + x]!
      // Light: a ramp across the photo in a random direction, and a little vignetting.
      const ramp = ((x / pw - 0.5) * Math.cos(dir) + (y / ph - 0.5) * Math.sin(dir) + 0.5) * L.lightFall
      const vig = 0.08 * (((x / pw - 0.5) * 2) ** 2 + ((y / ph - 0.5) * 2) ** 2)
      val *= 1 - ramp - vig
      data[y * pw + x] = Math.max(0, Math.min(255, Math.round(val)))
    }
  let image: GrayImage = gaussianBlur({ width: pw, height: ph, data }, L.blur)
  if (L.noise > 0) image = { ...image, data: image.data.map((v) => Math.max(0, Math.min(255, Math.round(v + gauss() * L.noise)))) }
  return { image, sheet: corners }
}

/** A varied but ordinary photo of a page (bench:photo's): every figure drawn from a seeded range, and a JPEG quality. */
export function ordinaryLook(seed: number): Partial<PhotoLook> & { quality: number } {
  const r = rng(seed)
  const between = (a: number, b: number) => a + (b - a) * r()
  return {
    seed,
    writingWidth: between(1000, 1300),
    penRadius: between(1.2, 2),
    perspective: between(0.01, 0.06),
    rotateDeg: between(-6, 6),
    lightFall: between(0.1, 0.45),
    blur: between(0.4, 1.2),
    noise: between(2, 8),
    paper: between(215, 245),
    ink: between(25, 80),
    table: between(50, 130),
    quality: Math.round(between(60, 90)),
  }
}
