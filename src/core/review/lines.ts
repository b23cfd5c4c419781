// Links between the transcript being edited and the ink it was read from:
// which strokes each editor line came from (and back), and where OCR's doubtful
// words still stand. The OCR lines (transcript.lines) describe the text as
// read; the candidate may since have added, removed or changed lines, so editor
// lines are matched to OCR lines through a line diff. Pure.
import { diffArrays } from 'diff'

export interface OcrDoubt {
  start: number
  end: number
  alternatives: string[]
}

/** The parts of an OCR transcript line (src/ocr/pipeline.ts TranscriptLine) the review uses. */
export interface OcrLine {
  text: string
  indent: number
  strokeIds: number[]
  doubtful: OcrDoubt[]
  bbox: { minX: number; minY: number; maxX: number; maxY: number } | null
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0

/**
 * Reads stored transcript lines (kept as unknown[] on the attempt) leniently:
 * a malformed line becomes an empty one rather than breaking the review.
 */
export function readOcrLines(lines: readonly unknown[] | undefined): OcrLine[] {
  return (lines ?? []).map((raw): OcrLine => {
    if (!isObj(raw)) return { text: '', indent: 0, strokeIds: [], doubtful: [], bbox: null }
    const text = typeof raw.text === 'string' ? raw.text : ''
    const doubtful = Array.isArray(raw.doubtful)
      ? raw.doubtful.flatMap((d): OcrDoubt[] =>
          isObj(d) && isInt(d.start) && isInt(d.end) && d.end > d.start && d.end <= text.length
            ? [{ start: d.start, end: d.end, alternatives: Array.isArray(d.alternatives) ? d.alternatives.filter((x): x is string => typeof x === 'string') : [] }]
            : [],
        )
      : []
    const b = raw.bbox
    const bbox =
      isObj(b) && [b.minX, b.minY, b.maxX, b.maxY].every((n) => typeof n === 'number' && Number.isFinite(n))
        ? { minX: b.minX as number, minY: b.minY as number, maxX: b.maxX as number, maxY: b.maxY as number }
        : null
    return {
      text,
      indent: isInt(raw.indent) ? raw.indent : 0,
      strokeIds: Array.isArray(raw.strokeIds) ? raw.strokeIds.filter(isInt) : [],
      doubtful,
      bbox,
    }
  })
}

/** The text of an OCR line as it appears in the transcript: 4 spaces a level. */
export const ocrLineText = (l: OcrLine) => ' '.repeat(4 * l.indent) + l.text

/**
 * For each line of the edited text, the OCR line it came from (or null).
 * Unchanged lines match directly; a block of k lines replaced by k lines is
 * taken as edited in place, line for line.
 */
export function matchEditedLines(ocr: readonly OcrLine[], edited: string): (number | null)[] {
  const read = ocr.map(ocrLineText)
  const lines = edited.split('\n')
  const out: (number | null)[] = []
  const changes = diffArrays(read, lines)
  let r = 0
  for (let c = 0; c < changes.length; c++) {
    const ch = changes[c]!
    const n = ch.count ?? ch.value.length
    if (!ch.added && !ch.removed) {
      for (let k = 0; k < n; k++) out.push(r++)
    } else if (ch.removed) {
      const next = changes[c + 1]
      const m = next?.added ? (next.count ?? next.value.length) : 0
      if (next?.added && m === n) {
        for (let k = 0; k < n; k++) out.push(r + k)
        c++
      } else if (next?.added) {
        for (let k = 0; k < m; k++) out.push(null)
        c++
      }
      r += n
    } else {
      for (let k = 0; k < n; k++) out.push(null)
    }
  }
  return out
}

export interface LineLinks {
  /** Per edited line (0-based): the ink stroke indexes it was read from. */
  strokesOfLine: number[][]
  /** Per ink stroke index: the edited line (0-based) it belongs to, if any. */
  lineOfStroke: Map<number, number>
}

export function linkLines(ocr: readonly OcrLine[], edited: string): LineLinks {
  const match = matchEditedLines(ocr, edited)
  const strokesOfLine = match.map((m) => (m === null ? [] : [...ocr[m]!.strokeIds]))
  const lineOfStroke = new Map<number, number>()
  strokesOfLine.forEach((ids, line) => ids.forEach((id) => lineOfStroke.set(id, line)))
  return { strokesOfLine, lineOfStroke }
}

export interface DoubtMark {
  /** Offsets in the edited text. */
  from: number
  to: number
  /** The doubtful text as it stands. */
  text: string
  alternatives: string[]
  line: number
}

/**
 * OCR's doubtful words that still stand in the edited text: only on lines the
 * candidate has not changed since the reading (once a line is corrected, the
 * doubt is settled).
 */
export function doubtMarks(ocr: readonly OcrLine[], edited: string): DoubtMark[] {
  const match = matchEditedLines(ocr, edited)
  const lines = edited.split('\n')
  const marks: DoubtMark[] = []
  let offset = 0
  lines.forEach((line, i) => {
    const m = match[i]
    const o = m === null || m === undefined ? null : ocr[m]!
    if (o && ocrLineText(o) === line) {
      const pad = 4 * o.indent
      for (const d of o.doubtful)
        marks.push({ from: offset + pad + d.start, to: offset + pad + d.end, text: o.text.slice(d.start, d.end), alternatives: d.alternatives, line: i })
    }
    offset += line.length + 1
  })
  return marks
}

/** The edited text with one doubtful span replaced by an alternative. */
export function applyAlternative(edited: string, mark: Pick<DoubtMark, 'from' | 'to'>, alternative: string): string {
  return edited.slice(0, mark.from) + alternative + edited.slice(mark.to)
}
