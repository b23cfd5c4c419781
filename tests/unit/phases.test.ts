// Phases of a whiteboard answer: one change per move, recorded with both
// clocks; time per phase against the split; the gentle cue when a phase runs
// long; planning before coding; the phases on the timeline's axis.
import { describe, expect, it } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt } from '../../src/core/attempts/schema'
import { pauseAttempt, resumeAttempt } from '../../src/core/session/attemptSession'
import {
  currentPhase,
  DEFAULT_SPLIT,
  enterPhase,
  nextPhase,
  phaseCue,
  phaseReport,
  phaseSpans,
  phasesUsed,
  phaseTimes,
  plannedBeforeCoding,
  previousPhase,
  PHASES,
} from '../../src/core/session/phases'

const MIN = 60_000
const T0 = 1_700_000_000_000
const fresh = (): Attempt => createAttempt({ problemId: 'p', problemTitle: 'P', language: 'python', suggestedMs: 20 * MIN, now: T0 })

describe('phase rules', () => {
  it('a new attempt opens in Clarify; the split sums to the whole clock', () => {
    expect(currentPhase(fresh().phases)).toBe('clarify')
    expect(PHASES.reduce((n, p) => n + DEFAULT_SPLIT[p], 0)).toBeCloseTo(1, 10)
    expect(nextPhase('clarify')).toBe('plan')
    expect(nextPhase('complexity')).toBeNull()
    expect(previousPhase('clarify')).toBeNull()
    expect(previousPhase('test')).toBe('code')
  })

  it('records each move with the wall clock and the interview clock; the same phase twice is no move', () => {
    let a = fresh()
    a = enterPhase(a, 'plan', T0 + 2 * MIN)
    a = enterPhase(a, 'plan', T0 + 3 * MIN)
    a = enterPhase(a, 'code', T0 + 5 * MIN)
    expect(a.phases).toEqual([
      { phase: 'clarify', at: T0, clockMs: 0 },
      { phase: 'plan', at: T0 + 2 * MIN, clockMs: 2 * MIN },
      { phase: 'code', at: T0 + 5 * MIN, clockMs: 5 * MIN },
    ])
    expect(a.updatedAt).toBe(T0 + 5 * MIN)
  })

  it('counts interview-clock time, not the time the page was away', () => {
    let a = enterPhase(fresh(), 'plan', T0 + 2 * MIN)
    a = pauseAttempt(a, T0 + 4 * MIN) // closed the tab at 4 min on the clock
    a = resumeAttempt(a, T0 + 60 * MIN) // came back an hour later
    a = enterPhase(a, 'code', T0 + 61 * MIN)
    expect(a.phases!.at(-1)!.clockMs).toBe(5 * MIN)
    expect(phaseTimes(a.phases, 15 * MIN)).toEqual({ clarify: 2 * MIN, plan: 3 * MIN, code: 10 * MIN, test: 0, complexity: 0 })
  })

  it('adds up revisits (back to Code after testing)', () => {
    let a = fresh()
    for (const [p, m] of [['code', 1], ['test', 6], ['code', 8], ['test', 10]] as const) a = enterPhase(a, p, T0 + m * MIN)
    expect(phaseTimes(a.phases, 12 * MIN)).toEqual({ clarify: MIN, plan: 0, code: 7 * MIN, test: 4 * MIN, complexity: 0 })
  })

  it('gives a gentle cue only when a phase runs well over its share', () => {
    const a = fresh() // clarify: 15% of 20 min = 3 min; the cue comes after 3 min + 45 s
    expect(phaseCue(a.phases, 20 * MIN, 3 * MIN + 40_000)).toBeNull()
    expect(phaseCue(a.phases, 20 * MIN, 3 * MIN + 50_000)).toEqual({ phase: 'clarify', spentMs: 3 * MIN + 50_000, suggestedMs: 3 * MIN })
    // Short shares still get 30 s of grace: complexity is 5% of 20 min = 1 min.
    const b = enterPhase(a, 'complexity', T0 + 10 * MIN)
    expect(phaseCue(b.phases, 20 * MIN, 11 * MIN + 29_000)).toBeNull()
    expect(phaseCue(b.phases, 20 * MIN, 11 * MIN + 31_000)?.phase).toBe('complexity')
  })

  it('reports time per phase against the split, calling out long, short and skipped phases', () => {
    let a = fresh()
    for (const [p, m] of [['code', 1], ['complexity', 19]] as const) a = enterPhase(a, p, T0 + m * MIN)
    const rows = phaseReport(a.phases, 20 * MIN, 20 * MIN)
    const by = Object.fromEntries(rows.map((r) => [r.phase, r]))
    expect(by.clarify!.verdict).toBe('short') // 1 min of 3
    expect(by.plan!.verdict).toBe('skipped')
    expect(by.code!.verdict).toBe('long') // 18 min of 10
    expect(by.test!.verdict).toBe('skipped')
    expect(by.complexity!.verdict).toBe('about-right')
    expect(by.code!.share).toBeCloseTo(0.9, 5)
  })

  it('knows whether the candidate planned before coding (a tap through Plan is not a plan)', () => {
    const planned = enterPhase(enterPhase(fresh(), 'plan', T0 + MIN), 'code', T0 + 3 * MIN)
    expect(plannedBeforeCoding(planned.phases)).toBe(true)
    const tapped = enterPhase(enterPhase(fresh(), 'plan', T0 + MIN), 'code', T0 + MIN + 5000)
    expect(plannedBeforeCoding(tapped.phases)).toBe(false)
    expect(plannedBeforeCoding(enterPhase(fresh(), 'code', T0 + MIN).phases)).toBe(false)
    expect(plannedBeforeCoding(fresh().phases)).toBeNull()
    expect(phasesUsed(fresh().phases)).toBe(false)
  })

  it('places phases on the timeline axis by the wall clock', () => {
    const a = enterPhase(enterPhase(fresh(), 'plan', T0 + MIN), 'code', T0 + 3 * MIN)
    expect(phaseSpans(a.phases, T0, 10 * MIN)).toEqual([
      { phase: 'clarify', start: 0, end: MIN },
      { phase: 'plan', start: MIN, end: 3 * MIN },
      { phase: 'code', start: 3 * MIN, end: 10 * MIN },
    ])
  })
})
