// A declaration whose name a reading lost, given back from the names the page uses unbound.
import { describe, expect, it } from 'vitest'
import { bankFilesChanged } from './bankSources.ts'
import { fillLostTargets } from '../../src/ocr/combine/lostTargets.ts'

describe('fillLostTargets', () => {
  it('names an empty declaration with the name the page uses but never binds, in order of use', () => {
    const page = ['function maxDepth(root) {', '    if (!root) return 0;', '    const = maxDepth(root.left);', '    const = maxDepth(root.right);', '    return 1 + Math.max(l, r);', '}']
    const { lines, fixes } = fillLostTargets(page, 'javascript')
    expect(lines[2]).toBe('    const l = maxDepth(root.left);')
    expect(lines[3]).toBe('    const r = maxDepth(root.right);')
    expect(fixes).toEqual([
      { line: 2, at: 10, from: '', to: 'l ' },
      { line: 3, at: 10, from: '', to: 'r ' },
    ])
    expect(fillLostTargets(['def f(a):', '    = a + 1', '    return b'], 'python').lines[1]).toBe('    b = a + 1')
  })

  it('leaves the line where the unbound names do not match the empty declarations one for one', () => {
    const two = ['function f(a) {', '    const = a + 1;', '    return x + y;', '}']
    expect(fillLostTargets(two, 'javascript').lines).toEqual(two)
    const none = ['def f(a):', '    = a + 1', '    return a']
    expect(fillLostTargets(none, 'python').lines).toEqual(none)
    // A name used only before the declaration is not its name; SQL is not touched.
    const before = ['x = g(y)', '= 2']
    expect(fillLostTargets(before, 'python').lines).toEqual(before)
    expect(fillLostTargets(['= 1'], 'sql').lines).toEqual(['= 1'])
  })

  it('changes nothing in the bank (answers and wrong answers)', () => {
    expect(bankFilesChanged(fillLostTargets)).toEqual([])
  })
})
