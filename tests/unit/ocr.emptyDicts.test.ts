// An empty dict read as [] or 0, given back where the page uses it as a dict.
import { describe, expect, it } from 'vitest'
import { bankFilesChanged } from './bankSources.ts'
import { fixEmptyDicts } from '../../src/ocr/combine/emptyDicts.ts'

describe('fixEmptyDicts', () => {
  it('reads [] as {} where the page calls a dict method on the name', () => {
    const page = ['def count_words(text):', '    counts = [ ]', '    for word in text.split():', '        counts[word] = counts.get(word, 0) + 1', '    return counts']
    const { lines, fixes } = fixEmptyDicts(page, 'python')
    expect(lines[1]).toBe('    counts = {}')
    expect(fixes).toEqual([{ line: 1, at: 13, from: '[ ]', to: '{}' }])
  })

  it('reads a JavaScript 0 as {} where the page gives it an item', () => {
    const page = ['function groupBy(items, key) {', '    const groups = 0;', '    for (const item of items) {', '        const k = item[key];', '        groups[k] = [];', '    }', '}']
    expect(fixEmptyDicts(page, 'javascript').lines[1]).toBe('    const groups = {};')
    // A key that indexes another, and a default assigned with ||=.
    const grouped = ['function groupBy(items, key) {', '    const out = 0;', '    for (const item of items) {', '        (out[item[key]] ||= []).push(item);', '    }', '}']
    expect(fixEmptyDicts(grouped, 'javascript').lines[1]).toBe('    const out = {};')
    expect(fixEmptyDicts(grouped.map((l) => l.replace('||=', '|=')), 'javascript').lines[1]).toBe('    const out = {};')
    expect(fixEmptyDicts(grouped.map((l) => l.replace(']] ||=', '] |=')), 'javascript').lines[1]).toBe('    const out = {};')
    // An item's field assigned: a list of objects as likely.
    const fields = ['const out = 0;', 'out[0].name = 1;']
    expect(fixEmptyDicts(fields, 'javascript').lines).toEqual(fields)
  })

  it('reads 0 as {} where the page assigns an item to it', () => {
    const page = ['def two_sum(nums, target):', '    seen = 0', '    for i, x in enumerate(nums):', '        seen[x] = i']
    expect(fixEmptyDicts(page, 'python').lines[1]).toBe('    seen = {}')
  })

  it('reads 0 or () as [] where the page calls a list method on the name, an attribute too', () => {
    // A held-out hand's "self.items = []": 16 of 29 renderings read "self.items = 0".
    const queue = ['class Queue:', '    def __init__(self):', '        self.items = 0', '    def enqueue(self, x):', '        self.items.insert(0, x)']
    const { lines, fixes } = fixEmptyDicts(queue, 'python')
    expect(lines[2]).toBe('        self.items = []')
    expect(fixes).toEqual([{ line: 2, at: 21, from: '0', to: '[]' }])
    expect(fixEmptyDicts(['out = ()', 'for x in xs:', '    out.append(x)'], 'python').lines[0]).toBe('out = []')
    const js = ['function range(a, b) {', '    const out = 0;', '    for (let i = a; i < b; i++) out.push(i);', '    return out;', '}']
    expect(fixEmptyDicts(js, 'javascript').lines[1]).toBe('    const out = [];')
    const account = ['constructor() {', '    this.log = 0;', '}', 'add(x) {', '    this.log.push(x);', '}']
    expect(fixEmptyDicts(account, 'javascript').lines[1]).toBe('    this.log = [];')
  })

  it('leaves a list, a counter, a name assigned twice, strings and other languages', () => {
    for (const kept of [
      ['stack = []', 'stack.append(1)', 'stack.pop()', 'stack[0] = 2'],
      ['total = 0', 'total += 1'],
      ['d = []', 'd = load()', 'd.get(1)'],
      ['s = 0', "print('s.get(1)')"],
    ])
      expect(fixEmptyDicts(kept, 'python').lines).toEqual(kept)
    const js = ['const seen = [];', 'seen.get(1);']
    expect(fixEmptyDicts(js, 'javascript').lines).toEqual(js)
    // A string's methods ('' read as 0 is a string), a name used as both a dict and a list, another name's list.
    for (const kept of [['s = 0', 'n = s.count("a")'], ['x = 0', 'x.append(1)', 'x[1] = 2'], ['self.items = 0', 'other.items.append(1)']])
      expect(fixEmptyDicts(kept, 'python').lines).toEqual(kept)
    for (const kept of [['let s = 0;', 's.slice(1);', 's.includes("a");'], ['this.n = 0;', 'this.nums.push(1);']]) expect(fixEmptyDicts(kept, 'javascript').lines).toEqual(kept)
    const jsCount = ['let n = 0;', 'n += 1;']
    expect(fixEmptyDicts(jsCount, 'javascript').lines).toEqual(jsCount)
    expect(fixEmptyDicts(['SELECT 0;'], 'sql').lines).toEqual(['SELECT 0;'])
  })

  it('changes nothing in the bank', () => {
    expect(bankFilesChanged(fixEmptyDicts)).toEqual([])
  })
})
