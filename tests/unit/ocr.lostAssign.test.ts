// An augmented assignment read without its "=": a bound name plus or minus a number, alone on a line.
import { describe, expect, it } from 'vitest'
import { restoreAugmented } from '../../src/ocr/combine/lostAssign.ts'

describe('restoreAugmented', () => {
  it('gives "right - 1" alone on a line its "=" where the page binds the name', () => {
    const page = ['left, right = 0, len(s) - 1', 'while left < right:', '    left += 1', '    right - 1']
    const { lines, fixes } = restoreAugmented(page, 'python')
    expect(lines[3]).toBe('    right -= 1')
    expect(fixes).toEqual([{ line: 3, at: 11, from: '', to: '=' }])
    expect(restoreAugmented(['let n = 5;', 'n + 2;'], 'javascript').lines[1]).toBe('n += 2;')
  })

  it('leaves unbound names (a keyword read badly: "ream - 1"), expressions in statements, and SQL', () => {
    for (const [page, lang] of [
      [['def f(mid):', '    ream - 1'], 'python'],
      [['x = 1', 'return x - 1'], 'python'],
      [['x = 1', 'y = x - 1'], 'python'],
      [['x - 1'], 'sql'],
    ] as const)
      expect(restoreAugmented(page, lang).lines).toEqual(page)
  })
})
