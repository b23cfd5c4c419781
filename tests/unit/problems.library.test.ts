// Library logic on the real bank: search, filters, sorting, status and "Surprise me".
import { describe, expect, it } from 'vitest'
import { assembleProblem } from '../../src/core/problems/assemble'
import {
  EMPTY_QUERY,
  allTags,
  filterProblems,
  libraryView,
  parseQuery,
  pickSurprise,
  sortProblems,
  statusFromAttempts,
  type Status,
} from '../../src/core/problems/library'
import { CATEGORIES, type Problem } from '../../src/core/problems/schema'
import { readBank } from '../fixtures/problems/loadDir'

const problems: Problem[] = readBank('problems').map(([dir, files]) => {
  const r = assembleProblem(dir, files)
  if (!r.ok) throw new Error(r.errors.join('\n'))
  return r.problem
})
const q = (over: Partial<typeof EMPTY_QUERY>) => ({ ...EMPTY_QUERY, ...over })
const ids = (ps: Problem[]) => ps.map((p) => p.id)

describe('status from attempts', () => {
  it('solved wins over any other outcome, in any order; anything else is attempted', () => {
    const s = statusFromAttempts([
      { problemId: 'a', outcome: 'failed' },
      { problemId: 'a', outcome: 'solved' },
      { problemId: 'a', outcome: 'partial' },
      { problemId: 'b', outcome: 'unrated' },
    ])
    expect(s).toEqual({ a: 'solved', b: 'attempted' })
  })
})

describe('filtering', () => {
  it('with no filters shows everything', () => {
    expect(filterProblems(problems, EMPTY_QUERY)).toHaveLength(problems.length)
  })
  it('text matches title, tags and statement, every word, ignoring case', () => {
    expect(ids(filterProblems(problems, q({ text: 'LRU' })))).toContain('lru-cache')
    expect(ids(filterProblems(problems, q({ text: 'cache expire' })))).toEqual(['ttl-cache'])
    expect(filterProblems(problems, q({ text: 'no such words anywhere' }))).toEqual([])
    const monotonic = filterProblems(problems, q({ text: 'monotonic-stack' }))
    expect(ids(monotonic)).toEqual(['days-until-warmer'])
  })
  it('category, difficulty and tag narrow together', () => {
    const sqlMedium = filterProblems(problems, q({ category: 'sql', difficulty: 'medium' }))
    expect(sqlMedium.length).toBeGreaterThan(0)
    expect(sqlMedium.every((p) => p.category === 'sql' && p.difficulty === 'medium')).toBe(true)
    const tagged = filterProblems(problems, q({ tag: 'binary-search' }))
    expect(tagged.length).toBeGreaterThan(1)
    expect(tagged.every((p) => p.tags.includes('binary-search'))).toBe(true)
  })
  it('answer kind: write code, write SQL, or read code and choose', () => {
    const read = filterProblems(problems, q({ kind: 'choice' }))
    expect(read.length).toBeGreaterThanOrEqual(2)
    expect(read.every((p) => p.kind === 'choice')).toBe(true)
    expect(filterProblems(problems, q({ kind: 'sql' })).every((p) => p.kind === 'sql')).toBe(true)
    const code = filterProblems(problems, q({ kind: 'code' }))
    expect(code.every((p) => p.kind === 'function' || p.kind === 'class')).toBe(true)
    expect(code.length + read.length + filterProblems(problems, q({ kind: 'sql' })).length).toBe(problems.length)
  })
  it('status uses new for problems without attempts', () => {
    const statusById: Record<string, Status> = { 'two-sum': 'solved', 'lru-cache': 'attempted' }
    expect(ids(filterProblems(problems, q({ status: 'solved' }), statusById))).toEqual(['two-sum'])
    expect(ids(filterProblems(problems, q({ status: 'attempted' }), statusById))).toEqual(['lru-cache'])
    expect(filterProblems(problems, q({ status: 'new' }), statusById)).toHaveLength(problems.length - 2)
  })
})

describe('sorting', () => {
  it('by title, case-insensitively', () => {
    const titles = sortProblems(problems, 'title').map((p) => p.title.toLowerCase())
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)))
  })
  it('by difficulty easy to hard, then title', () => {
    const sorted = sortProblems(problems, 'difficulty')
    const rank = { easy: 0, medium: 1, hard: 2 }
    for (let i = 1; i < sorted.length; i++) expect(rank[sorted[i - 1]!.difficulty]).toBeLessThanOrEqual(rank[sorted[i]!.difficulty])
    expect(sorted[sorted.length - 1]!.difficulty).toBe('hard')
  })
  it('by minutes ascending', () => {
    const m = sortProblems(problems, 'minutes').map((p) => p.minutes)
    expect(m).toEqual([...m].sort((a, b) => a - b))
  })
  it('by category in the bank order of categories', () => {
    const sorted = sortProblems(problems, 'category')
    expect(sorted[0]!.category).toBe('arrays-strings')
    // The bank grows category by category: compare with the order of CATEGORIES, not a fixed last one.
    const rank = sorted.map((p) => CATEGORIES.indexOf(p.category))
    expect(rank).toEqual([...rank].sort((a, b) => a - b))
    expect(new Set(rank).size).toBeGreaterThan(10)
  })
  it('does not reorder its input', () => {
    const before = ids(problems)
    libraryView(problems, q({ sort: 'minutes' }))
    expect(ids(problems)).toEqual(before)
  })
})

describe('Surprise me', () => {
  const visible = filterProblems(problems, q({ category: 'linked-lists' }))
  it('picks only among the visible problems that are not solved', () => {
    const statusById: Record<string, Status> = Object.fromEntries(visible.slice(1).map((p) => [p.id, 'solved' as Status]))
    for (const r of [0, 0.3, 0.99]) expect(pickSurprise(visible, statusById, () => r)!.id).toBe(visible[0]!.id)
  })
  it('attempted but unsolved problems can be picked', () => {
    const statusById: Record<string, Status> = Object.fromEntries(visible.map((p, i) => [p.id, i === 2 ? 'attempted' : 'solved'] as const))
    expect(pickSurprise(visible, statusById)!.id).toBe(visible[2]!.id)
  })
  it('spreads its picks with the random source', () => {
    const picked = new Set([0, 0.2, 0.4, 0.6, 0.8, 0.999].map((r) => pickSurprise(visible, {}, () => r)!.id))
    expect(picked.size).toBeGreaterThan(3)
    expect([...picked].every((id) => visible.some((p) => p.id === id))).toBe(true)
  })
  it('returns nothing when all visible problems are solved or none are visible', () => {
    expect(pickSurprise(visible, Object.fromEntries(visible.map((p) => [p.id, 'solved' as Status])))).toBeUndefined()
    expect(pickSurprise([], {})).toBeUndefined()
  })
})

describe('helpers', () => {
  it('allTags lists each tag once, sorted', () => {
    const tags = allTags(problems)
    expect(tags).toEqual([...new Set(tags)].sort())
    expect(tags).toContain('hash-map')
  })
  it('parseQuery keeps valid values and drops the rest', () => {
    expect(parseQuery({ text: 'x', category: 'sql', difficulty: 'impossible', status: 'solved', sort: 'minutes', tag: 'stack' })).toEqual({
      text: 'x',
      category: 'sql',
      difficulty: '',
      tag: 'stack',
      status: 'solved',
      kind: '',
      sort: 'minutes',
    })
    expect(parseQuery({ kind: 'choice' }).kind).toBe('choice')
    expect(parseQuery({ kind: 'poem' }).kind).toBe('')
    expect(parseQuery(null)).toEqual(EMPTY_QUERY)
    expect(parseQuery({ sort: '__proto__' }).sort).toBe('title')
  })
})
