// Names made of English words: a name that is not takes the word spelling its renderings read.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { madeOfWords, nameParts, sqlWordNames, wordNames, wordsInStrings } from '../../src/ocr/combine/englishNames.ts'
import { englishWords, parseWords } from '../../src/ocr/language/englishWords.ts'

const WORDS = new Set('count down countdown counted own scores score vowels fizz buzz return depth total all tot'.split(' '))
const isWord = (w: string) => WORDS.has(w)
const isCode = (w: string) => ['max', 'num', 'arr'].includes(w)
const many = (n: number, t: string) => Array.from({ length: n }, () => ({ text: t }))
const fix = (lines: string[], readings: { text: string }[][]) => wordNames(lines, readings, () => false, isWord, isCode)

describe('names made of words', () => {
  it('splits snake_case and camelCase, and knows words run together', () => {
    expect(nameParts('toReturn')).toEqual(['to', 'return'])
    expect(nameParts('max_depth2')).toEqual(['max', 'depth'])
    expect(madeOfWords('countVowels', isWord)).toBe(true)
    expect(madeOfWords('fizzbuzz', isWord)).toBe(true)
    expect(madeOfWords('maxdepth', isWord, isCode)).toBe(true)
    // Three-letter English words run together make too many names: "counted" + "own" is no reason.
    expect(madeOfWords('countedown', isWord, isCode)).toBe(false)
    expect(madeOfWords('scoress', isWord)).toBe(false)
  })

  it('gives a name that is no word the word spelling its renderings read, at every place', () => {
    const lines = ['def average(scoress):', '    if not scoress:', '    return sum(scoress)']
    const readings = [
      [...many(9, 'def average(scoress):'), ...many(8, 'def average(scores):')],
      [...many(5, '    if not scores:'), ...many(5, '    if not scoress:')],
      many(10, '    return sum(scoress)'),
    ]
    const { lines: out, fixes } = fix(lines, readings)
    expect(out).toEqual(['def average(scores):', '    if not scores:', '    return sum(scores)'])
    expect(fixes).toEqual([
      { line: 0, at: 12, from: 'scoress', to: 'scores' },
      { line: 1, at: 11, from: 'scoress', to: 'scores' },
      { line: 2, at: 15, from: 'scoress', to: 'scores' },
    ])
    expect(fix(['function countedown(n) {'], [[...many(17, 'function countdown(n) {'), ...many(5, 'function countedown(n) {')]]).lines).toEqual(['function countdown(n) {'])
  })

  it('leaves names made of words, words few renderings read, far spellings and known names', () => {
    const kept = ['total = 0']
    expect(fix(kept, [many(9, 'tot = 0')]).lines).toEqual(kept)
    const few = ['x = scoress']
    expect(fix(few, [[...many(2, 'x = scores'), ...many(18, 'x = scoress')]]).lines).toEqual(few)
    const far = ['x = vwls']
    expect(fix(far, [many(9, 'x = vowels')]).lines).toEqual(far)
    const known = ['x = scoress']
    expect(wordNames(known, [many(9, 'x = scores')], (w) => w === 'scoress', isWord).lines).toEqual(known)
  })
})

describe('words in strings', () => {
  const english = (w: string) => ['there', 'are', 'ore', 'one', 'found'].includes(w)
  it('gives a word of a string that is none the word a fifth of its renderings read there', () => {
    const line = "raise E('There ave, %r' % (name))"
    const readings = [...many(18, line), ...many(10, "raise E('There are, %r' % (name))")]
    const { lines, fixes } = wordsInStrings([line], [readings], english)
    expect(lines).toEqual(["raise E('There are, %r' % (name))"])
    expect(fixes).toEqual([{ line: 0, at: 15, from: 'ave', to: 'are' }])
  })

  it('leaves words, code outside strings, and words too few renderings read', () => {
    const word = "print('There ore')"
    expect(wordsInStrings([word], [many(9, "print('There are')")], english).lines).toEqual([word])
    const code = 'x = ave + 1'
    expect(wordsInStrings([code], [many(9, 'x = are + 1')], english).lines).toEqual([code])
    const few = "print('ave')"
    expect(wordsInStrings([few], [[...many(9, few), many(1, "print('are')")[0]!]], english).lines).toEqual([few])
  })
})

describe('SQL names one letter from a word', () => {
  const words = new Set(['customers', 'costumers', 'customer', 'employees', 'orders', 'upset', 'upsets'])
  const fix = (lines: string[]) => sqlWordNames(lines, () => false, (w) => words.has(w)).lines
  it('reads a name no rendering read right as the one word a letter away, in every place', () => {
    // A hand whose "c" every rendering read "a".
    expect(fix(['INNER JOIN austomers c ON c.id = o.cid', 'WHERE austomers.id > 1;'])).toEqual(['INNER JOIN customers c ON c.id = o.cid', 'WHERE customers.id > 1;'])
    expect(fix(['SELECT MAX(salary) FROM omployees;'])).toEqual(['SELECT MAX(salary) FROM employees;'])
  })
  it('leaves short names, names made of words, a letter run on at the end, two words near, comments and strings', () => {
    for (const kept of [
      ['FROM ordrs o'],
      ['SELECT customer_id FROM t;'],
      ['INNER JOIN customersc ON c.id = 1'],
      ['SELECT custumers FROM t;'],
      ["-- upserts every row", "WHERE note = 'austomers';"],
    ])
      expect(fix(kept)).toEqual(kept)
  })
})

describe('the shipped word list', () => {
  it('loads from its asset and holds the words interview code is named with', async () => {
    const words = await englishWords()
    expect(words?.size).toBeGreaterThan(30000)
    for (const w of ['countdown', 'scores', 'employees', 'average', 'return', 'vowels']) expect(words?.has(w)).toBe(true)
    for (const w of ['countedown', 'scoress', 'omployees']) expect(words?.has(w)).toBe(false)
  })

  it('refuses an asset in another format, and carries SCOWL’s notice', () => {
    expect(() => parseWords({ format: 'other', words: 'a' })).toThrow(/unknown format/)
    const asset = JSON.parse(readFileSync('src/ocr/language/models/english.words.json', 'utf8')) as { notice: string }
    expect(asset.notice).toMatch(/Kevin Atkinson/)
  })
})
