// JavaScript's "||" read as a slash, given back where the code would divide by a literal default.
import { describe, expect, it } from 'vitest'
import { bankFilesChanged } from './bankSources.ts'
import { restoreOr } from '../../src/ocr/combine/lostOr.ts'

const read = (line: string, language = 'javascript') => restoreOr([line], language).lines[0]

describe('restoreOr', () => {
  it('reads a slash before a literal default as ||', () => {
    // Combined readings of three held-out hands' "(counts[w] || 0) + 1".
    expect(read('counts[w] = (counts[w] / 0) + 1;')).toBe('counts[w] = (counts[w] || 0) + 1;')
    expect(read('m.set(ch, (m.get(ch) I/ 0) + 1);')).toBe('m.set(ch, (m.get(ch) || 0) + 1);')
    // "//" would start a comment, but the bracket it leaves open says it is none.
    expect(read('counts[w] = (counts[w] // 0) + 1;')).toBe('counts[w] = (counts[w] || 0) + 1;')
    expect(read('const items = opts.items / [];')).toBe('const items = opts.items || [];')
    expect(restoreOr(['const n = (a Il null);'], 'javascript').fixes).toEqual([{ line: 0, at: 12, from: ' Il ', to: ' || ' }])
    // "||=" read "|=" before a literal default.
    expect(read('(out[item[key]] |= []).push(item);')).toBe('(out[item[key]] ||= []).push(item);')
    expect(read('flags |= mask;')).toBe('flags |= mask;')
  })

  it('leaves real division, regular expressions, comments, strings, names and other languages', () => {
    for (const kept of ['const y = a / b;', 'const z = total / 2;', "s.replace(/x/, '');", 'x = 5; // 0 is a comment', "const s = 'a / 0';", 'return all 0;', 'const whole = (n / 2) | 0;', 'const r = nums.filter((n) => n % 2 === 0);'])
      expect(read(kept)).toBe(kept)
    expect(read('x = (a / 0)', 'python')).toBe('x = (a / 0)')
  })

  it('changes nothing in the bank', () => {
    expect(bankFilesChanged(restoreOr, ['javascript'])).toEqual([])
  })
})
