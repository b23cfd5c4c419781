// A function header whose parameter list lost a bracket, given it back from
// the names the rest of the page uses and never binds.
import { describe, expect, it } from 'vitest'
import { bankFilesChanged } from './bankSources.ts'
import { restoreArrowParams, restoreParams } from '../../src/ocr/combine/lostParams.ts'

const changed = (page: string[], language: string) => {
  const { lines } = restoreParams(page, language)
  return lines.filter((l, i) => l !== page[i])
}

describe('restoreParams', () => {
  it('splits a header whose brackets were read as letters around a parameter the page uses', () => {
    // A held-out hand's small arcs: "(" read l, i or r, ")" read t or lost.
    expect(changed(['def balancedist:', 'stack = []', 'for ch in s:', '    stack.append(ch)', 'return not stack'], 'python')).toEqual(['def balanced(s):'])
    expect(changed(['def averagerscorest:', 'if not scores:', '    raise ValueError("empty")', 'return sum(scores) / len(scores)'], 'python')).toEqual(['def average(scores):'])
    expect(changed(['def load_configpath:', 'with open(path) as f:', '    return json.load(f)'], 'python')).toEqual(['def load_config(path):'])
    expect(changed(['function pickiobj keys) {', 'const out = {};', 'for (const k of keys) if (k in obj) out[k] = obj[k];', 'return out;', '}'], 'javascript')).toEqual(['function pick(obj, keys) {'])
  })

  it('gives a method its self, and a list opened but never closed its ")"', () => {
    const page = ['class Queue:', '    def __init__(self:', '        self.items = []', '    def enqueue(self, x:', '        self.items.insert(0, x)', '    def sizelself:', '        return len(self.items)']
    const { lines, fixes } = restoreParams(page, 'python')
    expect(lines).toEqual(['class Queue:', '    def __init__(self):', '        self.items = []', '    def enqueue(self, x):', '        self.items.insert(0, x)', '    def size(self):', '        return len(self.items)'])
    expect(fixes[0]).toEqual({ line: 1, at: 21, from: '', to: ')' })
    expect(changed(['function add(a, b {', '    return a + b;', '}'], 'javascript')).toEqual(['function add(a, b) {'])
    expect(changed(['class User:', '    def __repr__(self)', '        return self.name'], 'python')).toEqual(['    def __repr__(self):'])
    expect(changed(['class User:', '    def __repr__(self', '        return self.name'], 'python')).toEqual(['    def __repr__(self):'])
  })

  it('reads a dot between two parameters as the comma it was', () => {
    expect(changed(['function pick(obj.keys) {', '    return obj;', '}'], 'javascript')).toEqual(['function pick(obj, keys) {'])
    expect(changed(['def f(a. b, c):', '    return a'], 'python')).toEqual(['def f(a, b, c):'])
    // A default's dots are its own.
    expect(changed(['def area(r, pi=math.pi):', '    return pi * r'], 'python')).toEqual([])
  })

  it('keeps the longer name where the page calls it', () => {
    // "totalnums" could be tota(nums), the "l" a bracket; the page calls total.
    expect(changed(['def totalnums:', '    return sum(nums)', 'print(total(xs))'], 'python')).toEqual(['def total(nums):'])
    expect(changed(['def totalnums:', '    return sum(nums)'], 'python')).toEqual(['def tota(nums):'])
  })

  it('leaves headers that are whole, names nothing fits, a first parameter run in before a comma, and other languages', () => {
    for (const kept of [
      ['def main:', '    print("hi")'],
      ['def f(x):', '    return x'],
      ['def find_indexitems, target):', '    for i, item in enumerate(things):', '        return i'],
      ['def counter:', '    n = 0', '    return n'],
      ['def run():', '    pass'],
    ])
      expect(changed(kept, 'python')).toEqual([])
    expect(changed(['function go() {', '}', 'const f = function () {};'], 'javascript')).toEqual([])
    expect(changed(['SELECT name FROM t;'], 'sql')).toEqual([])
  })

  it('changes nothing in the bank', () => {
    expect(bankFilesChanged(restoreParams)).toEqual([])
  })
})

describe('restoreArrowParams', () => {
  const read = (line: string, language = 'javascript') => restoreArrowParams([line], language).lines[0]
  it("gives back the arrow's bracket a call's bracket swallowed", () => {
    // "((" folded into one by the reading: a call's name cannot take an arrow's parameters.
    expect(read('const sleep = (ms) => new Promise(resolve) => setTimeout(resolve, ms));')).toBe('const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));')
    expect(read('xs.reduce(a, b) => a + b, 0);')).toBe('xs.reduce((a, b) => a + b, 0);')
  })
  it('leaves an arrow of its own, async, keywords and other languages', () => {
    for (const kept of ['const f = (a, b) => a + b;', 'app.get(url, async (req, res) => {', 'const g = async(x) => x;', 'if (x) => 1']) expect(read(kept)).toBe(kept)
    expect(read('f(x) => 1', 'python')).toBe('f(x) => 1')
  })
})
