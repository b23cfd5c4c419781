import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cer, glyphCer, normaliseTranscript } from '../../src/core/ink/cer'
import { InkFormatError, parseInk, readInk, serializeInk, type InkDocument } from '../../src/core/ink/ink'

const bad = (value: unknown) => {
  try {
    readInk(value, 'page.ink.json')
  } catch (e) {
    expect(e).toBeInstanceOf(InkFormatError)
    return (e as Error).message
  }
  throw new Error('accepted bad ink')
}

describe('ink/v1 reader', () => {
  it('reads a page and keeps unknown fields', () => {
    const doc = readInk({ format: 'ink/v1', strokes: [{ points: [[1, 2], [3, 4, 0.5, 16]], pen: 'x' }], writer: 'A' })
    expect(doc.strokes).toHaveLength(1)
    expect(doc.writer).toBe('A')
    expect(doc.strokes[0]!.pen).toBe('x')
    expect(readInk(JSON.parse(serializeInk(doc)))).toEqual(doc)
  })

  it('writes exactly what JSON.stringify writes, with fields before and after the strokes, the same doc twice, and a field holding the marker', () => {
    const strokes = [{ points: [[1, 2, 0.5, 0]] }, { points: [[3.25, 4, 0.5, 16]], pen: 'x' }] as InkDocument['strokes']
    const docs: InkDocument[] = [
      { format: 'ink/v1', strokes },
      { language: 'python', format: 'ink/v1', strokes, startedAt: 5, writer: 'A "quoted"' } as InkDocument,
      { format: 'ink/v1', strokes: [strokes[1]!, strokes[0]!], note: '\u0000strokes\u0000' } as InkDocument,
      { format: 'ink/v1', strokes: [] },
    ]
    for (const doc of docs) {
      expect(serializeInk(doc)).toBe(JSON.stringify(doc))
      expect(serializeInk(doc)).toBe(JSON.stringify(doc))
    }
  })

  it('accepts an empty page', () => {
    expect(readInk({ format: 'ink/v1', strokes: [] }).strokes).toEqual([])
  })

  it('rejects what the format forbids, naming file and place', () => {
    expect(bad({ strokes: [] })).toBe('page.ink.json: format: expected "ink/v1", found nothing')
    expect(bad({ format: 'ink/v2', strokes: [] })).toMatch(/format: expected "ink\/v1", found "ink\/v2"/)
    expect(bad({ format: 'ink/v1', strokes: [{ points: [] }] })).toMatch(/strokes\[0\]\.points: a stroke needs/)
    expect(bad({ format: 'ink/v1', strokes: [{ points: [[1, 2], [3]] }] })).toMatch(/strokes\[0\]\.points\[1\]: expected/)
    expect(bad({ format: 'ink/v1', strokes: [{ points: [[1, 'a']] }] })).toMatch(/points\[0\]\[1\]: expected a finite number/)
    expect(bad({ format: 'ink/v1', strokes: [{ points: [[1, 2]] }, { points: [[1, Infinity]] }] })).toMatch(
      /strokes\[1\]\.points\[0\]\[1\]/,
    )
  })

  it('names the file on broken JSON', () => {
    expect(() => parseInk('{"format":', 'x.ink.json')).toThrow(/^x\.ink\.json: JSON: /)
  })

  it('reads every shared real-handwriting page', () => {
    const dir = new URL('../../../shared/ink/real/', import.meta.url)
    const names = readdirSync(dir).filter((n) => n.endsWith('.ink.json'))
    // 12 writers x 2 pages (../shared/ink/README.md): a page the reader rejected would throw here.
    expect(names).toHaveLength(24)
    const writers = new Set<unknown>()
    for (const name of names) {
      const page = parseInk(readFileSync(new URL(name, dir), 'utf8'), name)
      expect(page.strokes.length, name).toBeGreaterThan(20)
      expect(page.text?.split('\n').length, name).toBeGreaterThan(3)
      writers.add((page as { writer?: unknown }).writer)
    }
    expect(writers.size).toBe(12)
  })
})

describe('CER as ink-format.md defines it', () => {
  it('normalises line endings, tabs, trailing spaces and outer blank lines', () => {
    expect(normaliseTranscript('\n\r\ndef f():\r\n\treturn 1   \n\n')).toBe('def f():\n    return 1')
  })
  it('counts a lost indentation level as 4 characters', () => {
    const ref = 'if x:\n    y'
    expect(cer('if x:\ny', ref)).toBeCloseTo(4 / ref.length)
    expect(glyphCer('if x:\ny', ref)).toBe(0)
  })
  it('is 0 for a perfect transcript and 1 for an empty one', () => {
    expect(cer('a = 1', 'a = 1')).toBe(0)
    expect(cer('', 'abc')).toBe(1)
  })
})
