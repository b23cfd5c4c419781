// Phases of a whiteboard answer, as pure rules over the attempt's phase
// changes: which phase is current, moving to another (each change is kept
// with its time on the interview clock and on the wall clock), time spent in
// each against the suggested split, and the gentle cue when one runs long.
// Nothing here ever stops the candidate.
import type { Attempt, PhaseChange } from '../attempts/schema'
import { elapsedMs } from './timer'
import { DEFAULT_SPLIT, PHASES, type Phase } from './phaseNames'

export { DEFAULT_SPLIT, PHASE_LABELS, PHASE_PURPOSE, PHASES, type Phase } from './phaseNames'
export type { PhaseChange } from '../attempts/schema'

export type PhaseSplit = Record<Phase, number>

/** The phase the candidate is in: the last change's, or null before any. */
export function currentPhase(changes: readonly PhaseChange[] | undefined): Phase | null {
  return changes?.length ? changes[changes.length - 1]!.phase : null
}

export function nextPhase(p: Phase | null): Phase | null {
  if (p === null) return PHASES[0]
  const i = PHASES.indexOf(p)
  return i < PHASES.length - 1 ? PHASES[i + 1]! : null
}

export function previousPhase(p: Phase | null): Phase | null {
  const i = p === null ? -1 : PHASES.indexOf(p)
  return i > 0 ? PHASES[i - 1]! : null
}

/** The first phase change of a new attempt: it opens in Clarify, at 0 on the clock. */
export function initialPhases(now: number): PhaseChange[] {
  return [{ phase: 'clarify', at: now, clockMs: 0 }]
}

/**
 * Moves the attempt to `phase` now, recording when (wall clock and interview
 * clock). Entering the phase it is already in changes nothing; phases may be
 * revisited in any order (testing sends people back to the code).
 */
export function enterPhase(a: Attempt, phase: Phase, now: number): Attempt {
  const changes = a.phases ?? []
  if (currentPhase(changes) === phase) return a
  const last = changes[changes.length - 1]
  // The clock never runs backwards between two changes, even across a reload.
  const clockMs = Math.max(last?.clockMs ?? 0, elapsedMs(a.timer, now))
  return { ...a, phases: [...changes, { phase, at: Math.max(now, last?.at ?? 0), clockMs }], updatedAt: now }
}

/** Time on the interview clock spent in each phase, up to `endClockMs` (the time used). */
export function phaseTimes(changes: readonly PhaseChange[] | undefined, endClockMs: number): Record<Phase, number> {
  const out = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>
  const list = changes ?? []
  list.forEach((c, i) => {
    const end = i + 1 < list.length ? list[i + 1]!.clockMs : Math.max(c.clockMs, endClockMs)
    out[c.phase] += Math.max(0, end - c.clockMs)
  })
  return out
}

/** The candidate moved through the phases at least once (an attempt left in its opening phase says nothing about them). */
export function phasesUsed(changes: readonly PhaseChange[] | undefined): boolean {
  return (changes?.length ?? 0) >= 2
}

/** Planning shorter than this before the first Code is a tap through, not a plan. */
export const PLAN_MIN_MS = 15_000

/** Whether the candidate planned (at least PLAN_MIN_MS in Plan) before first entering Code; null when the phases were not used. */
export function plannedBeforeCoding(changes: readonly PhaseChange[] | undefined): boolean | null {
  if (!changes || !phasesUsed(changes)) return null
  const firstCode = changes.findIndex((c) => c.phase === 'code')
  const prefix = firstCode < 0 ? changes : changes.slice(0, firstCode)
  const endMs = (firstCode < 0 ? changes[changes.length - 1]! : changes[firstCode]!).clockMs
  const planned = phaseTimes(prefix, endMs).plan
  return planned >= PLAN_MIN_MS
}

/**
 * The gentle cue: the current phase has taken well over its share of the
 * suggested time (its share plus a quarter of it, and at least 30 s over).
 */
export interface PhaseCue {
  phase: Phase
  spentMs: number
  suggestedMs: number
}

export function phaseCue(
  changes: readonly PhaseChange[] | undefined,
  suggestedTotalMs: number,
  clockNowMs: number,
  split: PhaseSplit = DEFAULT_SPLIT,
): PhaseCue | null {
  const phase = currentPhase(changes)
  if (phase === null) return null
  const spentMs = phaseTimes(changes, clockNowMs)[phase]
  const suggestedMs = Math.round(split[phase] * suggestedTotalMs)
  return spentMs > suggestedMs + Math.max(30_000, suggestedMs / 4) ? { phase, spentMs, suggestedMs } : null
}

export type PhaseVerdict = 'skipped' | 'short' | 'about-right' | 'long'

export interface PhaseRow {
  phase: Phase
  spentMs: number
  /** The phase's share of the time used, 0..1. */
  share: number
  /** The split's share, 0..1, and what it comes to on this attempt's suggested time. */
  suggestedShare: number
  suggestedMs: number
  verdict: PhaseVerdict
}

/**
 * Time in each phase against the split (review, Progress). A phase is long or
 * short when it is off by half its share and by at least a minute: small
 * differences are noise, not habits.
 */
export function phaseReport(
  changes: readonly PhaseChange[] | undefined,
  suggestedTotalMs: number,
  usedMs: number,
  split: PhaseSplit = DEFAULT_SPLIT,
): PhaseRow[] {
  const times = phaseTimes(changes, usedMs)
  const total = Math.max(1, PHASES.reduce((n, p) => n + times[p], 0))
  return PHASES.map((phase) => {
    const spentMs = times[phase]
    const suggestedMs = Math.round(split[phase] * suggestedTotalMs)
    const off = spentMs - suggestedMs
    const verdict: PhaseVerdict =
      spentMs === 0 ? 'skipped' : off > suggestedMs / 2 && off >= 60_000 ? 'long' : -off > suggestedMs / 2 && -off >= 60_000 ? 'short' : 'about-right'
    return { phase, spentMs, share: spentMs / total, suggestedShare: split[phase], suggestedMs, verdict }
  })
}

export interface PhaseSpan {
  phase: Phase
  /** ms since the attempt started (the timeline's axis) */
  start: number
  end: number
}

/** Phases on the timeline's axis (wall clock since Start), the last one running to `axisEndMs`. */
export function phaseSpans(changes: readonly PhaseChange[] | undefined, startedAt: number, axisEndMs: number): PhaseSpan[] {
  const list = changes ?? []
  const spans: PhaseSpan[] = []
  list.forEach((c, i) => {
    const start = Math.max(0, c.at - startedAt)
    const end = i + 1 < list.length ? Math.max(start, list[i + 1]!.at - startedAt) : Math.max(start, axisEndMs)
    if (end > start) spans.push({ phase: c.phase, start, end })
  })
  return spans
}
