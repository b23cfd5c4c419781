// Statement ends made consistent over a page of a semicolon language.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fixStatementEnds } from '../../src/ocr/combine/statementEnds.ts'
import { finishPage } from '../../src/ocr/pipeline.ts'
import { segmentLines } from '../../src/ocr/lines/lines.ts'
import type { LineReading } from '../../src/ocr/engines/engine.ts'
import { line } from '../fixtures/ink/handmade.ts'

// Written for this test in the semicolon style: every statement ends with ";".
const PAGE = [
  'import { sum } from "./sum.js";',
  'const counts = new Map();',
  'const label = (n) => {',
  '    if (n < 0) return "minus";',
  '    return `n=${n}`;',
  '};',
  'function tally(words) {',
  '    let total = 0;',
  '    for (let i = 0; i < words.length; i++) {',
  '        const w = words[i].trim();',
  '        if (!w) continue;',
  '        else total += 1;',
  '        counts.set(w, (counts.get(w) ?? 0) + 1);',
  '        i++;',
  '    }',
  '    words.forEach((w) => {',
  '        console.log(label(w.length));',
  '    });',
  '    const shape = {',
  '        total,',
  '        names: [...counts.keys()]',
  '    };',
  '    return total;',
  '}',
]

describe('fixStatementEnds', () => {
  it('gives a statement back the semicolon a reading lost, where the page ends its statements with one', () => {
    const page = ['function sum(arr) {', '    let total = 0;', '    for (const x of arr) {', '        total += x', '    }', '    return total;', '}']
    const { lines, fixes } = fixStatementEnds(page, 'javascript')
    expect(lines[3]).toBe('        total += x;')
    expect(fixes).toEqual([{ line: 3, at: 18, from: '', to: ';' }])
  })

  it("ends the brace of a function or object assigned to a name, and a call's closing '})'", () => {
    const page = ['const reverse = (s) => {', "    return s.split('').reverse().join('');", '}']
    expect(fixStatementEnds(page, 'javascript').lines[2]).toBe('};')
    const call = ['items.forEach((x) => {', '    seen.add(x);', '    n += 1;', '})']
    expect(fixStatementEnds(call, 'javascript').lines[3]).toBe('});')
  })

  it('restores any one semicolon taken from a page written in that style, and nothing else', () => {
    expect(fixStatementEnds(PAGE, 'javascript').lines).toEqual(PAGE)
    PAGE.forEach((l, i) => {
      if (!l.endsWith(';')) return
      const lost = PAGE.map((x, k) => (k === i ? x.slice(0, -1) : x))
      expect(fixStatementEnds(lost, 'typescript').lines, `line ${i + 1}: ${l}`).toEqual(PAGE)
    })
  })

  it('leaves headers, continued lines, object members, class bodies and comments as they are', () => {
    const page = [
      'class Counter {',
      '    count = 0',
      '    add(x) {',
      '        this.count += x;',
      '        return this;',
      '    }',
      '}',
      'const total = items',
      '    .map((x) => x.price)',
      '    .reduce((a, b) => a + b, 0);',
      'const point = {',
      '    x: 1,',
      '    y: 2',
      '};',
      'if (ready)',
      '    start();',
      'function go(a,',
      '    b) {',
      '    // nothing to do',
      '    return a + b;',
      '}',
    ]
    expect(fixStatementEnds(page, 'javascript').lines).toEqual(page)
  })

  it("changes nothing where the page's own statements mostly go without (and in a language without semicolons)", () => {
    const loose = ['let total = 0;', 'for (const x of xs) {', '    total += x', '    seen.add(x)', '}', 'return total']
    expect(fixStatementEnds(loose, 'javascript').fixes).toEqual([])
    const python = ['total = 0;', 'x = 1;', 'y = 2']
    expect(fixStatementEnds(python, 'python').fixes).toEqual([])
    expect(fixStatementEnds(['let a = 1;', 'let b = 2;', 'let c = 3'], 'go').fixes).toEqual([])
  })

  it('changes nothing in any JavaScript the bank holds (answers and wrong answers, written without semicolons)', () => {
    const changed: string[] = []
    let files = 0
    for (const d of readdirSync('problems', { withFileTypes: true }).filter((e) => e.isDirectory()))
      for (const f of readdirSync(path.join('problems', d.name), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))) {
        files++
        const { fixes } = fixStatementEnds(readFileSync(path.join('problems', d.name, f), 'utf8').split('\n'), 'javascript')
        if (fixes.length) changed.push(`${d.name}/${f}`)
      }
    expect(files).toBeGreaterThan(100)
    expect(changed).toEqual([])
  })

  it("runs in a page's finishing, and marks the semicolon it wrote as doubtful for the review", () => {
    const lines = segmentLines([...line(40, 100, [5, 6]), ...line(40, 180, [4, 8]), ...line(40, 260, [5, 5])])
    const reading = (text: string): LineReading => ({ text, confidence: 90, words: [] })
    const page = ['let total = 0;', 'total += x', 'return total;']
    const out = finishPage({ lines, readings: page.map((t) => [reading(t)]), language: 'javascript' })
    expect(out.lines.map((l) => l.text)).toEqual(['let total = 0;', 'total += x;', 'return total;'])
    expect(out.lines[1]!.doubtful).toContainEqual({ start: 10, end: 11, alternatives: [] })
  })
})
