// Alternatives for a doubtful word come from what the other renderings of the
// line read in its place; a page's transcript carries them.
import { describe, expect, it } from 'vitest'
import { alignTokens, alternativesAt, samePageSpelling, voteSpelling } from '../../src/ocr/combine/alternatives.ts'
import { finishPage } from '../../src/ocr/pipeline.ts'
import { segmentLines } from '../../src/ocr/lines/lines.ts'
import type { LineReading } from '../../src/ocr/engines/engine.ts'
import { line } from '../fixtures/ink/handmade.ts'
import { loadCharLm, trainCharLm } from '../../src/ocr/language/charLm.ts'

describe('token alignment', () => {
  it('pairs each token with the one in its place, and marks what the other reading lacks', () => {
    expect(alignTokens(['for', 'c', 'in', 'iter', '(', 'self', ')', ':'], ['for', 'c', 'in', 'itcr', '(', 'sclf', ')'])).toEqual([0, 1, 2, 3, 4, 5, 6, -1])
    expect(alignTokens(['x', '=', 'y'], ['x', 'y'])).toEqual([0, -1, 1])
  })
})

describe('alternatives at a word', () => {
  const readings = ['if cookie.nome == name:', 'if cookie.nane == name:', 'if cookie.nome == name', 'if cookie . name == name:']
  it('lists the words the renderings read there, most often read first, never the word itself', () => {
    expect(alternativesAt('if cookie.name == name:', 10, readings)).toEqual(['nome', 'nane'])
  })
  it('has nothing to offer for a word every rendering agrees on, or where there is no word', () => {
    expect(alternativesAt('if cookie.name == name:', 0, readings)).toEqual([])
    expect(alternativesAt('if cookie.name == name:', 15, readings)).toEqual([])
  })
})

describe('a page transcript', () => {
  it('marks a word the renderings disagree on as doubtful (each character scored by how many agree), with their readings as alternatives', () => {
    const strokes = line(40, 100, [2, 6, 4])
    const lines = segmentLines(strokes)
    const reading = (text: string): LineReading => ({
      text,
      confidence: 80,
      words: text.split(' ').map((w, i) => ({ text: w, confidence: 80, x0: i * 10, x1: i * 10 + 8, symbols: [] })),
    })
    const texts = ['if qzxvbk == 1:', 'if qzwvbk == 1:', 'if qzxvbk == 1:', 'if gzwvbk == 1:']
    const lm = loadCharLm(trainCharLm(['if x == 1:', 'return x'], 3, 1))
    const out = finishPage({ lines, readings: [texts.map(reading)], language: 'python' }, lm)
    const l = out.lines[0]!
    const d = l.doubtful.find((x) => l.text.slice(x.start, x.end).startsWith('q') || l.text.slice(x.start, x.end).startsWith('g'))
    expect(d, JSON.stringify(l)).toBeDefined()
    expect(d!.alternatives.length).toBeGreaterThan(0)
    for (const a of d!.alternatives) expect(texts.some((t) => t.includes(a))).toBe(true)
  })
})

describe('one spelling per identifier on a page', () => {
  const known = (w: string) => ['if', 'return', 'None', 'is', 'not', 'iter', 'self'].includes(w)
  const line = (text: string) => ({ text, conf: Array.from(text, () => 100) })
  const page = ['toReturn = None', 'if Return is not None:', 'return toReturn', 'if toReturn:']

  it('takes the spelling the other lines use where a rendering read it there', () => {
    const readings = [[page[0]!], ['if Return is not None:', 'if toReturn is not None:', 'if oReturn is not None:'], [page[2]!], [page[3]!]]
    const out = samePageSpelling(page.map(line), readings, known)
    expect(out.map((l) => l.text)).toEqual(['toReturn = None', 'if toReturn is not None:', 'return toReturn', 'if toReturn:'])
    // The changed word stays marked for a look; the rest keeps its confidence.
    expect(out[1]!.conf).toHaveLength(out[1]!.text.length)
    expect(out[1]!.conf[3]).toBeLessThan(70)
    expect(out[1]!.conf[0]).toBe(100)
  })

  it('makes up nothing: without a rendering that read the page spelling there, the line stays', () => {
    const readings = [[page[0]!], ['if Return is not None:', 'if Retum is not None:'], [page[2]!], [page[3]!]]
    expect(samePageSpelling(page.map(line), readings, known)[1]!.text).toBe('if Return is not None:')
  })

  it('never changes a word of the language, nor takes a word much shorter or longer', () => {
    const lines = ['x = iter(seq)', 'y = iter(seq)', 'z = f(self)', 'stack = []', 'stack.append(1)', 'q = stackpush']
    const readings = [[lines[0]!], [lines[1]!], ['z = f(self)', 'z = f(seq)'], [lines[3]!], [lines[4]!], ['q = stackpush', 'q = stack']]
    const out = samePageSpelling(lines.map(line), readings, (w) => w === 'iter' || w === 'self').map((l) => l.text)
    expect(out[2]).toBe('z = f(self)')
    expect(out[5]).toBe('q = stackpush')
  })
})

describe('one spelling per short name, by the renderings\' votes over the page', () => {
  const known = (w: string) => ['def', 'if', 'elif', 'len', 'return', 'or'].includes(w)
  const line = (text: string) => ({ text, conf: Array.from(text, () => 100) })
  const page = ['def f(ar, x):', 'n = len(arr)', 'if ar[0] == x:', 'elif ann[1] < x:']
  // Each line's renderings: most read "arr" somewhere on the page, the combination settled otherwise.
  const readings = [
    ['def f(ar, x):', 'def f(arr, x):', 'def f(arr, x):'],
    ['n = len(arr)', 'n = len(arr)', 'n = len(ar)'],
    ['if ar[0] == x:', 'if arr[0] == x:', 'if or[0] == x:'],
    ['elif ann[1] < x:', 'elif arr[1] < x:', 'elif ann[1] < x:'],
  ]

  it('takes the look-alike spelling read most often on the page, where a rendering read it in that place', () => {
    const out = voteSpelling(page.map(line), readings.map((rs) => rs.map((text) => ({ text }))), known)
    expect(out.map((l) => l.text)).toEqual(['def f(arr, x):', 'n = len(arr)', 'if arr[0] == x:', 'elif arr[1] < x:'])
    // The changed word stays marked for a look.
    expect(out[0]!.conf[6]).toBeLessThan(70)
    expect(out[0]!.conf).toHaveLength(out[0]!.text.length)
  })

  it('leaves a name no rendering read otherwise, a word of the language, a long name, and a spelling without a clear majority', () => {
    const alone = [['def f(ar, x):'], ['n = len(arr)'], ['if ar[0] == x:', 'if or[0] == x:'], ['elif ann[1] < x:']]
    // "arr" read once, "ar" twice: no majority of two to one.
    expect(voteSpelling(page.map(line), alone.map((rs) => rs.map((text) => ({ text }))), known).map((l) => l.text)).toEqual(page)
    const long = ['x = binary(a)', 'y = binary(b)']
    const longReadings = [['x = binary(a)', 'x = binany(a)', 'x = binany(a)'], ['y = binany(b)', 'y = binany(b)', 'y = binary(b)']]
    expect(voteSpelling(long.map(line), longReadings.map((rs) => rs.map((text) => ({ text }))), known).map((l) => l.text)).toEqual(long)
  })

  it('takes a conventional name ("arr") read as often as the spelling it replaces, and nothing less', () => {
    const lines = ['n = len(ann)', 'if ann[0] == x:']
    const even = [['n = len(ann)', 'n = len(arr)'], ['if ann[0] == x:', 'if arr[0] == x:']]
    const asList = (rs: string[][]) => rs.map((r) => r.map((text) => ({ text })))
    const isCommon = (w: string) => w === 'arr'
    // Without the prior, two to two is no majority.
    expect(voteSpelling(lines.map(line), asList(even), known).map((l) => l.text)).toEqual(lines)
    expect(voteSpelling(lines.map(line), asList(even), known, isCommon).map((l) => l.text)).toEqual(['n = len(arr)', 'if arr[0] == x:'])
    const fewer = [['n = len(ann)', 'n = len(ann)'], ['if ann[0] == x:', 'if arr[0] == x:']]
    expect(voteSpelling(lines.map(line), asList(fewer), known, isCommon).map((l) => l.text)).toEqual(lines)
  })

  it("counts each reading with its weight: a writer's model that trusts one rendering keeps its spelling", () => {
    const lines = ['ba = 1', 'xa = 2']
    const rs = [['bo = 1', 'bo = 1', 'ba = 1'], ['xo = 2', 'xo = 2', 'xa = 2']]
    const plain = rs.map((r) => r.map((text) => ({ text })))
    expect(voteSpelling(lines.map(line), plain, known).map((l) => l.text)).toEqual(['bo = 1', 'xo = 2'])
    const trusted = rs.map((r) => r.map((text, k) => ({ text, weight: k === 2 ? 3 : 0.5 })))
    expect(voteSpelling(lines.map(line), trusted, known).map((l) => l.text)).toEqual(lines)
  })
})
