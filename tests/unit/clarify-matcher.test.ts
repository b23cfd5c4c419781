// The clarifying-question matcher: paraphrases and typos find the
// interviewer's answer, unrelated questions are refused ("not specified"),
// and every problem's own questions find themselves. Tuned on tune.json;
// heldout.json is measured, never tuned on (its figures: npm run clarify:eval).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createMatcher } from '../../src/core/clarify/matcher'
import { editDistance, stem, tokens } from '../../src/core/clarify/text'
import { assembleProblem } from '../../src/core/problems/assemble'
import { readBank } from '../fixtures/problems/loadDir'
import { evaluate } from '../../scripts/clarify-eval'

const tune = JSON.parse(readFileSync(new URL('../fixtures/clarify/tune.json', import.meta.url), 'utf8'))
const binarySearch = tune.clarifications['binary-search'] as { question: string; answer: string }[]

describe('words', () => {
  it('stems plurals and tenses to one word, and folds phrases into concepts', () => {
    expect(new Set(['repeats', 'repeated', 'repeat'].map(stem)).size).toBe(1)
    expect(tokens('Can I change it in place?').map((t) => t.key)).toEqual(['#mutate', '#mutate'])
    expect(tokens("What's the max length?").map((t) => t.key)).toEqual(['#size', '#length'])
    expect(tokens('What if it is not found?').map((t) => t.key)).toEqual(['#missing'])
  })

  it('measures typos with adjacent swaps costing one', () => {
    expect(editDistance('emtpy', 'empty')).toBe(1)
    expect(editDistance('lenght', 'length')).toBe(1)
    expect(editDistance('sorted', 'salted')).toBe(2)
    expect(editDistance('abc', 'xyzabc', 2)).toBe(3)
  })
})

describe('matching', () => {
  const m = createMatcher(binarySearch)
  const q = (s: string) => m.match(s)?.index ?? null

  it('answers paraphrases in the candidate’s own words', () => {
    expect(q('Is the array in increasing order?')).toBe(0)
    expect(q('could the same number show up more than once')).toBe(1)
    expect(q('And if the target is missing from the list?')).toBe(2)
    expect(q('what happens with an empty input')).toBe(3)
    expect(q('Are there negative values?')).toBe(5)
  })

  it('mends typos', () => {
    expect(q('is the lsit sortde?')).toBe(0)
    expect(q('can there be duplciates')).toBe(1)
    expect(q('what if the aray is emtpy?')).toBe(3)
    expect(q('can ids be negtaive')).toBe(5)
    expect(q('whats the maximum lenght')).toBe(4)
  })

  it('refuses questions the list does not answer', () => {
    expect(q('What is the weather like today?')).toBeNull()
    expect(q('Can I write it in Rust?')).toBeNull()
    expect(q('Are the ids prime numbers?')).toBeNull()
    expect(q('')).toBeNull()
    expect(q('?!')).toBeNull()
  })

  it('reads quoted dots as words (path parts), not punctuation', () => {
    const m = createMatcher([
      { question: 'What does ".." do at the root?', answer: 'Nothing: the path stays at the root.' },
      { question: 'Is "..." special?', answer: 'No, an ordinary name.' },
      { question: 'What is returned for the root?', answer: '"/".' },
    ])
    expect(m.match('What happens to ".." at the root?')?.index).toBe(0)
    expect(m.match('is "..." a special name?')?.index).toBe(1)
  })

  it('reaches its precision and recall on the tuning set', () => {
    const r = evaluate(tune)
    expect(r.precision).toBeGreaterThanOrEqual(0.93)
    expect(r.recall).toBeGreaterThanOrEqual(0.9)
    expect(r.refusal).toBeGreaterThanOrEqual(0.9)
  })
})

describe('the bank', () => {
  it('every clarification of every problem is found by its own question, and not by another', () => {
    const wrong: string[] = []
    for (const [dir, files] of readBank('problems')) {
      const r = assembleProblem(dir, files)
      if (!r.ok) continue
      const p = r.problem
      const m = createMatcher(p.clarifications)
      p.clarifications.forEach((c, i) => {
        const got = m.match(c.question)?.index
        if (got !== i) wrong.push(`${p.id}[${i}] "${c.question}" -> ${got ?? 'none'}`)
      })
    }
    expect(wrong).toEqual([])
  })
})
