// Closing braces a reading lost to a look-alike ("13;", "1.", "se;").
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { closeBlocks } from '../../src/ocr/combine/blockEnds.ts'

describe('closeBlocks', () => {
  it('reads short lines that cannot be statements as the braces the page lacks, from the bottom up', () => {
    const page = ['function f(x) {', '    for (const c of x) {', '        total += c;', '    1.', '    return total;', '13;']
    const { lines, fixes } = closeBlocks(page, 'javascript')
    expect(lines).toEqual(['function f(x) {', '    for (const c of x) {', '        total += c;', '    }', '    return total;', '};'])
    expect(fixes).toContainEqual({ line: 3, at: 4, from: '1.', to: '}' })
  })

  it('takes only as many as the page lacks, and never a name the page uses, a balanced page or a language without braces', () => {
    expect(closeBlocks(['const f = (s) => {', '    return s;', 'se;', 'x;'], 'javascript').lines).toEqual(['const f = (s) => {', '    return s;', 'se;', '};'])
    for (const [page, lang] of [
      [['function f(x) {', '    x;', '    return x;'], 'javascript'],
      [['function f(x) {', '    return x;', '}', '1.'], 'javascript'],
      [['def f(x):', '    d = {', '1.'], 'python'],
      [["const s = '{';", 'ab;'], 'javascript'],
    ] as const)
      expect(closeBlocks(page, lang).lines).toEqual(page)
  })

  it('changes nothing in any JavaScript the bank holds', () => {
    const changed: string[] = []
    for (const d of readdirSync('problems', { withFileTypes: true }).filter((d) => d.isDirectory()))
      for (const f of ['solution.js', 'buggy.js']) {
        const p = path.join('problems', d.name, f)
        if (existsSync(p) && closeBlocks(readFileSync(p, 'utf8').split('\n'), 'javascript').fixes.length) changed.push(p)
      }
    expect(changed).toEqual([])
  })
})
