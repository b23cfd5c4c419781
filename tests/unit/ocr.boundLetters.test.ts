// A lone 1 read where the page's one-letter index was written, given back where the renderings read it.
import { describe, expect, it } from 'vitest'
import { restoreBoundLetters } from '../../src/ocr/combine/boundLetters.ts'

const many = (n: number, t: string) => Array.from({ length: n }, () => t)
const page = ['for i, x in enumerate(nums):', '    seen[x] = 1']

describe('restoreBoundLetters', () => {
  it('reads a lone 1 as the i the page binds where 40% of the renderings read i there', () => {
    const readings = [[], [...many(12, '    seen[x] = i'), ...many(14, '    seen[x] = 1')]]
    const { lines, fixes } = restoreBoundLetters(page, readings, 'python')
    expect(lines[1]).toBe('    seen[x] = i')
    expect(fixes).toEqual([{ line: 1, at: 14, from: '1', to: 'i' }])
    const js = ['for (let i = 0; i < n; i++) {', '  for (let j = 1 + 1; j < n; j++) {']
    expect(restoreBoundLetters(js, [[], many(5, '  for (let j = i + 1; j < n; j++) {')], 'javascript').lines[1]).toBe('  for (let j = i + 1; j < n; j++) {')
  })

  it('leaves a 1 too few renderings read as a letter, a letter the page does not bind, a 1 inside a number, and SQL', () => {
    expect(restoreBoundLetters(page, [[], [...many(9, '    seen[x] = i'), ...many(17, '    seen[x] = 1')]], 'python').lines).toEqual(page)
    expect(restoreBoundLetters(['seen[x] = 1'], [many(26, 'seen[x] = i')], 'python').lines).toEqual(['seen[x] = 1'])
    expect(restoreBoundLetters(['for i in a:', '    x = 10'], [[], many(26, '    x = i0')], 'python').lines).toEqual(['for i in a:', '    x = 10'])
    expect(restoreBoundLetters(['SELECT 1'], [many(5, 'SELECT i')], 'sql').lines).toEqual(['SELECT 1'])
  })
})
