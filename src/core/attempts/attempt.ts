// The attempt record: one hand-written answer to one problem, as stored on the
// device and as exported in backups. Pure TS: no DOM, no IndexedDB.
import type { InkDocument } from '../ink/ink'
import type { ChoiceAnswers } from '../problems/choice'
import { elapsedMs, type TimerState } from '../session/timer'

/** Version of the Attempt record written today. Older records pass the restore gate (restore.ts). */
export const ATTEMPT_SCHEMA_VERSION = 2

export type AttemptLanguage = 'python' | 'javascript' | 'sql'
export const ATTEMPT_LANGUAGES: readonly AttemptLanguage[] = ['python', 'javascript', 'sql']

export type RatingScore = 1 | 2 | 3 | 4
export interface AttemptRating {
  correctness?: RatingScore
  edgeCases?: RatingScore
  complexity?: RatingScore
  clarity?: RatingScore
  communication?: RatingScore
  notes?: string
}

/** Time used vs suggested; resumable (the interview clock's own state, core/session/timer.ts). */
export type { TimerState }

export interface AttemptTranscript {
  /** What OCR read. */
  recognised: string
  /** What the candidate corrected it to. */
  edited: string
  lines: unknown[]
  ocrMs: number
}

export type AttemptStatus = 'in-progress' | 'finished'
export type AttemptOutcome = 'unrated' | 'solved' | 'partial' | 'failed'

export interface Attempt {
  schemaVersion: number
  id: string
  problemId: string
  problemTitle: string
  language: AttemptLanguage
  status: AttemptStatus
  /** epoch ms */
  startedAt: number
  /** epoch ms, null while in progress */
  endedAt: number | null
  timer: TimerState
  hintsRevealed: { index: number; atMs: number }[]
  /** Strokes, ink/v1, with t per point. */
  ink: InkDocument
  /** PNG of the page. */
  image: Blob | null
  transcript: AttemptTranscript | null
  testRun: unknown | null
  rating: AttemptRating | null
  outcome: AttemptOutcome
  /** epoch ms of the last change */
  updatedAt: number
  /** "Read this code" problems: the options chosen, graded (absent for written answers). */
  choiceAnswers?: ChoiceAnswers
  /** Fields this version does not know are kept. */
  [unknown: string]: unknown
}

/** The small, listable part of an attempt (History reads only these). */
export interface AttemptSummary {
  id: string
  problemId: string
  problemTitle: string
  language: AttemptLanguage
  status: AttemptStatus
  startedAt: number
  endedAt: number | null
  elapsedMs: number
  suggestedMs: number
  outcome: AttemptOutcome
  updatedAt: number
  strokeCount: number
  hasImage: boolean
  /** First characters of the edited (or recognised) transcript. */
  transcriptPreview: string
}

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
  }
}

/** A random id safe in file names and URLs (backups use it as a folder name). */
export function newAttemptId(): string {
  const bytes = new Uint8Array(12)
  crypto.getRandomValues(bytes)
  let s = ''
  for (const b of bytes) s += b.toString(16).padStart(2, '0')
  return `a-${Date.now().toString(36)}-${s}`
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
  }
}
