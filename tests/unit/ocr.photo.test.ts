// The photo path's pure parts: the page found and flattened, tilt measured,
// lines found in pixels, line images cut, and the quality checks, on
// photographed-like pages made from fixture ink (src/ocr/photo/simulate.ts).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseInk, type InkDocument } from '../../src/core/ink/ink.ts'
import { analysePhoto } from '../../src/ocr/photo/analyse.ts'
import { evenLight, inkMask } from '../../src/ocr/photo/binarise.ts'
import { measureSkew, rotate } from '../../src/ocr/photo/deskew.ts'
import type { Pt } from '../../src/ocr/photo/image.ts'
import { renderPhotoLine } from '../../src/ocr/photo/lineImages.ts'
import { findPage, homography, wholeImage, type Quad } from '../../src/ocr/photo/page.ts'
import { BLURRED, edgeSharpness, photoIssues, type PhotoFigures } from '../../src/ocr/photo/quality.ts'
import { gaussianBlur, simulatePhoto } from '../../src/ocr/photo/simulate.ts'
import { profileBands } from '../../src/ocr/photo/textLines.ts'
import { cropToRect, rectToCrop } from '../../src/features/photo/crop.ts'
import { createPhotoJobs } from '../../src/ocr/photo/photoJobs.ts'
import { decodeGrayPng } from '../../src/ocr/render/png.ts'

const fixture = (name: string): InkDocument => {
  const f = new URL(`../fixtures/ink/synthetic-neat/${name}`, import.meta.url)
  return parseInk(readFileSync(f, 'utf8'), name)
}
const py2 = fixture('py2.ink.json') // six lines, indented
const small = { writingWidth: 520, penRadius: 1.3 }

describe('finding and flattening the page', () => {
  it('finds the sheet\'s corners on a table, in perspective and turned', () => {
    const { image, sheet } = simulatePhoto(py2, { ...small, seed: 3, rotateDeg: 7, perspective: 0.05 })
    const found = findPage(image)
    expect(found).not.toBeNull()
    const size = Math.max(image.width, image.height)
    found!.forEach(([x, y], i) => {
      expect(Math.hypot(x - sheet[i]![0], y - sheet[i]![1])).toBeLessThan(size * 0.03)
    })
  })

  it('finds no sheet in a photo that is all paper', () => {
    const { image } = simulatePhoto(py2, { ...small, tableMargin: 0, perspective: 0, rotateDeg: 0 })
    expect(findPage(image)).toBeNull()
  })

  it('maps each corner of a quadrilateral onto the rectangle\'s', () => {
    const q: Quad = [
      [10, 20],
      [300, 5],
      [320, 240],
      [0, 200],
    ]
    const map = homography(q, wholeImage(100, 50))
    const r = wholeImage(100, 50)
    q.forEach(([x, y], i) => {
      const [u, v] = map(x, y)
      expect(u).toBeCloseTo(r[i]![0], 6)
      expect(v).toBeCloseTo(r[i]![1], 6)
    })
  })
})

describe('tilt', () => {
  // Five rows of ink, 40 px apart, with some letter-like scatter.
  const rows = (): Pt[] => {
    const pts: Pt[] = []
    for (let r = 0; r < 5; r++) for (let x = 0; x < 600; x += 1) for (const dy of [0, 3, 6, 9]) if ((x * 7 + dy * 13 + r) % 5 < 3) pts.push([x, 100 + r * 40 + dy])
    return pts
  }
  it('measures the angle lines of writing are tilted by, either way', () => {
    for (const deg of [-8, -2.5, 0, 4, 12]) {
      const s = measureSkew(rotate(rows(), deg, 300, 200))
      expect(s.sideways).toBe(false)
      expect(Math.abs(s.angle - deg)).toBeLessThanOrEqual(0.3)
    }
  })
  it('tells writing on its side from tilted writing', () => {
    expect(measureSkew(rotate(rows(), 90, 300, 200)).sideways).toBe(true)
    expect(measureSkew(rotate(rows(), 85, 300, 200)).sideways).toBe(true)
  })
})

describe('lines in pixels', () => {
  it('splits a row profile into its lines, and a band twice the others at its valley', () => {
    const profile = new Array(200).fill(0)
    const ink = (from: number, to: number) => {
      for (let y = from; y < to; y++) profile[y] = 20
    }
    ink(10, 30)
    ink(50, 70)
    // Two lines touching (a descender into the next line's ascender): a shallow bridge.
    ink(90, 108)
    for (let y = 108; y < 116; y++) profile[y] = 4
    ink(116, 134)
    const bands = profileBands(profile, 16)
    expect(bands).toHaveLength(4)
    expect(bands[2]!.y1).toBeGreaterThan(106)
    expect(bands[2]!.y1).toBeLessThan(118)
    expect(bands[3]!.y0).toBe(bands[2]!.y1)
  })

  it('finds the lines of a photographed page, with its indentation kept', () => {
    const { image } = simulatePhoto(py2, { ...small, seed: 5, rotateDeg: -5 })
    const a = analysePhoto(image)
    expect(a.issues).toEqual([])
    expect(a.lines).toHaveLength(6)
    // py2's levels: 0 1 1 2 3 1; line starts follow them.
    const x = a.lines.map((l) => l.startX)
    const xh = a.lines[0]!.xHeight
    expect(x[1]! - x[0]!).toBeGreaterThan(xh * 2)
    expect(Math.abs(x[2]! - x[1]!)).toBeLessThan(xh)
    expect(x[3]! - x[2]!).toBeGreaterThan(xh * 2)
    expect(x[4]! - x[3]!).toBeGreaterThan(xh * 2)
    expect(Math.abs(x[5]! - x[1]!)).toBeLessThan(xh)
    // Each box drawn on the photo lies inside it.
    for (const q of a.lineBoxes) for (const [px, py] of q) expect(px >= 0 && py >= 0 && px <= image.width && py <= image.height).toBe(true)
  })

  it('cuts a line straight, at the x-height asked for, dark ink on white, from writing tilted on the sheet', () => {
    // Writing tilted on a sheet that lies straight: the flattening cannot take it out, the tilt measured must.
    const tilted = { ...py2, strokes: py2.strokes.map((st) => ({ ...st, points: rotate(st.points.map((p) => [p[0], p[1]] as Pt), 6, 200, 100).map(([x, y]) => [x, y] as [number, number]) })) }
    const { image } = simulatePhoto(tilted, { ...small, seed: 6, rotateDeg: 0, perspective: 0 })
    const a = analysePhoto(image)
    expect(a.figures.skew).toBeGreaterThan(5)
    expect(a.figures.skew).toBeLessThan(7)
    expect(a.lines).toHaveLength(6)
    const img = renderPhotoLine(a.page, a.lines[0]!, { xHeight: 20 })
    let dark = 0
    for (const v of img.data) if (v < 100) dark++
    expect(dark).toBeGreaterThan(100)
    // A straight line of writing: its ink's rows lie within a few x-heights, not spread by the tilt.
    const rows = new Set<number>()
    for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) if (img.data[y * img.width + x]! < 100) rows.add(y)
    expect(rows.size).toBeLessThan(20 * 4)
    expect(img.width / img.height).toBeGreaterThan(4)
  })
})

describe('the worker\'s photo jobs', () => {
  it('keeps the photo it analysed, cuts its lines for every rendering asked, and analyses again for another crop', () => {
    const jobs = createPhotoJobs()
    expect(() => jobs.prepare({ crop: wholeImage(10, 10), renders: [{}] })).toThrow(/no photo/)
    const { image } = simulatePhoto(py2, { ...small, seed: 4 })
    const summary = jobs.analyse(image)
    // Only a summary crosses to the page: no strokes, no pixels.
    expect(summary).not.toHaveProperty('page')
    expect(summary).not.toHaveProperty('ink')
    expect(summary.lineBoxes).toHaveLength(6)
    const lines = jobs.prepare({ crop: summary.crop, renders: [{ xHeight: 19 }, { xHeight: 24 }] })
    expect(lines).toHaveLength(6)
    for (const l of lines) {
      expect(l.pngs).toHaveLength(2)
      const [a, b] = l.pngs.map((p) => decodeGrayPng(p!))
      expect(b!.height).toBeGreaterThan(a!.height)
    }
    // The top half of the photo only: fewer lines.
    const top = rectToCrop({ left: 0, top: 0, right: 100, bottom: 45 }, image.width, image.height)
    expect(jobs.prepare({ crop: top, renders: [{}] }).length).toBeLessThan(6)
    expect(jobs.analyse(null, top).crop).toEqual(top)
  })
})

describe('what is wrong with a photo', () => {
  const good: PhotoFigures = { paper: 220, inkShare: 0.03, lines: 6, sharpness: 0.4, sideways: false, skew: 2, maxSkew: 20 }
  const kinds = (f: Partial<PhotoFigures>) => photoIssues({ ...good, ...f }).map((i) => i.kind)

  it('says nothing of a good photo, and one line for each fault', () => {
    expect(kinds({})).toEqual([])
    expect(kinds({ paper: 40 })).toEqual(['dark'])
    expect(kinds({ sharpness: 0.08 })).toEqual(['blurred'])
    expect(kinds({ sideways: true, lines: 0 })).toEqual(['rotated'])
    expect(kinds({ skew: 19.8 })).toEqual(['rotated'])
    expect(kinds({ inkShare: 0.0002, lines: 0 })).toEqual(['blank'])
    expect(kinds({ lines: 0 })).toEqual(['blank'])
    for (const i of photoIssues({ ...good, paper: 40, sharpness: 0.05 })) expect(i.message).not.toMatch(/\n/)
  })

  it('measures blur: a blurred page falls under the threshold, a sharp one stays over it', () => {
    const { image } = simulatePhoto(py2, { ...small, blur: 0.5, noise: 3, tableMargin: 0, perspective: 0, rotateDeg: 0 })
    const sharpness = (img: typeof image) => {
      const light = evenLight(img)
      return edgeSharpness(light, inkMask(light, img.width, img.height).ink, img.width, img.height)
    }
    const crisp = sharpness(image)
    const soft = sharpness(gaussianBlur(image, 4))
    expect(crisp).toBeGreaterThan(BLURRED)
    expect(soft).toBeLessThan(BLURRED)
    expect(soft).toBeLessThan(crisp / 2)
  })

  it('flags a dark photo, a blurred one, one on its side and a blank one from their pixels', () => {
    const issues = (ink: InkDocument, look: Parameters<typeof simulatePhoto>[1]) => analysePhoto(simulatePhoto(ink, { ...small, seed: 9, ...look }).image).issues.map((i) => i.kind)
    expect(issues(py2, { paper: 50, ink: 12, table: 15, lightFall: 0.1 })).toContain('dark')
    expect(issues(py2, { blur: 4 })).toContain('blurred')
    expect(issues(py2, { rotateDeg: 90 })).toContain('rotated')
    expect(issues({ ...py2, strokes: [] }, {})).toEqual(['blank'])
  })
})

describe('the crop by numbers', () => {
  it('turns a rectangle in per cent into corners and back', () => {
    const q = rectToCrop({ left: 10, top: 5, right: 90, bottom: 60 }, 2000, 1000)
    expect(q).toEqual([
      [200, 50],
      [1800, 50],
      [1800, 600],
      [200, 600],
    ])
    const r = cropToRect(q, 2000, 1000)
    expect(r).toEqual({ left: 10, top: 5, right: 90, bottom: 60 })
  })
  it('keeps a crop inside the photo and never empty', () => {
    const r = cropToRect(rectToCrop({ left: -5, top: 50, right: 130, bottom: 49 }, 100, 100), 100, 100)
    expect(r.left).toBe(0)
    expect(r.right).toBe(100)
    expect(r.bottom - r.top).toBeGreaterThanOrEqual(2)
  })
})
