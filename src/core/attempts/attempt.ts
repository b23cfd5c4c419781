// The attempt record: one hand-written answer to one problem, as stored on the
// device and as exported in backups. Pure TS: no DOM, no IndexedDB.
import { phasesUsed, phaseTimes, plannedBeforeCoding, initialPhases } from '../session/phases'
import { newRecordId } from '../records/gate'
import { elapsedMs } from '../session/timer'
import { talkSummary } from '../voice/talk'
import { ATTEMPT_SCHEMA_VERSION, type Attempt, type AttemptLanguage, type AttemptSummary } from './schema'

export const TRANSCRIPT_PREVIEW_CHARS = 120

export function summarizeAttempt(a: Attempt): AttemptSummary {
  const text = a.transcript ? a.transcript.edited || a.transcript.recognised : ''
  return {
    id: a.id,
    problemId: a.problemId,
    problemTitle: a.problemTitle,
    language: a.language,
    status: a.status,
    startedAt: a.startedAt,
    endedAt: a.endedAt,
    elapsedMs: elapsedMs(a.timer, a.updatedAt),
    suggestedMs: a.timer.suggestedMs,
    outcome: a.outcome,
    updatedAt: a.updatedAt,
    strokeCount: a.ink.strokes.length,
    hasImage: a.image !== null,
    transcriptPreview: text.slice(0, TRANSCRIPT_PREVIEW_CHARS),
    correctness: a.rating?.correctness ?? null,
    tests: a.testRun ? { passed: a.testRun.result.passed, total: a.testRun.result.total } : null,
    phaseMs: phasesUsed(a.phases) ? phaseTimes(a.phases, elapsedMs(a.timer, a.endedAt ?? a.updatedAt)) : null,
    plannedFirst: plannedBeforeCoding(a.phases),
    questionsAsked: a.questions?.length ?? 0,
    talk: a.voice ? talkSummary(a.voice.talk) : null,
  }
}

/** A random id safe in file names and URLs (backups use it as a folder name). */
export function newAttemptId(): string {
  return newRecordId('a')
}

/** A fresh in-progress attempt with its timer running from `now`. */
export function createAttempt(init: {
  problemId: string
  problemTitle: string
  language: AttemptLanguage
  suggestedMs: number
  now?: number
  id?: string
}): Attempt {
  const now = init.now ?? Date.now()
  return {
    schemaVersion: ATTEMPT_SCHEMA_VERSION,
    id: init.id ?? newAttemptId(),
    problemId: init.problemId,
    problemTitle: init.problemTitle,
    language: init.language,
    status: 'in-progress',
    startedAt: now,
    endedAt: null,
    timer: { suggestedMs: init.suggestedMs, elapsedMs: 0, runningSince: now },
    hintsRevealed: [],
    ink: { format: 'ink/v1', strokes: [], language: init.language },
    image: null,
    transcript: null,
    testRun: null,
    rating: null,
    outcome: 'unrated',
    updatedAt: now,
    // A new answer opens in Clarify: the first thing to do is ask.
    phases: initialPhases(now),
  }
}
