// A photo of a written page to ink the recogniser reads: the page found and
// flattened (perspective), light evened out, ink separated from paper,
// thinned to pen strokes, the tilt measured and taken out, lines found, and
// the quality checked. Pure: runs in the OCR page worker in the browser and
// in Node for bench:photo.
import type { InkDocument, InkStroke } from '../../core/ink/ink.ts'
import type { InkLine } from '../lines/lines.ts'
import { downscale, type GrayImage, type Pt } from './image.ts'
import { findPage, flatSize, homography, insetQuad, insideQuad, warpQuad, wholeImage, type Quad } from './page.ts'
import { components, dropEdges, dropSpecks, evenLight, inkMask } from './binarise.ts'
import { thin, trace } from './skeleton.ts'
import { measureSkew, rotate, unrotate } from './deskew.ts'
import { findTextLines } from './textLines.ts'
import type { PhotoPage } from './lineImages.ts'
import { edgeSharpness, paperBrightness, photoIssues, type PhotoFigures, type PhotoIssue } from './quality.ts'

export type { Quad } from './page.ts'
export type { PhotoIssue } from './quality.ts'

export interface PhotoOptions {
  /** The page's corners in the photo, as the candidate set them; default: the page found, or the whole photo. */
  crop?: Quad
  /** Longest side of the flattened page, px (default 1600: a letter's x-height of 15-30 px on a page of code). */
  maxSide?: number
  /** The most tilt straightened, degrees (default 20). */
  maxSkew?: number
}

export interface PhotoAnalysis {
  /** Size of the photo analysed. */
  width: number
  height: number
  /** The page the analysis found (null: none stood out), and the crop it used (that page, or the one given). */
  found: Quad | null
  crop: Quad
  /** The lines found, each as its box's corners in the photo (for the preview). */
  lineBoxes: Quad[]
  /** The flattened page's ink as strokes, straightened, and its lines: what the recogniser reads. */
  ink: InkDocument
  lines: InkLine[]
  figures: PhotoFigures
  issues: PhotoIssue[]
  ms: number
}

/** The analysis with the flattened page's pixels, which line images are cut from (kept in the worker). */
export interface PhotoAnalysisWithPage extends PhotoAnalysis {
  page: PhotoPage
}

export const MAX_SIDE = 1600
export const MAX_SKEW = 20

export function analysePhoto(photo: GrayImage, opts: PhotoOptions = {}): PhotoAnalysisWithPage {
  const t0 = performance.now()
  const maxSkew = opts.maxSkew ?? MAX_SKEW
  const found = findPage(photo)
  const crop = opts.crop ?? (found ? insetQuad(found, 0.01) : wholeImage(photo.width, photo.height))
  const { width, height } = flatSize(crop, opts.maxSide ?? MAX_SIDE)
  const page = warpQuad(photo, crop, width, height)
  const light = evenLight(page)
  const mask = inkMask(light, width, height)
  // A crop reaching past the sheet found: what lies outside the sheet (the table, its edge) is not writing.
  if (found && opts.crop) {
    const sheet = insetQuad(found, 0.01)
    const toPhoto = homography(wholeImage(width, height), crop)
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = y * width + x
        if (mask.ink[i] && !insideQuad(sheet, toPhoto(x + 0.5, y + 0.5))) mask.ink[i] = 0
      }
  }
  // A speck is smaller than a pen dot at this size (about a thousandth of the page's width, squared).
  dropSpecks(mask, Math.max(4, Math.round((width / 1000) ** 2 * 6)))
  dropEdges(mask)
  let inkPixels = 0
  for (const v of mask.ink) inkPixels += v
  const sharpness = edgeSharpness(light, mask.ink, width, height)
  const { label } = components(mask.ink, width, height)
  const thinned = mask.ink.slice()
  thin(thinned, width, height)
  const polylines = trace(thinned, width, height)
  const all: Pt[] = polylines.flat()
  const skew = measureSkew(all, maxSkew)
  const cx = width / 2,
    cy = height / 2
  // Straightened strokes, grouped by the ink piece (connected component) they came from.
  const strokes: InkStroke[] = []
  const byPiece = new Map<number, number[]>()
  const strokePiece: number[] = []
  for (const pl of polylines) {
    const [x, y] = pl[0]!
    const piece = label[Math.floor(y) * width + Math.floor(x)] ?? -1
    const id = strokes.length
    strokePiece.push(piece)
    strokes.push({ points: unrotate(pl, skew.sideways ? 0 : skew.angle, cx, cy).map(([px, py]) => [px, py]) })
    const list = byPiece.get(piece)
    if (list) list.push(id)
    else byPiece.set(piece, [id])
  }
  const lines = skew.sideways ? [] : findTextLines(strokes, [...byPiece.values()].map((strokeIds) => ({ strokeIds })))
  const figures: PhotoFigures = {
    paper: paperBrightness(page),
    inkShare: inkPixels / (width * height),
    lines: lines.length,
    sharpness,
    sideways: skew.sideways,
    skew: skew.angle,
    maxSkew,
  }
  // Each line's box back in the photo: undo the straightening, then the flattening.
  const toPhoto = homography(wholeImage(width, height), crop)
  const lineBoxes = lines.map((l) => {
    const corners: Pt[] = [
      [l.minX, l.minY],
      [l.maxX, l.minY],
      [l.maxX, l.maxY],
      [l.minX, l.maxY],
    ]
    return rotate(corners, skew.sideways ? 0 : skew.angle, cx, cy).map(([x, y]) => toPhoto(x, y)) as unknown as Quad
  })
  return {
    width: photo.width,
    height: photo.height,
    found,
    crop,
    lineBoxes,
    ink: { format: 'ink/v1', strokes },
    lines,
    figures,
    issues: photoIssues(figures),
    ms: performance.now() - t0,
    page: { width, height, light, label, skew: skew.sideways ? 0 : skew.angle, strokePiece, strokes },
  }
}

/** A photo brought to the size the analysis works at (longer side at most `maxSide`), with the factor applied. */
export function photoForAnalysis(photo: GrayImage, maxSide = 2000): { image: GrayImage; scale: number } {
  return downscale(photo, maxSide)
}
