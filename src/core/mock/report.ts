// The mock interview's report, pure: each stage's time against the plan, the
// code's test results, the think-aloud and answer figures, the self-ratings,
// and what to practise next; and the numbers Progress charts over sessions.
import type { AttemptSummary } from '../attempts/schema.ts'
import { answerLengthMs, lengthVerdict, selfCheckTally, type AnswerableQuestion, type LengthVerdict } from '../interview/answering.ts'
import type { AnswerRecord, AnswerTalk } from '../interview/records.ts'
import { formatDuration } from '../session/timer.ts'
import { STAGE_LABELS, type StageKind } from './plan.ts'
import type { MockSession, MockSummary, StageStatus } from './schema.ts'
import { stageUsedMs } from './session.ts'

/** What the report needs of an attempt made in a stage (from its record). */
export interface ReportAttempt {
  id: string
  problemId: string
  problemTitle: string
  status: 'in-progress' | 'finished'
  usedMs: number
  outcome: string
  tests: { passed: number; total: number } | null
  /** Think-aloud figures, when the attempt was recorded. */
  talk: { speakingShare?: number; longestSilenceMs?: number } | null
}

/** What the report needs of an answer spoken in a stage. */
export interface ReportAnswer {
  id: string
  questionText: string
  status: 'in-progress' | 'finished'
  lengthMs: number
  target: { minMs: number; maxMs: number }
  talk: AnswerTalk | null
  rating: number | null
  /** Labels of the structure's steps the candidate did not tick. */
  missedSteps: string[]
  /** Pitfalls the candidate said they fell into. */
  pitfallsHit: string[]
}

export type ReportPart =
  | ({ type: 'attempt' } & ReportAttempt & { plannedMs: number })
  | ({ type: 'answer' } & ReportAnswer & { verdict: LengthVerdict })
  | { type: 'ask-back'; listed: number; asked: number }
  | { type: 'missing'; id: string; what: string }

export interface StageReport {
  index: number
  kind: StageKind
  label: string
  status: StageStatus
  plannedMs: number
  usedMs: number
  /** Used minus planned (negative when inside the plan). */
  overMs: number
  selfRating: number | null
  note: string
  parts: ReportPart[]
}

export interface MockReport {
  plannedMs: number
  usedMs: number
  stages: StageReport[]
  practiseNext: string[]
}

/** A stage "ran long" past this share over its plan. */
export const OVERRUN_SHARE = 0.25
export const MAX_ADVICE = 6

export function buildReport(
  s: MockSession,
  found: { attempts: ReadonlyMap<string, ReportAttempt>; answers: ReadonlyMap<string, ReportAnswer> },
  now: number,
): MockReport {
  const end = s.endedAt ?? now
  const stages = s.stages.map((st, index): StageReport => {
    const usedMs = stageUsedMs(st, end)
    const parts: ReportPart[] = []
    st.attemptIds.forEach((id, k) => {
      const a = found.attempts.get(id)
      parts.push(a ? { type: 'attempt', ...a, plannedMs: st.problems[k]?.plannedMs ?? st.plannedMs } : { type: 'missing', id, what: 'attempt' })
    })
    for (const id of st.answerIds) {
      const a = found.answers.get(id)
      parts.push(a ? { type: 'answer', ...a, verdict: lengthVerdict(a.lengthMs, a.target) } : { type: 'missing', id, what: 'answer' })
    }
    if (st.kind === 'ask-back') parts.push({ type: 'ask-back', listed: st.askBack.length, asked: st.asked.length })
    return { index, kind: st.kind, label: STAGE_LABELS[st.kind], status: st.status, plannedMs: st.plannedMs, usedMs, overMs: usedMs - st.plannedMs, selfRating: st.selfRating, note: st.note, parts }
  })
  const usedMs = stages.reduce((n, st) => n + st.usedMs, 0)
  return { plannedMs: s.clock.suggestedMs, usedMs, stages, practiseNext: practiseNext(stages) }
}

/**
 * What to practise next, most useful first: stages that ran long, code whose
 * tests failed, answers off their target length or missing steps, pitfalls,
 * silences, a short list of questions to ask back, stages rated weak.
 */
export function practiseNext(stages: readonly StageReport[]): string[] {
  const out: string[] = []
  const add = (s: string) => {
    if (!out.includes(s)) out.push(s)
  }
  for (const st of stages) {
    if (st.status === 'skipped') add(`${st.label} was skipped: try it next time, even briefly.`)
    for (const p of st.parts) {
      if (p.type !== 'attempt') continue
      if (p.status !== 'finished') add(`Finish “${p.problemTitle}”: it is kept unfinished in History.`)
      else if (p.tests && p.tests.passed < p.tests.total)
        add(`“${p.problemTitle}” passed ${p.tests.passed} of ${p.tests.total} tests: look at the failing cases in its review, then try it again when it comes back.`)
      else if (!p.tests) add(`Run the tests of “${p.problemTitle}” in its review (correct the transcript first).`)
      if (p.talk?.longestSilenceMs !== undefined && p.talk.longestSilenceMs >= 30_000)
        add(`Think aloud while you write: the longest silence in “${p.problemTitle}” was ${formatDuration(p.talk.longestSilenceMs)}.`)
    }
  }
  const over = stages.filter((st) => st.status === 'done' && st.plannedMs > 0 && st.overMs > st.plannedMs * OVERRUN_SHARE).sort((a, b) => b.overMs - a.overMs)
  for (const st of over) add(`Pace: ${st.label.toLowerCase()} took ${formatDuration(st.usedMs)} of ${formatDuration(st.plannedMs)} planned. Practise it with the clock on.`)
  const answers = stages.flatMap((st) => st.parts.filter((p): p is Extract<ReportPart, { type: 'answer' }> => p.type === 'answer' && p.status === 'finished'))
  const short = answers.filter((a) => a.verdict === 'short')
  const long = answers.filter((a) => a.verdict === 'long')
  if (short.length) add(`Answers too short (${short.length} of ${answers.length}): walk through every step of the structure, with one concrete detail each.`)
  if (long.length) add(`Tighten long answers (${long.length} of ${answers.length}): “${long[0]!.questionText}” ran ${formatDuration(long[0]!.lengthMs)} against ${formatDuration(long[0]!.target.maxMs)}. Say the result sooner.`)
  const missed = new Map<string, number>()
  for (const a of answers) for (const m of a.missedSteps) missed.set(m, (missed.get(m) ?? 0) + 1)
  const topMissed = [...missed].sort((x, y) => y[1] - x[1])[0]
  if (topMissed) add(`You left out “${topMissed[0]}” in ${topMissed[1]} answer${topMissed[1] === 1 ? '' : 's'}: plan it in your notes before you speak.`)
  const pitfalls = answers.flatMap((a) => a.pitfallsHit)
  if (pitfalls.length) add(`Watch the pitfall you named: ${pitfalls[0]}`)
  const silent = answers.filter((a) => (a.talk?.longSilences ?? 0) >= 2)
  if (silent.length) add(`Fewer long silences: ${silent.length} answer${silent.length === 1 ? ' had' : 's had'} two or more pauses of 3 s or longer. Notes with the steps help.`)
  const weak = answers.filter((a) => a.rating !== null && a.rating <= 2)
  if (weak.length) add(`Answer “${weak[0]!.questionText}” again: it is back in your deck's practice list.`)
  for (const st of stages) {
    for (const p of st.parts) if (p.type === 'ask-back' && st.status !== 'skipped' && p.asked < Math.min(3, Math.max(1, p.listed))) add('Prepare at least three questions to ask back, and ask them: they close the interview well.')
    if (st.selfRating !== null && st.selfRating <= 2) add(`You rated ${st.label.toLowerCase()} ${st.selfRating} of 4: give it a practice session of its own this week.`)
  }
  return out.slice(0, MAX_ADVICE)
}

/** One row per finished session, oldest first: what Progress charts (mock interviews over time). */
export function mockProgress(summaries: readonly MockSummary[]): { id: string; at: number; presetMinutes: number; usedMin: number; plannedMin: number; meanRating: number | null; stages: number }[] {
  return summaries
    .filter((s) => s.status === 'finished')
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((s) => {
      const rated = s.stages.map((st) => st.selfRating).filter((r): r is number => r !== null)
      return {
        id: s.id,
        at: s.createdAt,
        presetMinutes: s.presetMinutes,
        usedMin: Math.round(s.usedMs / 6_000) / 10,
        plannedMin: Math.round(s.plannedMs / 6_000) / 10,
        meanRating: rated.length ? Math.round((rated.reduce((a, b) => a + b, 0) / rated.length) * 100) / 100 : null,
        stages: s.stages.filter((st) => st.status === 'done').length,
      }
    })
}

/** An attempt's part in the report, from its stored summary (what History lists). */
export function reportAttemptOf(a: Pick<AttemptSummary, 'id' | 'problemId' | 'problemTitle' | 'status' | 'elapsedMs' | 'outcome' | 'tests'> & { talk?: AttemptSummary['talk'] }): ReportAttempt {
  // The think-aloud figures, when the attempt was recorded.
  const talk = a.talk ? { speakingShare: a.talk.speakingShare, longestSilenceMs: a.talk.longestSilenceMs } : null
  return { id: a.id, problemId: a.problemId, problemTitle: a.problemTitle, status: a.status, usedMs: a.elapsedMs, outcome: a.outcome, tests: a.tests, talk }
}

/**
 * An answer's part in the report: its length, and from its self-check the
 * steps not ticked and the pitfalls named (none missed when it has no
 * self-check yet, or its question is gone).
 */
export function reportAnswerOf(a: AnswerRecord, q: Pick<AnswerableQuestion, 'steps' | 'pitfalls'> | null): ReportAnswer {
  const checked = q !== null && a.selfCheck !== null
  return {
    id: a.id,
    questionText: a.questionText,
    status: a.status,
    lengthMs: answerLengthMs(a, a.updatedAt),
    target: a.target,
    talk: a.talk,
    rating: a.rating,
    missedSteps: checked ? selfCheckTally(q, a.selfCheck).missed : [],
    pitfallsHit: checked ? a.selfCheck!.pitfalls.map((i) => q.pitfalls[i]).filter((p): p is string => p !== undefined) : [],
  }
}
