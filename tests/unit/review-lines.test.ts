import { describe, expect, it } from 'vitest'
import { applyAlternative, doubtMarks, linkLines, matchEditedLines, readOcrLines } from '../../src/core/review/lines'

const box = { minX: 0, minY: 0, maxX: 10, maxY: 10 }
const ocr = readOcrLines([
  { text: 'def f(xs):', indent: 0, confidence: 80, bbox: box, strokeIds: [0, 1], doubtful: [] },
  { text: 'retum xs', indent: 1, confidence: 40, bbox: box, strokeIds: [2, 3, 4], doubtful: [{ start: 0, end: 5, alternatives: ['return'] }] },
  { text: 'pass', indent: 1, confidence: 90, bbox: box, strokeIds: [5], doubtful: [] },
])
const read = 'def f(xs):\n    retum xs\n    pass'

describe('transcript lines and their ink', () => {
  it('reads stored lines leniently', () => {
    expect(readOcrLines([null, { text: 'a', strokeIds: [1, -1, 'x'], doubtful: [{ start: 0, end: 9 }] }])).toEqual([
      { text: '', indent: 0, strokeIds: [], doubtful: [], bbox: null },
      { text: 'a', indent: 0, strokeIds: [1], doubtful: [], bbox: null },
    ])
  })

  it('links each line to its strokes and back while the text is as read', () => {
    const links = linkLines(ocr, read)
    expect(links.strokesOfLine).toEqual([[0, 1], [2, 3, 4], [5]])
    expect(links.lineOfStroke.get(3)).toBe(1)
  })

  it('follows lines the candidate edited, inserted or deleted', () => {
    // Line 2 corrected in place, a new line inserted before it.
    expect(matchEditedLines(ocr, 'def f(xs):\n    # sum\n    return xs\n    pass')).toEqual([0, null, null, 2])
    expect(matchEditedLines(ocr, 'def f(xs):\n    return xs\n    pass')).toEqual([0, 1, 2])
    // The first line deleted: the others keep their strokes.
    expect(linkLines(ocr, '    retum xs\n    pass').strokesOfLine).toEqual([[2, 3, 4], [5]])
  })
})

describe('doubtful words', () => {
  it('are marked at their place in the transcript, indentation included', () => {
    const marks = doubtMarks(ocr, read)
    expect(marks).toEqual([{ from: 15, to: 20, text: 'retum', alternatives: ['return'], line: 1 }])
    expect(read.slice(15, 20)).toBe('retum')
  })

  it('picking an alternative replaces the word, and the doubt is settled', () => {
    const [mark] = doubtMarks(ocr, read)
    const next = applyAlternative(read, mark!, 'return')
    expect(next).toBe('def f(xs):\n    return xs\n    pass')
    expect(doubtMarks(ocr, next)).toEqual([])
  })

  it('still stand on unchanged lines after lines above were added', () => {
    const edited = '# note\n' + read
    const [mark] = doubtMarks(ocr, edited)
    expect(edited.slice(mark!.from, mark!.to)).toBe('retum')
  })
})
