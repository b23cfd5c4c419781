// A used name the page never binds, where other renderings read one it binds.
import { describe, expect, it } from 'vitest'
import { bindFromReadings } from '../../src/ocr/combine/unboundNames.ts'

const r = (...texts: string[]) => texts.map((text) => ({ text }))

describe('bindFromReadings', () => {
  it('takes the bound name the renderings read in place of a name nobody bound', () => {
    const page = ['def two_sum(nums, target):', '    seen = {}', '    for i, x in enumerate(nums):', '        seen[a] = i']
    const readings = [r(page[0]!), r(page[1]!), r(page[2]!), r('seen[a] = i', 'seen[x] = i', 'seen[x] = 1', 'seen[a] = i')]
    const { lines, fixes } = bindFromReadings(page, readings, 'python')
    expect(lines[3]).toBe('        seen[x] = i')
    expect(fixes).toEqual([{ line: 3, at: 13, from: 'a', to: 'x' }])
  })

  it('takes the bound name read most often, weighted as the writer model weighs the readings', () => {
    const page = ['def f(left, lo):', '    y += 1']
    const readings = [[], [{ text: 'lo += 1', weight: 1 }, { text: 'left += 1', weight: 3 }, { text: 'y += 1', weight: 1 }]]
    expect(bindFromReadings(page, readings, 'python').lines[1]).toBe('    left += 1')
  })

  it('leaves a name when no rendering read a bound one there, or too few did', () => {
    const page = ['def f(x):', '    return y']
    expect(bindFromReadings(page, [[], r('return y', 'return z')], 'python').lines).toEqual(page)
    const few = [[], r('return y', 'return y', 'return y', 'return y', 'return y', 'return x')]
    expect(bindFromReadings(page, few, 'python').lines).toEqual(page)
  })

  it('never changes a word of the language, an attribute, a keyword argument, a declared name or a string', () => {
    const page = ['def f(x, key):', '    g(key=len(x.size))', "    return helper(x, 'y')", 'def helper(a, b):', '    return a']
    const readings = [[], r('    x(x=x(x.x))'), r("    return x(x, 'x')"), r('def x(a, b):'), []]
    expect(bindFromReadings(page, readings, 'python').lines).toEqual(page)
  })

  it('does not take a short name that is only part of a word run together ("fix" for "if x")', () => {
    const page = ['x = 1', 'fix:']
    expect(bindFromReadings(page, [[], r('if x:', 'if x:', 'fix:')], 'python').lines).toEqual(page)
  })

  it('works for the brace languages, and leaves a query without that page\'s names and unknown languages alone', () => {
    const page = ['function f(arr) {', '  return am[0];', '}']
    const readings = [[], r('  return arr[0];', '  return am[0];'), []]
    expect(bindFromReadings(page, readings, 'javascript').lines[1]).toBe('  return arr[0];')
    expect(bindFromReadings(page, readings, 'sql').lines).toEqual(page)
  })

  it('reads a free first word of a statement as the statement keyword the renderings saw there', () => {
    const page = ['def f(lo, hi):', '    while lo < hi:', '        ream lo', '    an - 1']
    const readings = [[], [], r('ream lo', 'return lo'), r('an - 1', 'return -1', 'n - 1')]
    const { lines } = bindFromReadings(page, readings, 'python')
    expect(lines.slice(2)).toEqual(['        return lo', '    return -1'])
    // Not where the line assigns to the word.
    const assigns = ['def f(x):', '    an = x']
    expect(bindFromReadings(assigns, [[], r('return = x')], 'python').lines).toEqual(assigns)
  })

  it('gives a name bound and never used the name the page uses that the renderings read there', () => {
    const page = ['def bs(arr, x):', '    b, hi = 0, len(arr) - 1', '    while lo <= hi:', '        lo = hi']
    const readings = [[], r('b, hi = 0, len(arr) - 1', 'lo, hi = 0, len(arr) - 1'), [], []]
    expect(bindFromReadings(page, readings, 'python').lines[1]).toBe('    lo, hi = 0, len(arr) - 1')
    // A name the page only assigns to elsewhere is no use of it: "a, b = b, a + b" keeps its b
    // where another line reads "ab = 0.1".
    const swap = ['def fib(n):', '    ab = 0.1', '    for _ in range(n):', '        a, b = b, a + b', '    return a']
    expect(bindFromReadings(swap, [[], [], [], r('a, ab = b, a + b', 'a, ab = b, a + b', 'a, b = b, a + b'), []], 'python').lines).toEqual(swap)
    // A name used elsewhere keeps its place, and a name only on this line is no candidate.
    const used = ['def f(y):', '    a, b = 0, y', '    return a + b']
    expect(bindFromReadings(used, [[], r('lo, b = 0, y', 'lo, b = 0, y'), []], 'python').lines).toEqual(used)
    const same = ['def f(y):', '    a, b = 0, y']
    expect(bindFromReadings(same, [[], r('b, b = 0, y', 'b, b = 0, y')], 'python').lines).toEqual(same)
  })

  it('reads a digit as the loop variable the renderings saw there when the page never uses that variable', () => {
    const page = ['def f(nums):', '    seen = {}', '    for i, x in enumerate(nums):', '        seen[x] = 1', '    return seen']
    const readings = [[], [], [], r('seen[x] = 1', 'seen[x] = i', 'seen[x] = i'), []]
    expect(bindFromReadings(page, readings, 'python').lines[3]).toBe('        seen[x] = i')
    // A variable the page already uses is no reason to doubt a number.
    const usedI = [...page.slice(0, 3), '        seen[x] = 1', '    return i']
    expect(bindFromReadings(usedI, readings, 'python').lines).toEqual(usedI)
  })

  it('gives a method called bare the receiver the renderings read it on, a name the page binds', () => {
    const page = ['def is_pal(s):', '    s = lower()', '    return s == s[::-1]']
    const readings = [[], r('s = lower()', 's = s.lower()', 's = s.lower()', 's = lower()'), []]
    const { lines, fixes } = bindFromReadings(page, readings, 'python')
    expect(lines[1]).toBe('    s = s.lower()')
    expect(fixes).toEqual([{ line: 1, at: 8, from: '', to: 's.' }])
    // Not on a name the page never binds, not a function of its own, not one the page declares.
    expect(bindFromReadings(page, [[], r('s = t.lower()', 's = t.lower()'), []], 'python').lines).toEqual(page)
    const own = ['def lower(s):', '    return s', 'def f(s):', '    return lower(s)']
    expect(bindFromReadings(own, [[], [], [], r('return s.lower(s)')], 'python').lines).toEqual(own)
    const fn = ['def f(s):', '    return len(s)']
    expect(bindFromReadings(fn, [[], r('return s.len(s)')], 'python').lines).toEqual(fn)
  })

  it('gives an SQL column the declared alias the renderings read as its prefix', () => {
    const page = ['SELECT e.name, d.name', 'FROM employees e', 'LEFT JOIN departments d', '    ON e.dept_id = d.id', 'WHERE o.salary > 50000;']
    const readings = [[], [], [], [], r('WHERE o.salary > 50000;', 'WHERE e.salary > 50000;', 'WHERE e.salary > 5000;', 'WHERE d.salary > 50000;')]
    const { lines, fixes } = bindFromReadings(page, readings, 'sql')
    expect(lines[4]).toBe('WHERE e.salary > 50000;')
    expect(fixes).toEqual([{ line: 4, at: 6, from: 'o', to: 'e' }])
    // A declared prefix stays, and so does one no rendering read otherwise.
    expect(bindFromReadings(page.slice(0, 4), [[], [], [], r('    ON d.dept_id = e.id')], 'sql').lines).toEqual(page.slice(0, 4))
    expect(bindFromReadings(page, [[], [], [], [], r('WHERE o.salary > 50000;', 'WHERE q.salary > 50000;')], 'sql').lines).toEqual(page)
  })
})
