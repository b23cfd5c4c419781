// A string's quote marks are the ones most renderings read, whatever the character model prefers.
import { describe, expect, it } from 'vitest'
import { voteQuotes } from '../../src/ocr/combine/quoteStyle.ts'

const many = (n: number, t: string) => Array.from({ length: n }, () => t)

describe('voteQuotes', () => {
  it('gives a string the marks most renderings read at its ends', () => {
    const line = "    print('Fizz')"
    const readings = [...many(12, '    print("Fizz")'), ...many(8, "    print('Fizz')"), 'print("Fizz"))']
    const { lines, fixes } = voteQuotes([line], [readings], 'python')
    expect(lines).toEqual(['    print("Fizz")'])
    expect(fixes).toEqual([
      { line: 0, at: 10, from: "'", to: '"' },
      { line: 0, at: 15, from: "'", to: '"' },
    ])
    expect(voteQuotes(['x = "a" + "b"'], [many(5, "x = 'a' + 'b'")], 'javascript').lines).toEqual(["x = 'a' + 'b'"])
  })

  it('keeps the marks where the renderings agree with them or are split evenly', () => {
    const line = "f('-inf')"
    expect(voteQuotes([line], [[...many(5, line), ...many(5, 'f("-inf")')]], 'python').lines).toEqual([line])
    expect(voteQuotes([line], [many(5, line)], 'python').lines).toEqual([line])
  })

  it("leaves empty strings (two marks read as one \") and SQL, where the marks differ in meaning", () => {
    const empty = "s.split('').join('')"
    expect(voteQuotes([empty], [many(9, 's.split("").join("")')], 'javascript').lines).toEqual([empty])
    const sql = "WHERE name = 'x'"
    expect(voteQuotes([sql], [many(9, 'WHERE name = "x"')], 'sql').lines).toEqual([sql])
  })
})
