// Names made to agree with what the page binds.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fixPageNames } from '../../src/ocr/combine/pageNames.ts'
import { finishPage } from '../../src/ocr/pipeline.ts'
import { segmentLines } from '../../src/ocr/lines/lines.ts'
import type { LineReading } from '../../src/ocr/engines/engine.ts'
import { line } from '../fixtures/ink/handmade.ts'

describe('fixPageNames', () => {
  it('gives a conventional name back the doubled letter a reading lost, everywhere on the page', () => {
    const page = ['def search(ar, x):', '    for v in ar:', '        if v in sen:', '            return ar[0]']
    const { lines, fixes } = fixPageNames(page, 'python')
    expect(lines).toEqual(['def search(arr, x):', '    for v in arr:', '        if v in seen:', '            return arr[0]'])
    expect(fixes).toContainEqual({ line: 0, at: 13, from: '', to: 'r' })
    // The full name read right once below, where the page binds only the short one.
    expect(fixPageNames(['def f(ar):', '    n = len(ar)', '    return arr'], 'python').lines).toEqual(['def f(arr):', '    n = len(arr)', '    return arr'])
  })

  it('leaves a name that is right somewhere on the page, a conventional name, and strings', () => {
    const both = ['def f(ar, arr):', '    return ar + arr']
    expect(fixPageNames(both, 'python').lines).toEqual(both)
    const own = ['def f(cur, prev):', '    return cur', "    print('ar sen')"]
    expect(fixPageNames(own, 'python').lines).toEqual(own)
  })

  it('reads a name as the conventional one whose letters a hand ran together or drew apart (rr as m), where the page does not bind both', () => {
    const page = ['def bubble_sort(am):', '    n = len(am)', '    if am[0] > am[1]:', '        pass', '    return arr']
    expect(fixPageNames(page, 'python').lines).toEqual(['def bubble_sort(arr):', '    n = len(arr)', '    if arr[0] > arr[1]:', '        pass', '    return arr'])
    expect(fixPageNames(['let x = an.length;', 'return cum;'], 'javascript').lines).toEqual(['let x = arr.length;', 'return curr;'])
    // Two bound names, a name of five letters, a conventional name: left as read.
    for (const kept of [['def f(am, arr):', '    return am + arr'], ['clist = sorted(keys)', 'for f in clist:', '    print(f)'], ['for num in nums:', '    print(num)']])
      expect(fixPageNames(kept, 'python').lines).toEqual(kept)
  })

  it('parts two short names the page binds where a reading ran them into one it never binds', () => {
    const page = ['function maxDepth(root) {', '    const l = maxDepth(root.left);', '    const r = maxDepth(root.right);', '    return 1 + Math.max(lr);', '}']
    expect(fixPageNames(page, 'javascript').lines[3]).toBe('    return 1 + Math.max(l, r);')
    // A name the page binds itself stays, however it could be cut.
    const own = ['lr = 0.1', 'l = 1', 'r = 2', 'print(lr)']
    expect(fixPageNames(own, 'python').lines).toEqual(own)
  })

  it('reads a sequence run into the name it is indexed by, its brackets lost or read as letters, as the index', () => {
    const page = ['def is_palindrome(s):', '    left, right = 0, len(s) - 1', '    while left < right:', '        if sleft != stright:', '            return False', '        left += 1', '    return True']
    const { lines, fixes } = fixPageNames(page, 'python')
    expect(lines[3]).toBe('        if s[left] != s[right]:')
    expect(fixes).toContainEqual({ line: 3, at: 11, from: 'sleft', to: 's[left]' })
    expect(fixPageNames(['function f(arr, i) {', '    return arr.length > i ? arri : 0;', '}'], 'javascript').lines[1]).toBe('    return arr.length > i ? arr[i] : 0;')
    expect(fixPageNames(['function f(arr, i) {', '    return arr[0] + arri;', '}'], 'javascript').lines[1]).toBe('    return arr[0] + arr[i];')
    // Not where the first part is no sequence of the page's, nor a call, nor a name the page binds.
    for (const kept of [
      ['def f(s, left):', '    return sleft'],
      ['function f(s, left) {', '    return sleft;', '}'],
      ['def f(s, left):', '    n = len(s)', '    return sleft(n)'],
      ['def f(s, left):', '    sleft = s[left]', '    return sleft'],
    ])
      expect(fixPageNames(kept, 'python').lines).toEqual(kept)
  })

  it('parts a Python pair unpacked into whose comma was lost, and the swap it is given', () => {
    const fib = ['def fib(n):', '    ab = 0, 1', '    for _ in range(n):', '        ab = ba + b', '    return a']
    const { lines } = fixPageNames(fib, 'python')
    expect(lines[1]).toBe('    a, b = 0, 1')
    expect(lines[3]).toBe('        a, b = b, a + b')
    const dot = ['def fib(n):', '    ab = 0.1', '    for _ in range(n):', '        ab = ba + b', '    return a']
    expect(fixPageNames(dot, 'python').lines[1]).toBe('    a, b = 0, 1')
    const bs = ['def bs(arr, x):', '    lohi = 0, len(arr) - 1', '    while lo <= hi:', '        mid = (lo + hi) // 2']
    expect(fixPageNames(bs, 'python').lines[1]).toBe('    lo, hi = 0, len(arr) - 1')
    // A name the page reads, one value, or parts the page never reads alone: left as read.
    for (const kept of [
      ['ab = 0, 1', 'print(ab, a, b)'],
      ['ab = 0', 'print(a, b)'],
      ['ab = 0, 1', 'print(x)'],
    ])
      expect(fixPageNames(kept, 'python').lines).toEqual(kept)
  })

  it('reads a digit assigned to as the look-alike letter the page uses', () => {
    const page = ['def is_pal(s):', '    5 = s.lower()', '    return s == s[::-1]']
    expect(fixPageNames(page, 'python').lines[1]).toBe('    s = s.lower()')
    const noName = ['x = 1', '5 = x']
    expect(fixPageNames(noName, 'python').lines).toEqual(noName)
    // A 1 is an i or an l, the one the page uses; added to as well as assigned.
    const merge = ['    1 = j = 0', '    while i < len(a):', '        1 += 1']
    expect(fixPageNames(merge, 'python').lines).toEqual(['    i = j = 0', '    while i < len(a):', '        i += 1'])
    const ell = ['1 = []', 'l.append(2)']
    expect(fixPageNames(ell, 'python').lines[0]).toBe('l = []')
  })

  it('changes nothing in any Python or JavaScript the bank holds, nor SQL or plain text', () => {
    const changed: string[] = []
    let files = 0
    for (const d of readdirSync('problems', { withFileTypes: true }).filter((e) => e.isDirectory()))
      for (const f of readdirSync(path.join('problems', d.name), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(py|js)$/.test(f))) {
        files++
        const { fixes } = fixPageNames(readFileSync(path.join('problems', d.name, f), 'utf8').split('\n'), f.endsWith('.py') ? 'python' : 'javascript')
        if (fixes.length) changed.push(`${d.name}/${f}`)
      }
    expect(files).toBeGreaterThan(200)
    expect(changed).toEqual([])
    expect(fixPageNames(['SELECT ar FROM t;'], 'sql').fixes).toEqual([])
  })

  it("runs in a page's finishing, marking what it wrote as doubtful for the review", () => {
    const lines = segmentLines([...line(40, 100, [5, 6]), ...line(40, 180, [4, 8]), ...line(40, 260, [5, 5])])
    const reading = (text: string): LineReading => ({ text, confidence: 90, words: [] })
    const page = ['const l = 1;', 'const r = 2;', 'f(lr);']
    const out = finishPage({ lines, readings: page.map((t) => [reading(t)]), language: 'javascript' })
    expect(out.lines[2]!.text).toBe('f(l, r);')
    const doubt = out.lines[2]!.doubtful.find((d) => d.start === 2)
    expect(doubt?.end).toBe(6)
    expect(doubt?.alternatives).toContain('lr')
    for (const l of out.lines) for (const d of l.doubtful) expect(d.end).toBeLessThanOrEqual(l.text.length)
  })

  it('parts a block header keyword from the bound name it ran into', () => {
    const page = ['while True:', '    x = list(take(seq, size))', '    fix:', '        yield x', '    whilex:', '        break']
    expect(fixPageNames(page, 'python').lines).toEqual(['while True:', '    x = list(take(seq, size))', '    if x:', '        yield x', '    while x:', '        break'])
    // Not a name the page binds or calls itself, nor a name it never binds.
    const own = ['fix = 1', 'x = 2', 'if fix:', '    fix:']
    expect(fixPageNames(own, 'python').lines).toEqual(own)
    const unbound = ['fiz:', '    pass']
    expect(fixPageNames(unbound, 'python').lines).toEqual(unbound)
  })
})
