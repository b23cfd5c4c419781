// The pixel side of reading a page, in one pure call so it can run in a
// worker: find the lines, and render every line the engine has not read yet.
import type { InkStroke } from '../../core/ink/ink.ts'
import { segmentLines, type InkLine } from '../lines/lines.ts'
import { renderLine, type LineRenderOptions } from '../render/render.ts'

export interface PreparedLine {
  line: InkLine
  /** Identity of the line's ink (same strokes, same points). */
  key: string
  /** One PNG per rendering, or null where that reading is already known. */
  pngs: (Uint8Array | null)[]
}

/** A hash of these strokes' ids and points (to 1/8 px). */
export function strokesHash(strokes: readonly InkStroke[], ids: readonly number[]): number {
  let h = 0
  for (const id of ids) {
    h = (Math.imul(h, 31) + id) | 0
    for (const p of strokes[id]!.points) h = (Math.imul(h, 31) + Math.round(p[0] * 8) * 7 + Math.round(p[1] * 8)) | 0
  }
  return h >>> 0
}

/** Identity of a line's ink: same strokes with the same points read the same. */
export function lineKey(strokes: readonly InkStroke[], line: InkLine): string {
  return `${line.strokeIds.length}:${line.strokeIds[0]}:${strokesHash(strokes, line.strokeIds)}`
}

export const readingKey = (lineKey: string, render: LineRenderOptions) => `${lineKey}:${JSON.stringify(render)}`

export interface PrepareRequest {
  strokes: readonly InkStroke[]
  renders: readonly LineRenderOptions[]
  /** Reading keys already known: those renderings are skipped. */
  known?: readonly string[]
  /** Render only the first `limit` renderings of each line (default all). */
  limit?: number
  /** Render only lines that do not contain this stroke (the one being written), or all when undefined. */
  skipStroke?: number
  /** Render only the lines with these keys (lineKey), or all when undefined. */
  onlyLines?: readonly string[]
  /** The page's lines when already found (a photo's, found in its pixels: photo/textLines.ts); default: found from the strokes. */
  lines?: readonly InkLine[]
}

/** Lines and their renderings; `draw` makes one rendering of a line (default: from the strokes; a photo's from its pixels). */
export function prepare(req: PrepareRequest, draw: (line: InkLine, render: LineRenderOptions) => Uint8Array = (line, r) => renderLine(req.strokes, line, r).png): PreparedLine[] {
  const known = new Set(req.known ?? [])
  return (req.lines ?? segmentLines(req.strokes)).map((line) => {
    const key = lineKey(req.strokes, line)
    const skip = (req.skipStroke !== undefined && line.strokeIds.includes(req.skipStroke)) || (req.onlyLines !== undefined && !req.onlyLines.includes(key))
    return {
      line,
      key,
      pngs: req.renders.map((r, k) =>
        skip || k >= (req.limit ?? Infinity) || known.has(readingKey(key, r)) ? null : draw(line, r),
      ),
    }
  })
}

/** Runs `prepare` somewhere (a worker in the browser, inline in Node). */
export type Preparer = (req: PrepareRequest) => Promise<PreparedLine[]>

export const prepareInline: Preparer = async (req) => prepare(req)
