// The letter case of names and keywords made consistent over a Python page.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fixNameCase } from '../../src/ocr/combine/nameCase.ts'
import { finishPage } from '../../src/ocr/pipeline.ts'
import { segmentLines } from '../../src/ocr/lines/lines.ts'
import type { LineReading } from '../../src/ocr/engines/engine.ts'
import { line } from '../fixtures/ink/handmade.ts'

describe('fixNameCase', () => {
  it('writes a loop variable read with a capital in lower case wherever the page uses it', () => {
    const page = ['for Cookie in iter(self):', '    if Cookie.name == name:', '        found = Cookie.value']
    const { lines, fixes } = fixNameCase(page, 'python')
    expect(lines).toEqual(['for cookie in iter(self):', '    if cookie.name == name:', '        found = cookie.value'])
    expect(fixes[0]).toEqual({ line: 0, at: 4, from: 'C', to: 'c' })
  })

  it("lowers a capitalised word standing alone where the page binds its lower case, and a parameter's own capital", () => {
    const page = ['def find(self, name, path=None):', '    if Path is None:', '        return name']
    expect(fixNameCase(page, 'python').lines[1]).toBe('    if path is None:')
    const param = ['def find(self, Path=None):', '    if Path is None:', '        return 1']
    expect(fixNameCase(param, 'python').lines).toEqual(['def find(self, path=None):', '    if path is None:', '        return 1'])
  })

  it('lowers a capitalised keyword that begins a line, not one after a name ("to Return" is half of toReturn)', () => {
    expect(fixNameCase(['def take(seq, n):', '    Yield next(seq)'], 'python').lines[1]).toBe('    yield next(seq)')
    const split = ['to Return = None', 'If x:', '    pass']
    expect(fixNameCase(split, 'python').lines).toEqual(['to Return = None', 'if x:', '    pass'])
  })

  it('keeps the capital of what the page uses as a class, constants, strings, comments and other languages', () => {
    const classes = [
      'class Node:',
      '    pass',
      'def build(node, Item, values):',
      '    node = Node(1)',
      '    for Item in values:',
      '        if isinstance(node, Node): Item()',
      '    raise Cookie ConflictError("Node node")',
      '    return True  # Node here',
      '    """For every Node',
      '    If node is None, None."""',
    ]
    expect(fixNameCase(classes, 'python').lines).toEqual(classes)
    const annotated = ['def f(pos: Pos, key) -> tuple[Pos, Key]:', '    return Pos, Key']
    expect(fixNameCase(annotated, 'python').lines).toEqual(annotated)
    const js = ['for (const Cookie of cookies) {', '    Cookie.name', '}']
    expect(fixNameCase(js, 'javascript').lines).toEqual(js)
  })

  it('changes nothing in any Python the bank holds (answers and wrong answers)', () => {
    const changed: string[] = []
    let files = 0
    for (const d of readdirSync('problems', { withFileTypes: true }).filter((e) => e.isDirectory()))
      for (const f of readdirSync(path.join('problems', d.name), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.py'))) {
        files++
        const { fixes } = fixNameCase(readFileSync(path.join('problems', d.name, f), 'utf8').split('\n'), 'python')
        if (fixes.length) changed.push(`${d.name}/${f}`)
      }
    expect(files).toBeGreaterThan(100)
    expect(changed).toEqual([])
  })

  it("runs in a page's finishing, and marks each letter it lowered as doubtful for the review", () => {
    const lines = segmentLines([...line(40, 100, [5, 6]), ...line(40, 180, [4, 8]), ...line(40, 260, [5, 5])])
    const reading = (text: string): LineReading => ({ text, confidence: 90, words: [] })
    const page = ['for Cookie in jar:', 'if Cookie in jar:', 'Yield Cookie']
    const out = finishPage({ lines, readings: page.map((t) => [reading(t)]), language: 'python' })
    expect(out.lines.map((l) => l.text)).toEqual(['for cookie in jar:', 'if cookie in jar:', 'yield cookie'])
    const doubt = out.lines[0]!.doubtful.find((d) => d.start === 4)
    expect(doubt?.end).toBe(5)
    expect(doubt?.alternatives).toContain('C')
  })
})
