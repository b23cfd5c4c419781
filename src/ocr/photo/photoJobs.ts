// The photo path's jobs as the OCR page worker runs them (and the page
// itself where workers are missing): analyse a photo (kept, with its
// flattened page, for the reading that follows), and cut the lines of the
// kept analysis for the engines. Only a summary crosses back to the page:
// the page's pixels stay here.
import type { InkLine } from '../lines/lines.ts'
import type { LineRenderOptions } from '../render/render.ts'
import { prepare, type PreparedLine } from '../workers/pageJobs.ts'
import { analysePhoto, type PhotoAnalysis, type PhotoAnalysisWithPage, type Quad } from './analyse.ts'
import type { GrayImage } from './image.ts'
import { renderPhotoLinePng } from './lineImages.ts'

/** What the page is told about an analysis: everything but the strokes and the pixels. */
export type PhotoSummary = Omit<PhotoAnalysis, 'ink' | 'lines'>

export interface PhotoPrepareRequest {
  /** The crop the candidate confirmed (the kept photo is analysed again if it differs). */
  crop: Quad
  /** Renderings for the first engine, then the second's: all cut at once. */
  renders: readonly LineRenderOptions[]
  known?: readonly string[]
  limit?: number
}

export interface PhotoJobs {
  analyse(photo: GrayImage | null, crop?: Quad): PhotoSummary
  prepare(req: PhotoPrepareRequest): PreparedLine[]
}

export function summarise(a: PhotoAnalysis): PhotoSummary {
  const { ink: _ink, lines: _lines, ...summary } = a as PhotoAnalysisWithPage
  delete (summary as Partial<PhotoAnalysisWithPage>).page
  return summary
}

const sameCrop = (a: Quad, b: Quad) => a.every((p, i) => Math.abs(p[0] - b[i]![0]) < 1e-6 && Math.abs(p[1] - b[i]![1]) < 1e-6)

export function createPhotoJobs(): PhotoJobs {
  let photo: GrayImage | null = null
  let last: PhotoAnalysisWithPage | null = null
  const analysed = (crop?: Quad): PhotoAnalysisWithPage => {
    if (!photo) throw new Error('no photo to read: choose one first')
    if (!last || (crop && !sameCrop(crop, last.crop))) last = analysePhoto(photo, crop ? { crop } : {})
    return last
  }
  return {
    analyse(next, crop) {
      if (next) photo = next
      last = null
      return summarise(analysed(crop))
    },
    prepare(req) {
      const a = analysed(req.crop)
      const draw = (line: InkLine, r: LineRenderOptions) => renderPhotoLinePng(a.page, line, r)
      return prepare({ strokes: a.ink.strokes, lines: a.lines, renders: req.renders, known: req.known, limit: req.limit }, draw)
    },
  }
}
