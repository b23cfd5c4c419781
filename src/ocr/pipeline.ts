// Reads a page: lines from geometry, each line rendered alone and read by the
// engine, indentation from positions, then code-aware clean-up. Shared by the
// browser recogniser, the `ocr` command and the benchmark.
import type { Box, InkDocument, InkStroke } from '../core/ink/ink.ts'
import { segmentLines, type InkLine } from './lines.ts'
import { renderLine } from './render.ts'
import type { LineReading, OcrEngine } from './tesseractEngine.ts'
import { indentLevels } from './indent.ts'

export interface Doubt {
  start: number
  end: number
  alternatives: string[]
}

export interface TranscriptLine {
  text: string
  indent: number
  confidence: number
  bbox: Box
  strokeIds: number[]
  doubtful: Doubt[]
}

export interface Transcript {
  text: string
  lines: TranscriptLine[]
  ms: number
  engine: string
}

export interface ReadOptions {
  language?: string
  identifiers?: string[]
  onProgress?: (fraction: number, stage: string) => void
  /** Readings already made (live), keyed by lineKey(); reused when the line is unchanged. */
  cache?: Map<string, LineReading>
}

/** Identity of a line's ink: same strokes with the same points read the same. */
export function lineKey(strokes: readonly InkStroke[], line: InkLine): string {
  let h = 0
  for (const id of line.strokeIds) {
    const s = strokes[id]!
    h = (Math.imul(h, 31) + id) | 0
    for (const p of s.points) h = (Math.imul(h, 31) + Math.round(p[0] * 8) * 7 + Math.round(p[1] * 8)) | 0
  }
  return `${line.strokeIds.length}:${line.strokeIds[0]}:${h >>> 0}`
}

export async function readLineInk(engine: OcrEngine, strokes: readonly InkStroke[], line: InkLine): Promise<LineReading> {
  const r = renderLine(strokes, line)
  return engine.readLine(r.png)
}

export async function readPage(engine: OcrEngine, ink: InkDocument, opts: ReadOptions = {}): Promise<Transcript> {
  const t0 = performance.now()
  const lines = segmentLines(ink.strokes)
  const levels = indentLevels(lines)
  const out: TranscriptLine[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    opts.onProgress?.(i / Math.max(1, lines.length), 'reading lines')
    const key = lineKey(ink.strokes, line)
    let reading = opts.cache?.get(key)
    if (!reading) {
      reading = await readLineInk(engine, ink.strokes, line)
      opts.cache?.set(key, reading)
    }
    out.push({
      text: reading.text.trim().replace(/\s+/g, ' '),
      indent: levels[i] ?? 0,
      confidence: reading.confidence,
      bbox: { minX: line.minX, minY: line.minY, maxX: line.maxX, maxY: line.maxY },
      strokeIds: line.strokeIds,
      doubtful: [],
    })
  }
  opts.onProgress?.(1, 'done')
  const text = out.map((l) => ' '.repeat(4 * l.indent) + l.text).join('\n')
  return { text, lines: out, ms: performance.now() - t0, engine: engine.name }
}
