import { describe, expect, it } from 'vitest'
import type { AttemptOutcome } from '../../src/core/attempts/schema'
import { dayBoundary, filterAttempts, previousAttempts } from '../../src/core/review/filters'
import { attemptsPerWeek, correctnessByCategory, dueForRetry, retryIntervalMs, timeAgainstSuggested, weekStart, type ProgressRecord } from '../../src/core/review/progress'
import { isComplete, outcomeFromRating, setScore } from '../../src/core/review/rating'

const DAY = 86_400_000
const NOW = new Date(2026, 2, 18, 12).getTime() // a Wednesday
const rec = (id: string, problemId: string, daysAgo: number, outcome: AttemptOutcome, extra: Partial<ProgressRecord> = {}): ProgressRecord => ({
  id,
  problemId,
  problemTitle: problemId.toUpperCase(),
  startedAt: NOW - daysAgo * DAY,
  elapsedMs: 10 * 60_000,
  suggestedMs: 15 * 60_000,
  outcome,
  status: 'finished',
  correctness: null,
  ...extra,
})
const category: Record<string, string> = { p1: 'sql', p2: 'hash-maps', p3: 'sql' }

describe('self-assessment', () => {
  it('sets the outcome from correctness: 4 solved, 2-3 partial, 1 failed, none unrated', () => {
    expect(outcomeFromRating(null)).toBe('unrated')
    expect(outcomeFromRating({ clarity: 4 })).toBe('unrated')
    expect(outcomeFromRating({ correctness: 4 })).toBe('solved')
    expect(outcomeFromRating({ correctness: 3 })).toBe('partial')
    expect(outcomeFromRating({ correctness: 2 })).toBe('partial')
    expect(outcomeFromRating({ correctness: 1 })).toBe('failed')
  })
  it('keeps other scores and notes when one changes', () => {
    const r = setScore({ notes: 'n', clarity: 2 }, 'correctness', 3)
    expect(r).toEqual({ notes: 'n', clarity: 2, correctness: 3 })
    expect(isComplete(r)).toBe(false)
    expect(isComplete({ correctness: 1, edgeCases: 1, complexity: 1, clarity: 1, communication: 1 })).toBe(true)
  })
})

describe('history filters', () => {
  const list = [rec('a', 'p1', 0, 'solved'), rec('b', 'p2', 3, 'failed'), rec('c', 'p3', 10, 'partial'), rec('d', 'p1', 20, 'failed')]
  const ids = (f: Parameters<typeof filterAttempts>[1]) => filterAttempts(list, f, (id) => category[id]).map((s) => s.id)
  it('by problem, category, outcome and date, combined', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd'])
    expect(ids({ problemId: 'p1' })).toEqual(['a', 'd'])
    expect(ids({ category: 'sql' })).toEqual(['a', 'c', 'd'])
    expect(ids({ outcome: 'failed' })).toEqual(['b', 'd'])
    expect(ids({ category: 'sql', outcome: 'failed' })).toEqual(['d'])
    expect(ids({ fromMs: NOW - 10 * DAY, toMs: NOW - DAY })).toEqual(['b', 'c'])
  })
  it('date inputs cover whole local days', () => {
    const from = dayBoundary('2026-03-18', false)!
    const to = dayBoundary('2026-03-18', true)!
    expect(to - from).toBe(DAY - 1)
    expect(NOW >= from && NOW <= to).toBe(true)
    expect(dayBoundary('', false)).toBeUndefined()
  })
  it('finds the previous attempt of the same problem', () => {
    const prev = previousAttempts(list)
    expect(prev.get('a')?.id).toBe('d')
    expect(prev.has('d')).toBe(false)
  })
})

describe('progress', () => {
  it('counts attempts per week, Monday to Sunday, empty weeks included', () => {
    const rows = attemptsPerWeek([rec('a', 'p1', 0, 'solved'), rec('b', 'p1', 2, 'failed'), rec('c', 'p2', 3, 'partial'), rec('d', 'p2', 100, 'solved')], NOW, 4)
    expect(rows).toHaveLength(4)
    expect(rows[3]!.weekStart).toBe(weekStart(NOW))
    expect(new Date(rows[3]!.weekStart).getDay()).toBe(1)
    // Wednesday and Monday are this week; the Sunday before is last week.
    expect(rows.map((r) => r.attempts)).toEqual([0, 0, 1, 2])
    expect(rows[3]!.solved).toBe(1)
  })
  it('time used against suggested, oldest first, finished only', () => {
    const rows = timeAgainstSuggested([rec('a', 'p1', 0, 'solved', { elapsedMs: 90_000 }), rec('b', 'p1', 1, 'solved'), rec('c', 'p1', 2, 'unrated', { status: 'in-progress' })])
    expect(rows.map((r) => [r.id, r.usedMin, r.suggestedMin])).toEqual([['b', 10, 15], ['a', 1.5, 15]])
  })
  it('mean self-rated correctness by category, rated attempts only', () => {
    const rows = correctnessByCategory([rec('a', 'p1', 0, 'solved', { correctness: 4 }), rec('b', 'p3', 0, 'partial', { correctness: 2 }), rec('c', 'p2', 0, 'failed', { correctness: 1 }), rec('d', 'p2', 0, 'unrated')], (id) => category[id])
    expect(rows).toEqual([{ category: 'sql', mean: 3, rated: 2 }, { category: 'hash-maps', mean: 1, rated: 1 }])
  })
  it('spaced repetition: failed in a day, partial in three, solved in 7 doubling per solve in a row', () => {
    expect(retryIntervalMs(['failed', 'solved'])).toBe(DAY)
    expect(retryIntervalMs(['partial'])).toBe(3 * DAY)
    expect(retryIntervalMs(['unrated'])).toBe(3 * DAY)
    expect(retryIntervalMs(['solved', 'failed'])).toBe(7 * DAY)
    expect(retryIntervalMs(['solved', 'solved', 'solved', 'partial'])).toBe(28 * DAY)
    expect(retryIntervalMs(Array(10).fill('solved'))).toBe(60 * DAY)
  })
  it('lists the problems whose retry date has come, most overdue first', () => {
    const due = dueForRetry(
      [
        rec('a', 'p1', 2, 'failed'), // due 1 day ago
        rec('b', 'p2', 8, 'solved'), // due 1 day ago... but solved twice in a row: 14 days, not due
        rec('b0', 'p2', 30, 'solved'),
        rec('c', 'p3', 10, 'partial'), // due 7 days ago
        rec('d', 'p1', 40, 'solved'), // older attempt of p1: the latest decides
      ],
      NOW,
    )
    expect(due.map((d) => [d.problemId, d.lastAttemptId, Math.round(d.overdueMs / DAY)])).toEqual([['p3', 'c', 7], ['p1', 'a', 1]])
    expect(due[1]!.attempts).toBe(2)
  })
  it('ignores unfinished attempts everywhere: weeks, correctness and the schedule', () => {
    const open = { status: 'in-progress' as const }
    expect(attemptsPerWeek([rec('a', 'p1', 0, 'unrated', open), rec('b', 'p1', 0, 'solved')], NOW, 1)[0]).toMatchObject({ attempts: 1, solved: 1 })
    expect(correctnessByCategory([rec('a', 'p1', 0, 'unrated', { ...open, correctness: 1 })], (id) => category[id])).toEqual([])
    // An answer started yesterday and left unfinished neither makes a solved problem due nor hides a failed one.
    const due = dueForRetry([rec('x', 'p1', 1, 'unrated', open), rec('y', 'p1', 3, 'failed'), rec('z', 'p2', 1, 'unrated', open)], NOW)
    expect(due.map((d) => [d.problemId, d.lastAttemptId, d.attempts])).toEqual([['p1', 'y', 1]])
  })
})
