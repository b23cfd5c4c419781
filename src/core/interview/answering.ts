// Answering a question aloud, as pure functions of the record and `now`:
// thinking time, then the answer with its clock against a target length,
// then the review. State lives in the record (timers, phase), not in running
// timers, so a reload resumes where it stood.
import { elapsedMs, pauseTimer, startTimer, type TimerState } from '../session/timer.ts'
import { newRecordId } from '../records/gate.ts'
import { stepsOf, targetOf, type DeckQuestion } from './deck.ts'
import { INTERVIEW_SCHEMA_VERSION, type AnswerRecord, type OwnQuestionRecord, type SelfCheck } from './records.ts'

/** A question the candidate can answer: bundled, or one of their own. */
export type AnswerableQuestion = DeckQuestion & { source: 'deck' | 'own' }

export const DEFAULT_THINK_MS = 30_000

/** An own question in the deck's shape: steps from its structure, no prompts or example. */
export function ownToQuestion(q: OwnQuestionRecord): AnswerableQuestion {
  return {
    id: q.id,
    group: q.group,
    question: q.question,
    type: q.type,
    wants: q.wants,
    structure: q.structure,
    steps: stepsOf(q.structure, {}),
    pitfalls: q.pitfalls,
    example: '',
    targetMs: targetOf(q.type, q.targetSeconds),
    followUps: [],
    tags: [],
    source: 'own',
  }
}

/** A new answer, its thinking time running from `now`. */
export function createAnswer(init: {
  question: AnswerableQuestion
  thinkMs?: number
  now: number
  id?: string
  mockSessionId?: string | null
}): AnswerRecord {
  const { question: q, now } = init
  return {
    schemaVersion: INTERVIEW_SCHEMA_VERSION,
    id: init.id ?? newRecordId('ans'),
    questionId: q.id,
    source: q.source,
    questionText: q.question,
    status: 'in-progress',
    phase: 'thinking',
    startedAt: now,
    endedAt: null,
    updatedAt: now,
    thinking: { suggestedMs: Math.max(0, Math.round(init.thinkMs ?? DEFAULT_THINK_MS)), elapsedMs: 0, runningSince: now },
    answering: { suggestedMs: q.targetMs.max, elapsedMs: 0, runningSince: null },
    target: { minMs: q.targetMs.min, maxMs: q.targetMs.max },
    notes: '',
    notesInk: null,
    notesRead: null,
    recordingId: null,
    talk: null,
    selfCheck: null,
    rating: null,
    reflection: '',
    mockSessionId: init.mockSessionId ?? null,
  }
}

/** Ends the thinking time (early, or when it ran out) and starts the answer's clock at `at`. */
export function startAnswering(a: AnswerRecord, at: number): AnswerRecord {
  if (a.phase !== 'thinking') return a
  return { ...a, phase: 'answering', thinking: pauseTimer(a.thinking, at), answering: startTimer(a.answering, at), updatedAt: at }
}

/**
 * Moves the answer on when its thinking time has run out: the answer starts at
 * the moment the time ran out, not at the next tick.
 */
export function tick(a: AnswerRecord, now: number): AnswerRecord {
  if (a.phase !== 'thinking' || a.thinking.runningSince === null) return a
  const left = a.thinking.suggestedMs - elapsedMs(a.thinking, now)
  return left <= 0 ? startAnswering(a, now + left) : a
}

/** Stops the answer: its clock stops, the record is finished and goes to review. */
export function finishAnswer(a: AnswerRecord, now: number): AnswerRecord {
  const b = a.phase === 'thinking' ? startAnswering(a, now) : a
  return { ...b, phase: 'done', status: 'finished', answering: pauseTimer(b.answering, now), endedAt: now, updatedAt: now }
}

/** The clock of the phase the answer is in. */
export function phaseTimer(a: AnswerRecord): TimerState {
  return a.phase === 'thinking' ? a.thinking : a.answering
}

const withPhaseTimer = (a: AnswerRecord, t: TimerState): AnswerRecord => (a.phase === 'thinking' ? { ...a, thinking: t } : { ...a, answering: t })

/** Leaving the screen: the running clock stops where it stands. */
export function pauseAnswer(a: AnswerRecord, now: number): AnswerRecord {
  if (a.status !== 'in-progress') return a
  const t = phaseTimer(a)
  return t.runningSince === null ? a : { ...withPhaseTimer(a, pauseTimer(t, now)), updatedAt: now }
}

/** Opening an unfinished answer after a reload: the clock stands where it stood at the last save and waits. */
export function answerAtLastSave(a: AnswerRecord): AnswerRecord {
  if (a.status !== 'in-progress') return a
  const t = phaseTimer(a)
  const used = elapsedMs(t, Math.max(a.updatedAt, t.runningSince ?? 0))
  return withPhaseTimer(a, { ...t, elapsedMs: used, runningSince: null })
}

/** Starts the phase's clock again (the screen is ready). */
export function resumeAnswer(a: AnswerRecord, now: number): AnswerRecord {
  if (a.status !== 'in-progress') return a
  const t = phaseTimer(a)
  return t.runningSince !== null ? a : { ...withPhaseTimer(a, startTimer(t, now)), updatedAt: now }
}

/** Length of the answer so far (or in all, once done). */
export function answerLengthMs(a: AnswerRecord, now: number): number {
  return elapsedMs(a.answering, a.endedAt ?? now)
}

export type LengthVerdict = 'short' | 'on-target' | 'long'

export function lengthVerdict(lengthMs: number, target: { minMs: number; maxMs: number }): LengthVerdict {
  return lengthMs < target.minMs ? 'short' : lengthMs > target.maxMs ? 'long' : 'on-target'
}

/** The self-check's tally: steps of the structure covered, pitfalls fallen into. */
export function selfCheckTally(q: Pick<AnswerableQuestion, 'steps' | 'pitfalls'>, check: SelfCheck | null): { covered: number; steps: number; pitfalls: number; missed: string[] } {
  const covered = new Set(check?.covered ?? [])
  const hit = new Set((check?.pitfalls ?? []).filter((i) => i < q.pitfalls.length))
  return {
    covered: q.steps.filter((s) => covered.has(s.id)).length,
    steps: q.steps.length,
    pitfalls: hit.size,
    missed: q.steps.filter((s) => !covered.has(s.id)).map((s) => s.label),
  }
}

export function toggleStep(check: SelfCheck | null, stepId: string): SelfCheck {
  const c = check ?? { covered: [], pitfalls: [] }
  return { ...c, covered: c.covered.includes(stepId) ? c.covered.filter((s) => s !== stepId) : [...c.covered, stepId] }
}

export function togglePitfall(check: SelfCheck | null, index: number): SelfCheck {
  const c = check ?? { covered: [], pitfalls: [] }
  return { ...c, pitfalls: c.pitfalls.includes(index) ? c.pitfalls.filter((p) => p !== index) : [...c.pitfalls, index].sort((x, y) => x - y) }
}

/**
 * The question an answer was to: from the deck or the candidate's own; null
 * when it is gone (the answer still shows its text, kept on the record).
 */
export function resolveQuestion(
  ref: { questionId: string; source: 'deck' | 'own' },
  deck: readonly DeckQuestion[],
  own: readonly OwnQuestionRecord[],
): AnswerableQuestion | null {
  if (ref.source === 'own') {
    const q = own.find((o) => o.id === ref.questionId)
    return q ? ownToQuestion(q) : null
  }
  const q = deck.find((d) => d.id === ref.questionId)
  return q ? { ...q, source: 'deck' } : null
}

/** A stand-in for a question no longer in the deck: its text as the answer kept it, the structure's steps of its type. */
export function missingQuestion(a: Pick<AnswerRecord, 'questionId' | 'questionText' | 'source' | 'target'>): AnswerableQuestion {
  return {
    id: a.questionId,
    group: 'about-you',
    question: a.questionText,
    type: 'personal',
    wants: '',
    structure: 'point-reason-example',
    steps: stepsOf('point-reason-example', {}),
    pitfalls: [],
    example: '',
    targetMs: { min: a.target.minMs, max: a.target.maxMs },
    followUps: [],
    tags: [],
    source: a.source,
  }
}
