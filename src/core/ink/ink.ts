// The ink/v1 exchange format (../shared/ink-format.md): types, a strict reader
// that names the file and place of every problem, and a writer. Unknown fields
// are kept on read so a round trip loses nothing.

/** [x, y] | [x, y, pressure] | [x, y, pressure, t] — CSS px, y grows down, t in ms since the page's first point. */
export type InkPoint = [number, number] | [number, number, number] | [number, number, number, number]

export interface InkStroke {
  points: InkPoint[]
  [extra: string]: unknown
}

export interface InkDocument {
  format: 'ink/v1'
  strokes: InkStroke[]
  text?: string
  language?: string
  [extra: string]: unknown
}

export class InkFormatError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${file}: ${where}: ${problem}`)
    this.name = 'InkFormatError'
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Validates an already-parsed value as ink/v1. Throws InkFormatError naming `file` and the place. */
export function readInk(value: unknown, file = 'ink'): InkDocument {
  if (!isRecord(value)) throw new InkFormatError(file, 'top level', 'expected a JSON object')
  if (value.format !== 'ink/v1')
    throw new InkFormatError(file, 'format', `expected "ink/v1", found ${JSON.stringify(value.format) ?? 'nothing'}`)
  if (!Array.isArray(value.strokes)) throw new InkFormatError(file, 'strokes', 'expected an array')
  if (value.text !== undefined && typeof value.text !== 'string')
    throw new InkFormatError(file, 'text', 'expected a string')
  if (value.language !== undefined && typeof value.language !== 'string')
    throw new InkFormatError(file, 'language', 'expected a string')
  const strokes = value.strokes.map((stroke, i): InkStroke => {
    const where = `strokes[${i}]`
    if (!isRecord(stroke)) throw new InkFormatError(file, where, 'expected an object')
    const { points } = stroke
    if (!Array.isArray(points)) throw new InkFormatError(file, `${where}.points`, 'expected an array')
    if (points.length === 0) throw new InkFormatError(file, `${where}.points`, 'a stroke needs at least one point')
    points.forEach((p, j) => {
      const at = `${where}.points[${j}]`
      if (!Array.isArray(p) || p.length < 2) throw new InkFormatError(file, at, 'expected [x, y, pressure?, t?]')
      if (p.length > 4) throw new InkFormatError(file, at, 'a point has at most 4 numbers')
      p.forEach((n, k) => {
        if (typeof n !== 'number' || !Number.isFinite(n))
          throw new InkFormatError(file, `${at}[${k}]`, `expected a finite number, found ${JSON.stringify(n) ?? String(n)}`)
      })
    })
    return { ...stroke, points: points as InkPoint[] }
  })
  return { ...value, format: 'ink/v1', strokes } as InkDocument
}

/** Parses ink/v1 JSON text. Throws InkFormatError (bad JSON included). */
export function parseInk(text: string, file = 'ink'): InkDocument {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    throw new InkFormatError(file, 'JSON', (e as Error).message)
  }
  return readInk(value, file)
}

// Strokes are never changed in place (the board hands out the same stroke object
// while its shape is unchanged), so each one's JSON is made once: an autosave of a
// 3,000-stroke page then costs a join, not a long task while the candidate writes.
const strokeJson = new WeakMap<InkStroke, string>()
const STROKES_SLOT = '\u0000strokes\u0000'

/** ink/v1 JSON text: exactly JSON.stringify(doc), with each stroke's text cached. */
export function serializeInk(doc: InkDocument): string {
  if (!Array.isArray(doc.strokes)) return JSON.stringify(doc)
  const parts = doc.strokes.map((s) => {
    let j = strokeJson.get(s)
    if (j === undefined) strokeJson.set(s, (j = JSON.stringify(s)))
    return j
  })
  // The other fields keep their place and order: the strokes go where a marker stood.
  const rest = JSON.stringify({ ...doc, strokes: STROKES_SLOT })
  const slot = JSON.stringify(STROKES_SLOT)
  const at = rest.indexOf(slot)
  if (at !== rest.lastIndexOf(slot)) return JSON.stringify(doc) // another field holds the marker's text
  return `${rest.slice(0, at)}[${parts.join(',')}]${rest.slice(at + slot.length)}`
}

export interface Box {
  minX: number
  minY: number
  maxX: number
  maxY: number
}

/** Bounding box of some strokes, or null for none. */
export function strokesBounds(strokes: readonly InkStroke[]): Box | null {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity
  for (const s of strokes)
    for (const p of s.points) {
      if (p[0] < minX) minX = p[0]
      if (p[0] > maxX) maxX = p[0]
      if (p[1] < minY) minY = p[1]
      if (p[1] > maxY) maxY = p[1]
    }
  return minX === Infinity ? null : { minX, minY, maxX, maxY }
}
