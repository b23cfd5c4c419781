// Running a mock interview, as pure functions of the session and `now`: the
// interview's clock and each stage's, moving from stage to stage, linking the
// attempts and answers made on the way, and picking up after a closed tab at
// the stage it was in. The clocks keep going into overtime; nothing stops the
// candidate.
import { newRecordId } from '../records/gate.ts'
import { elapsedMs, pauseTimer, startTimer, type TimerState } from '../session/timer.ts'
import type { MockPlan } from './plan.ts'
import { MOCK_SCHEMA_VERSION, type MockSession, type MockStage, type MockSummary } from './schema.ts'

/** A new session from its plan, the first stage running from `now`. */
export function createSession(plan: MockPlan, now: number, id = newRecordId('mock')): MockSession {
  const totalMs = plan.stages.reduce((n, s) => n + s.plannedMs, 0)
  const s: MockSession = {
    schemaVersion: MOCK_SCHEMA_VERSION,
    id,
    status: 'in-progress',
    createdAt: now,
    updatedAt: now,
    endedAt: null,
    config: { ...plan.config, stages: [...plan.config.stages], categories: [...plan.config.categories] },
    planNotes: [...plan.notes],
    stages: plan.stages.map(
      (p): MockStage => ({
        kind: p.kind,
        status: 'pending',
        plannedMs: p.plannedMs,
        timer: { suggestedMs: p.plannedMs, elapsedMs: 0, runningSince: null },
        startedAt: null,
        endedAt: null,
        problems: p.problems.map((x) => ({ ...x })),
        questionIds: [...p.questionIds],
        attemptIds: [],
        answerIds: [],
        askBack: [],
        asked: [],
        recordingId: null,
        selfRating: null,
        note: '',
      }),
    ),
    current: 0,
    clock: { suggestedMs: totalMs, elapsedMs: 0, runningSince: now },
    reflection: '',
  }
  return s.stages.length ? activate(s, 0, now) : finish(s, now)
}

const setStage = (s: MockSession, i: number, patch: Partial<MockStage>): MockSession => ({
  ...s,
  stages: s.stages.map((st, k) => (k === i ? { ...st, ...patch } : st)),
})

function activate(s: MockSession, i: number, now: number): MockSession {
  const st = s.stages[i]!
  return { ...setStage(s, i, { status: 'active', startedAt: st.startedAt ?? now, timer: startTimer(st.timer, now) }), current: i, updatedAt: now }
}

function finish(s: MockSession, now: number): MockSession {
  return { ...s, status: 'finished', current: s.stages.length, endedAt: now, clock: pauseTimer(s.clock, now), updatedAt: now }
}

export function currentStage(s: MockSession): MockStage | null {
  return s.stages[s.current] ?? null
}

/**
 * Ends the current stage (done, or skipped) and starts the next one still
 * pending; after the last, the session is finished (the report).
 */
export function endStage(s: MockSession, now: number, how: { skipped?: boolean; selfRating?: MockStage['selfRating']; note?: string } = {}): MockSession {
  const i = s.current
  const st = s.stages[i]
  if (!st || s.status !== 'in-progress') return s
  let next = setStage(s, i, {
    status: how.skipped ? 'skipped' : 'done',
    endedAt: now,
    timer: pauseTimer(st.timer, now),
    ...(how.selfRating !== undefined ? { selfRating: how.selfRating } : {}),
    ...(how.note !== undefined ? { note: how.note } : {}),
  })
  const k = next.stages.findIndex((x, j) => j > i && x.status === 'pending')
  const after = k >= 0 ? k : next.stages.findIndex((x) => x.status === 'pending')
  next = after >= 0 ? activate(next, after, now) : finish(next, now)
  return next
}

/** Changes fields of a stage (self-rating, note, asked questions) without moving on. */
export function patchStage(s: MockSession, i: number, patch: Partial<Pick<MockStage, 'selfRating' | 'note' | 'asked' | 'askBack' | 'recordingId'>>, now: number): MockSession {
  return s.stages[i] ? { ...setStage(s, i, patch), updatedAt: now } : s
}

/** Links an attempt started in the current stage. */
export function linkAttempt(s: MockSession, attemptId: string, now: number): MockSession {
  const st = currentStage(s)
  if (!st || st.attemptIds.includes(attemptId)) return s
  return { ...setStage(s, s.current, { attemptIds: [...st.attemptIds, attemptId] }), updatedAt: now }
}

/** Links an answer spoken in the current stage. */
export function linkAnswer(s: MockSession, answerId: string, now: number): MockSession {
  const st = currentStage(s)
  if (!st || st.answerIds.includes(answerId)) return s
  return { ...setStage(s, s.current, { answerIds: [...st.answerIds, answerId] }), updatedAt: now }
}

/** Leaving the interview's screen: its clocks stop where they stand. */
export function pauseSession(s: MockSession, now: number): MockSession {
  if (s.status !== 'in-progress') return s
  const st = currentStage(s)
  return {
    ...(st ? setStage(s, s.current, { timer: pauseTimer(st.timer, now) }) : s),
    clock: pauseTimer(s.clock, now),
    updatedAt: now,
  }
}

const atLastSave = (t: TimerState, updatedAt: number): TimerState => ({ ...t, elapsedMs: elapsedMs(t, Math.max(updatedAt, t.runningSince ?? 0)), runningSince: null })

/**
 * Opening an unfinished session after a closed tab or a reload: the clocks
 * stand where they stood at the last save (time away is not counted), at the
 * stage it was in.
 */
export function sessionAtLastSave(s: MockSession): MockSession {
  if (s.status !== 'in-progress') return s
  const st = currentStage(s)
  return {
    ...(st ? setStage(s, s.current, { timer: atLastSave(st.timer, s.updatedAt) }) : s),
    clock: atLastSave(s.clock, s.updatedAt),
  }
}

/** The screen is ready: the clocks run again from `now`. */
export function resumeSession(s: MockSession, now: number): MockSession {
  if (s.status !== 'in-progress') return s
  const st = currentStage(s)
  return {
    ...(st ? setStage(s, s.current, { timer: startTimer(st.timer, now) }) : s),
    clock: startTimer(s.clock, now),
    updatedAt: now,
  }
}

/** Time used by a stage (to `now` while it runs). */
export function stageUsedMs(st: MockStage, now: number): number {
  return elapsedMs(st.timer, st.endedAt ?? now)
}

export function summarizeSession(s: MockSession, now = s.updatedAt): MockSummary {
  return {
    id: s.id,
    status: s.status,
    createdAt: s.createdAt,
    endedAt: s.endedAt,
    presetMinutes: s.config.presetMinutes,
    plannedMs: s.clock.suggestedMs,
    usedMs: elapsedMs(s.clock, s.endedAt ?? now),
    current: s.current,
    stages: s.stages.map((st) => ({
      kind: st.kind,
      status: st.status,
      plannedMs: st.plannedMs,
      usedMs: stageUsedMs(st, s.endedAt ?? now),
      selfRating: st.selfRating,
      attemptIds: [...st.attemptIds],
      answerIds: [...st.answerIds],
    })),
  }
}

/**
 * The questions stage's next step: the question to answer now (its index), or
 * null when every question has an answer. An answer still open is answered
 * first (`openAnswer`), so a reload never skips or repeats a question.
 */
export function nextQuestion(st: Pick<MockStage, 'questionIds' | 'answerIds'>, lastAnswerOpen: boolean): { index: number; openAnswer: string | null } | null {
  const n = st.answerIds.length
  if (n > 0 && lastAnswerOpen) return { index: n - 1, openAnswer: st.answerIds[n - 1]! }
  return n < st.questionIds.length ? { index: n, openAnswer: null } : null
}

/** The number of questions to ask back suggested when the candidate's own list is empty. */
export const SUGGESTED_ASK_BACK = 3

/**
 * What the candidate asks back in this stage: their own list as it stands, or,
 * when it is empty, one suggestion from each of the first groups of the collection.
 */
export function askBackForStage(
  own: readonly { id: string; text: string }[],
  collection: readonly { id: string; question: string; group: string }[],
): { id: string; text: string }[] {
  if (own.length) return own.map((i) => ({ id: i.id, text: i.text }))
  const groups = [...new Set(collection.map((q) => q.group))].slice(0, SUGGESTED_ASK_BACK)
  return groups.map((g) => collection.find((q) => q.group === g)!).map((q) => ({ id: q.id, text: q.question }))
}
