// A Python block header whose "if" was lost, read as a scrap, or run into the name after it.
import { describe, expect, it } from 'vitest'
import { restoreIf } from '../../src/ocr/combine/lostIf.ts'
import { syntaxCheckerFor } from '../../src/ocr/language/grammar.ts'

const py = syntaxCheckerFor('python')
const fix = (line: string) => restoreIf(['def f(n):', line, '        return 1'], 'python', py).lines[1]

describe('restoreIf', () => {
  it('gives a header that is only a condition its "if"', () => {
    expect(fix('    i % 15 == 0:')).toBe('    if i % 15 == 0:')
    expect(fix('    "n<=1:')).toBe('    if n<=1:')
    expect(fix("    '+ x:")).toBe('    if x:')
    expect(fix('    in <= 1:')).toBe('    if n <= 1:')
    const { fixes } = restoreIf(['    4: n > 0:'], 'python', py)
    expect(fixes).toEqual([{ line: 0, at: 4, from: '4: ', to: 'if ' }])
  })

  it('leaves headers with their keyword, lines that are not headers, and other languages', () => {
    for (const kept of ['    while n > 1:', '    else:', '    for x in xs:', '    x = 1', '    if n > best', '    return {1:', '    n <= 1 x y:'])
      expect(fix(kept)).toBe(kept)
    const js = ['x > 1:']
    expect(restoreIf(js, 'javascript', syntaxCheckerFor('javascript')).lines).toEqual(js)
  })
})
