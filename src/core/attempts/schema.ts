// The attempt record's shape, written once: the zod schemas are the source of
// truth and the TypeScript types are inferred from them. The restore gate
// (restore.ts) validates every stored field with these; storage and backups
// write what these types allow. Loose objects: fields a newer version added
// are kept, not dropped.
import { z } from '../zod.ts'
import type { InkDocument } from '../ink/ink'
import { LANGUAGES } from '../languages'
import { PHASES } from '../session/phaseNames'

/** Version of the Attempt record written today. Older records pass the restore gate (restore.ts). */
export const ATTEMPT_SCHEMA_VERSION = 3

/** Hostile-input limits the schemas and the gate enforce. */
export const LIMITS = {
  /** Any string inside a record, except the ink document. */
  maxStringChars: 1_000_000,
  /** Nesting depth of a record. */
  maxDepth: 32,
  /** Values (objects, arrays, scalars) inside a record, ink excluded. */
  maxNodes: 200_000,
  /** Points in one ink document. */
  maxInkPoints: 2_000_000,
  /** Characters of an ink document stored as JSON text. */
  maxInkChars: 64 * 1024 * 1024,
  maxTranscriptChars: 200_000,
  maxTitleChars: 500,
  maxNotesChars: 20_000,
  maxCodeChars: 200_000,
  /** A clarifying question as typed. */
  maxQuestionChars: 500,
} as const

export const ATTEMPT_STATUSES = ['in-progress', 'finished'] as const
export const ATTEMPT_OUTCOMES = ['unrated', 'solved', 'partial', 'failed'] as const

/** Epoch milliseconds: a whole number within Date's range. */
export const epochMs = z.int().min(0).max(8_640_000_000_000_000)
export const durationMs = z.int().min(0).max(1e11)
const count = z.int().min(0).max(1e9)
const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'expected 1, 2, 3 or 4' })
/** A JSON value from a test run (expected or actual); its size is bounded by the gate's scan. */
const json = z.unknown()

/**
 * An object schema that keeps fields it does not know (a newer version's) at
 * run time, typed by the fields it knows: the types stay plain, and a record
 * read and written back by this version loses nothing.
 */
export function kept<S extends z.ZodRawShape>(shape: S): z.ZodObject<S> {
  return z.looseObject(shape) as unknown as z.ZodObject<S>
}

export const ratingSchema = kept({
  correctness: score.optional(),
  edgeCases: score.optional(),
  complexity: score.optional(),
  clarity: score.optional(),
  communication: score.optional(),
  notes: z.string().max(LIMITS.maxNotesChars).optional(),
})

/** The interview clock (core/session/timer.ts): time used before `runningSince`, and since when it runs. */
export const timerSchema = kept({ suggestedMs: durationMs, elapsedMs: durationMs, runningSince: epochMs.nullable() })

export const hintRevealSchema = kept({ index: z.int().min(0).max(1000), atMs: durationMs })

const boxSchema = kept({ minX: z.number(), minY: z.number(), maxX: z.number(), maxY: z.number() })

/** One line as the recogniser read it (src/ocr TranscriptLine): what the review links to its ink. */
export const ocrLineSchema = kept({
  text: z.string().max(10_000),
  indent: z.int().min(0).max(1000),
  strokeIds: z.array(z.int().min(0)).max(100_000),
  doubtful: z.array(kept({ start: z.int().min(0), end: z.int().min(0), alternatives: z.array(z.string().max(1000)).max(100).optional() })).max(1000),
  bbox: boxSchema.nullable().optional(),
  confidence: z.number().optional(),
  blankLinesBefore: z.int().min(0).max(1000).optional(),
})

export const transcriptSchema = kept({
  /** What OCR read. */
  recognised: z.string().max(LIMITS.maxTranscriptChars),
  /** What the candidate corrected it to. */
  edited: z.string().max(LIMITS.maxTranscriptChars),
  lines: z.array(ocrLineSchema).max(10_000),
  // A duration from performance.now(): fractions allowed.
  ocrMs: z.number().min(0).max(1e9),
  /** Which engines read it ("tesseract+paddle", "tesseract"). */
  engine: z.string().max(200).optional(),
  /** How the reading went when not as usual (e.g. "Read by tesseract alone: …"), shown by the review. */
  notice: z.string().max(2000).optional(),
})

export const testOutcomeSchema = kept({
  name: z.string().max(10_000),
  passed: z.boolean(),
  message: z.string().max(LIMITS.maxStringChars),
  expected: json,
  actual: json.optional(),
  stdout: z.string().max(LIMITS.maxStringChars).optional(),
})

/** "Run tests" as kept on the attempt: the code that ran (the transcript may change afterwards) and the judged result. */
export const testRunSchema = kept({
  ranAt: epochMs,
  code: z.string().max(LIMITS.maxCodeChars),
  result: kept({
    total: count,
    passed: count,
    failed: count,
    outcomes: z.array(testOutcomeSchema).max(10_000),
    /** A failure before any test could run (syntax error, missing entry, timeout). */
    error: z.string().max(LIMITS.maxStringChars).optional(),
  }),
})

/** A move to another phase of the answer (core/session/phases.ts): when, on the wall clock and on the interview clock. */
export const phaseChangeSchema = kept({ phase: z.enum(PHASES), at: epochMs, clockMs: durationMs })

/** A clarifying question the candidate asked, in their words, and what the interviewer (the problem) answered. */
export const questionAskedSchema = kept({
  text: z.string().max(LIMITS.maxQuestionChars).regex(/\S/, 'must not be blank'),
  at: epochMs,
  clockMs: durationMs,
  /** Index of the clarification answered (problem.json), null when none matched ("not specified"). */
  match: z.int().min(0).max(1000).nullable(),
  /** The clarification's question and answer as they stood when asked: the bank may change later. */
  matchedQuestion: z.string().max(1000).optional(),
  answer: z.string().max(2000).optional(),
})

/** Talk figures of a recorded attempt (core/voice/talk.ts). Only recorded time counts. */
export const talkSchema = kept({
  recordedMs: durationMs,
  speakingMs: durationMs,
  /** Longest stretch without speaking, inside a recording. */
  longestSilenceMs: durationMs,
  /** Recorded time before the first stroke without speaking; null without ink or without a recording then. */
  silenceBeforeFirstStrokeMs: durationMs.nullable(),
  /** Recorded time spent writing, and how much of it with speaking. */
  writingRecordedMs: durationMs,
  speakingWhileWritingMs: durationMs,
  /** Recorded time not writing (pauses, before the first stroke, after the last), and how much of it with speaking. */
  pausedRecordedMs: durationMs,
  speakingWhilePausedMs: durationMs,
  /** Silences of at least LONG_SILENCE_MS spent writing: the habit to break. */
  silentWritingCount: count,
})

/** One recording of the attempt: a reload or a crash ends one, Resume starts the next. Audio bytes live in the audio store. */
export const voiceSessionSchema = kept({ startedAt: epochMs, durationMs, mimeType: z.string().max(200) })

/** What the recordings of an attempt said, kept on the attempt (the audio itself is in the audio store, and may be deleted alone). */
export const voiceSchema = kept({
  sessions: z.array(voiceSessionSchema).max(1000),
  /** Speaking stretches on the timeline's axis, [start, end] in ms since Start, from the signal's energy. */
  speaking: z.array(z.tuple([durationMs, durationMs])).max(20_000),
  talk: talkSchema,
})

/** "Read this code" problems: the options chosen, graded (core/problems/choice.ts grades them). */
export const choiceAnswersSchema = kept({
  answeredAt: epochMs,
  answers: z.array(kept({ id: z.string().min(1).max(200), chosen: z.array(z.int().min(0).max(100)).max(100), correct: z.boolean() })).max(1000),
})

const imageSchema = z.custom<Blob | null>((v) => v === null || (typeof Blob !== 'undefined' && v instanceof Blob), 'expected a PNG image or null')

/**
 * The record, ink aside: the gate checks the ink document with the ink reader
 * (core/ink), which knows its format and limits better than a schema would.
 * Its type keeps an index signature: fields of a newer version are kept and
 * visible as `unknown`.
 */
export const attemptRecordSchema = z.looseObject({
  schemaVersion: z.literal(ATTEMPT_SCHEMA_VERSION),
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, 'expected 1-128 letters, digits, "_", "." or "-"'),
  problemId: z.string().min(1).max(200),
  problemTitle: z.string().max(LIMITS.maxTitleChars),
  language: z.enum(LANGUAGES),
  status: z.enum(ATTEMPT_STATUSES),
  /** epoch ms */
  startedAt: epochMs,
  /** epoch ms, null while in progress */
  endedAt: epochMs.nullable(),
  timer: timerSchema,
  hintsRevealed: z.array(hintRevealSchema).max(1000),
  /** Time on the clock when the reference answer was opened during the attempt. */
  answerShownAtMs: durationMs.optional(),
  /** PNG of the page. */
  image: imageSchema,
  transcript: transcriptSchema.nullable(),
  testRun: testRunSchema.nullable(),
  rating: ratingSchema.nullable(),
  outcome: z.enum(ATTEMPT_OUTCOMES),
  /** epoch ms of the last change */
  updatedAt: epochMs,
  // Version 3: the phases moved through, clarifying questions, what the voice recording said, interview mode.
  phases: z.array(phaseChangeSchema).max(1000).optional(),
  questions: z.array(questionAskedSchema).max(500).optional(),
  voice: voiceSchema.optional(),
  /** The statement was shown briefly, details only by asking (problem.json `interview`). */
  interviewMode: z.boolean().optional(),
  /** Interview mode: time on the clock when the full statement was opened. */
  statementShownAtMs: durationMs.optional(),
  /** Answers to a "read this code" problem (absent for written answers). */
  choiceAnswers: choiceAnswersSchema.optional(),
})

/** One hand-written answer to one problem, as stored on the device and exported in backups. */
export type Attempt = z.infer<typeof attemptRecordSchema> & {
  /** Strokes, ink/v1, with t per point. */
  ink: InkDocument
}
export type AttemptLanguage = Attempt['language']
export type AttemptStatus = Attempt['status']
export type AttemptOutcome = Attempt['outcome']
export type AttemptRating = z.infer<typeof ratingSchema>
export type RatingScore = NonNullable<AttemptRating['correctness']>
export type AttemptTranscript = z.infer<typeof transcriptSchema>
export type StoredTestRun = z.infer<typeof testRunSchema>
export type OcrLineRecord = z.infer<typeof ocrLineSchema>
export type PhaseChange = z.infer<typeof phaseChangeSchema>
export type QuestionAsked = z.infer<typeof questionAskedSchema>
export type TalkFigures = z.infer<typeof talkSchema>
export type VoiceSession = z.infer<typeof voiceSessionSchema>
export type VoiceRecord = z.infer<typeof voiceSchema>

/** The small, listable part of an attempt: History, Progress and the problem page read only these. */
export const attemptSummarySchema = z.object({
  id: z.string(),
  problemId: z.string(),
  problemTitle: z.string(),
  language: z.enum(LANGUAGES),
  status: z.enum(ATTEMPT_STATUSES),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  /** Time on the clock at the last save. */
  elapsedMs: z.number(),
  suggestedMs: z.number(),
  outcome: z.enum(ATTEMPT_OUTCOMES),
  updatedAt: z.number(),
  strokeCount: z.number(),
  hasImage: z.boolean(),
  /** First characters of the edited (or recognised) transcript. */
  transcriptPreview: z.string(),
  /** Self-rated correctness 1..4, null when not rated (Progress charts it). */
  correctness: z.number().nullable(),
  /** The last test run's counts, null when the tests were never run. */
  tests: z.object({ passed: z.number(), total: z.number() }).nullable(),
  /** Time on the clock per phase, null when the phases were not used. */
  phaseMs: z.record(z.enum(PHASES), z.number()).nullable(),
  /** Planned before first writing code (phases.ts plannedBeforeCoding); null when the phases were not used. */
  plannedFirst: z.boolean().nullable(),
  questionsAsked: z.number(),
  /** Talk figures Progress charts; null without a recording. */
  talk: z
    .object({
      recordedMs: z.number(),
      speakingShare: z.number(),
      longestSilenceMs: z.number(),
      silenceBeforeFirstStrokeMs: z.number().nullable(),
      whileWritingShare: z.number().nullable(),
      whilePausedShare: z.number().nullable(),
      silentWritingCount: z.number(),
    })
    .nullable(),
})
export type AttemptSummary = z.infer<typeof attemptSummarySchema>
