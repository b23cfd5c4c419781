// The interview deck (questions/): the bundled deck is valid and complete, and
// one malformed fixture per rule (tests/fixtures/questions/malformed/) is
// rejected with a message naming the file and the field, the bad item left out.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assembleDeck, checkDeckCoverage, DECK_GROUPS, deckCounts, STRUCTURES } from '../../src/core/interview/deck'

/** Every file under `dir`, keyed by its path relative to the repository (as the app's glob names them). */
function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else out[relative(process.cwd(), p)] = readFileSync(p, 'utf8')
    }
  }
  walk(dir)
  return out
}

describe('the bundled deck', () => {
  const { deck, errors } = assembleDeck(readTree('questions'))

  it('has no errors, every group, at least 60 questions, and every ask-back group', () => {
    expect(errors).toEqual([])
    expect(checkDeckCoverage(deck)).toEqual([])
    expect(deck.questions.length).toBeGreaterThanOrEqual(60)
  })

  it('covers each working-style theme the issue names, and the technical topics', () => {
    const tags = new Set(deck.questions.filter((q) => q.group === 'working-style').flatMap((q) => q.tags))
    for (const t of ['initiative', 'working-alone', 'teamwork', 'disagreement', 'mistakes', 'feedback', 'pressure', 'deadlines', 'humility']) expect(tags).toContain(t)
    const ids = new Set(deck.questions.map((q) => q.id))
    for (const id of ['typing-a-url', 'rest-vs-rpc', 'sql-vs-nosql', 'what-is-an-index', 'slow-endpoint']) expect(ids).toContain(id)
  })

  it('gives every behavioural question the STAR steps, each with a prompt', () => {
    const behavioural = deck.questions.filter((q) => q.type === 'behavioural')
    expect(behavioural.length).toBeGreaterThan(20)
    for (const q of behavioural) {
      expect(q.steps.map((s) => s.id)).toEqual(STRUCTURES.star.steps.map((s) => s.id))
      for (const s of q.steps) expect(s.prompt.length).toBeGreaterThan(3)
    }
  })

  it('counts questions and stories per group', () => {
    const counts = deckCounts(deck)
    expect(counts.map((c) => c.group)).toEqual([...DECK_GROUPS])
    for (const c of counts) expect(c.questions).toBeGreaterThanOrEqual(5)
    expect(deck.stories.length).toBeGreaterThanOrEqual(6)
    // Every story serves more than one question.
    for (const s of deck.stories) expect(s.covers.length).toBeGreaterThan(1)
  })

  it('has 25 questions to ask back, five per group, each with why and when not', () => {
    expect(deck.askBack).toHaveLength(25)
    for (const g of deck.askBackGroups) expect(deck.askBack.filter((q) => q.group === g.id)).toHaveLength(5)
  })
})

const M = 'tests/fixtures/questions/malformed'
const cases: [fixture: string, file: string, message: string][] = [
  ['invalid-json', 'deck/working-style.json', 'not valid JSON'],
  ['wrong-schema-version', 'deck/working-style.json', 'schemaVersion: must be 1'],
  ['group-not-file-name', 'deck/working-style.json', 'group: "education" must equal the file name "working-style"'],
  ['unknown-group', 'deck/hobbies.json', 'group: Invalid option'],
  ['no-questions', 'deck/working-style.json', 'questions: needs at least one question'],
  ['missing-step', 'deck/working-style.json', 'questions[0].steps.result: required (star has situation, task, action, result)'],
  ['extra-step', 'deck/working-style.json', 'questions[0].steps.lesson: not a step of star'],
  ['behavioural-not-star', 'deck/working-style.json', 'questions[0].structure: a behavioural question follows STAR'],
  ['unknown-structure', 'deck/working-style.json', 'questions[0].structure: Invalid option'],
  ['one-pitfall', 'deck/working-style.json', 'questions[0].pitfalls: needs at least 2 pitfalls'],
  ['example-too-long', 'deck/working-style.json', 'questions[0].example: 300 words; an example answer has 30 to 260'],
  ['example-too-short', 'deck/working-style.json', 'questions[0].example: 6 words'],
  ['missing-wants', 'deck/working-style.json', 'questions[0].wants: required'],
  ['empty-question', 'deck/working-style.json', 'questions[0].question: must not be empty'],
  ['unknown-field', 'deck/working-style.json', 'questions[0]: unknown field(s) "hint"'],
  ['bad-id', 'deck/working-style.json', 'questions[0].id: must be lower-case words joined by "-"'],
  ['duplicate-id', 'deck/working-style.json', 'questions[1].id: "a-mistake" is already used'],
  ['bad-target', 'deck/working-style.json', 'questions[0].targetSeconds: the first (shortest) must be below the second'],
  ['bad-type', 'deck/working-style.json', 'questions[0].type: Invalid option'],
  ['unexpected-file', 'deck/working-style.jsn', 'unexpected file'],
  ['ask-back-missing-avoid-when', 'ask-back/team.json', 'questions[0].avoidWhen: required'],
  ['ask-back-unknown-group', 'ask-back/salary.json', 'group: Invalid option'],
  ['story-unknown-question', 'stories.json', 'stories[0].covers[1]: no question "no-such-question" in the deck'],
  ['story-without-covers', 'stories.json', 'stories[0].covers: a story covers at least one question'],
  ['story-missing-result', 'stories.json', 'stories[0].result: required'],
]

describe('deck validation', () => {
  it('accepts the valid fixture', () => {
    const { deck, errors } = assembleDeck(readTree('tests/fixtures/questions/valid'), 'tests/fixtures/questions/valid')
    expect(errors).toEqual([])
    expect(deck.questions.map((q) => q.id)).toEqual(['a-mistake', 'an-index'])
    expect(deck.questions[0]!.targetMs).toEqual({ min: 90_000, max: 150_000 })
    expect(deck.questions[1]!.steps.map((s) => s.label)).toEqual(['The short answer', 'How it works', 'An example', 'Trade-offs'])
    expect(deck.askBack.map((q) => q.id)).toEqual(['typical-week'])
    expect(deck.stories.map((s) => s.id)).toEqual(['migration'])
  })

  it('has a fixture for every case and a case for every fixture', () => {
    expect(readdirSync(M).sort()).toEqual(cases.map(([f]) => f).sort())
  })

  it.each(cases)('%s: names %s and the field', (fixture, file, message) => {
    const dir = `${M}/${fixture}`
    const { deck, errors } = assembleDeck(readTree(dir), dir)
    expect(errors[0]).toContain(`${dir}/${file}: ${message}`)
    // The bad item is left out; a duplicate keeps its first.
    if (fixture === 'duplicate-id') expect(deck.questions).toHaveLength(1)
    else if (file === 'stories.json') expect(deck.stories).toEqual([])
    else if (file.startsWith('ask-back')) expect(deck.askBack).toEqual([])
    else expect(deck.questions).toEqual([])
  })
})
