// The candidate's own interview records, as stored on the device and exported
// in backups: answers to questions, prepared stories, their own questions, and
// the short list of questions to ask back. The zod schemas are the source of
// truth (types from z.infer); each kind passes the record gate
// (core/records/gate.ts) with its version, named migrations and limits.
// Loose objects: fields of a newer version are kept.
import { z } from '../zod.ts'
import { ATTEMPT_STATUSES, durationMs, epochMs, kept, LIMITS, timerSchema } from '../attempts/schema.ts'
import { InkFormatError, readInk, type InkDocument } from '../ink/ink.ts'
import type { RecordKind } from '../records/gate.ts'
import { DECK_GROUPS, QUESTION_TYPES, STRUCTURE_IDS, type StructureId } from './deck.ts'

export const INTERVIEW_SCHEMA_VERSION = 1

/** Hostile-input limits of these records (the gate's scan adds depth, node and string limits). */
export const INTERVIEW_LIMITS = {
  maxTextChars: 20_000,
  maxQuestionChars: 1_000,
  maxCovers: 200,
  maxAskBackItems: 30,
  maxNotesInkPoints: 200_000,
} as const

const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, 'expected 1-128 letters, digits, "_", "." or "-"')
const refSchema = z.string().min(1).max(200)
const longText = z.string().max(INTERVIEW_LIMITS.maxTextChars)
const questionText = z.string().max(INTERVIEW_LIMITS.maxQuestionChars)
const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'expected 1, 2, 3 or 4' })
const version = z.literal(INTERVIEW_SCHEMA_VERSION)

// ---- answers ----

export const ANSWER_PHASES = ['thinking', 'answering', 'done'] as const
export type AnswerPhase = (typeof ANSWER_PHASES)[number]

/** What the answer's voice activity says (core/interview/figures.ts); absent numbers were not measurable. */
export const answerTalkSchema = kept({
  /** Length of the answer on its clock. */
  lengthMs: durationMs,
  /** Time the voice was active. */
  speakingMs: durationMs.optional(),
  /** Silence before the first word of the answer. */
  firstWordMs: durationMs.optional(),
  longestSilenceMs: durationMs.optional(),
  /** Silences of 3 s or more. */
  longSilences: z.int().min(0).max(100_000).optional(),
  /** Stretches of speech per minute of speaking: a rate from voice activity, no speech service. */
  burstsPerMinute: z.number().min(0).max(10_000).optional(),
})
export type AnswerTalk = z.infer<typeof answerTalkSchema>

export const selfCheckSchema = kept({
  /** Steps of the structure the candidate says they covered (step ids). */
  covered: z.array(z.string().max(50)).max(20),
  /** Pitfalls the candidate says they fell into (indexes into the question's pitfalls). */
  pitfalls: z.array(z.int().min(0).max(100)).max(100),
})
export type SelfCheck = z.infer<typeof selfCheckSchema>

export const answerRecordSchema = z.looseObject({
  schemaVersion: version,
  id: idSchema,
  /** A deck question's id or an own question's record id. */
  questionId: refSchema,
  source: z.enum(['deck', 'own']),
  /** The question as it was asked, so the answer reads the same if the deck changes. */
  questionText,
  status: z.enum(ATTEMPT_STATUSES),
  phase: z.enum(ANSWER_PHASES),
  startedAt: epochMs,
  endedAt: epochMs.nullable(),
  updatedAt: epochMs,
  /** Thinking time: suggested is the time allowed before the answer starts. */
  thinking: timerSchema,
  /** The answer's clock: suggested is the target's longest. */
  answering: timerSchema,
  target: kept({ minMs: durationMs, maxMs: durationMs }),
  /** Bullet notes, typed. */
  notes: longText,
  /** What the recogniser read from notesInk. */
  notesRead: longText.nullable(),
  /** The voice recording of the answer (the think-aloud recorder's storage), when the microphone was on. */
  recordingId: refSchema.nullable(),
  talk: answerTalkSchema.nullable(),
  selfCheck: selfCheckSchema.nullable(),
  /** How well it went, 1..4: what brings a weak answer back (schedule.ts). */
  rating: score.nullable(),
  /** Notes on the review. */
  reflection: longText,
  /** The mock interview this answer was part of. */
  mockSessionId: refSchema.nullable(),
})

/**
 * One spoken answer to one question. `notesInk`, the bullet notes hand-written
 * on the board (ink/v1, or null), is checked by the ink reader, not the schema.
 */
export type AnswerRecord = z.infer<typeof answerRecordSchema> & { notesInk: InkDocument | null }
export type AnswerRating = NonNullable<AnswerRecord['rating']>

function checkNotesInk(a: AnswerRecord): { field: string; message: string } | { value: AnswerRecord } | null {
  if (a.notesInk === undefined) return { field: 'notesInk', message: 'required (ink/v1 or null)' }
  if (a.notesInk === null) return null
  try {
    const ink = readInk(a.notesInk, 'notesInk')
    const points = ink.strokes.reduce((n, s) => n + s.points.length, 0)
    if (points > INTERVIEW_LIMITS.maxNotesInkPoints) return { field: 'notesInk.strokes', message: `${points} points is over the limit of ${INTERVIEW_LIMITS.maxNotesInkPoints}` }
    return { value: { ...a, notesInk: ink } }
  } catch (e) {
    if (e instanceof InkFormatError) return { field: e.where === 'top level' ? 'notesInk' : `notesInk.${e.where}`, message: e.problem }
    return { field: 'notesInk', message: String((e as Error)?.message ?? e) }
  }
}

export const answerKind: RecordKind<AnswerRecord> = {
  name: 'answer',
  version: INTERVIEW_SCHEMA_VERSION,
  schema: answerRecordSchema as unknown as z.ZodType<AnswerRecord>,
  migrations: [],
  skipScan: new Set(['notesInk']),
  check: checkNotesInk,
}

// ---- prepared stories ----

export const storyRecordSchema = z.looseObject({
  schemaVersion: version,
  id: idSchema,
  title: z.string().max(LIMITS.maxTitleChars),
  situation: longText,
  task: longText,
  action: longText,
  result: longText,
  learnt: longText,
  /** Question ids (deck or own) this story can answer. */
  covers: z.array(refSchema).max(INTERVIEW_LIMITS.maxCovers),
  /** The bundled example it was copied from, if any. */
  fromExample: refSchema.nullable(),
  createdAt: epochMs,
  updatedAt: epochMs,
})
export type StoryRecord = z.infer<typeof storyRecordSchema>

export const storyKind: RecordKind<StoryRecord> = {
  name: 'story',
  version: INTERVIEW_SCHEMA_VERSION,
  schema: storyRecordSchema as unknown as z.ZodType<StoryRecord>,
  migrations: [],
}

// ---- own questions ----

export const ownQuestionSchema = z.looseObject({
  schemaVersion: version,
  id: idSchema,
  question: questionText.min(1, 'must not be empty'),
  group: z.enum(DECK_GROUPS),
  type: z.enum(QUESTION_TYPES),
  structure: z.enum(STRUCTURE_IDS as [StructureId, ...StructureId[]]),
  wants: longText,
  pitfalls: z.array(z.string().max(1000)).max(20),
  targetSeconds: z.tuple([z.int().min(15).max(600), z.int().min(15).max(600)]),
  notes: longText,
  createdAt: epochMs,
  updatedAt: epochMs,
})
export type OwnQuestionRecord = z.infer<typeof ownQuestionSchema>

export const ownQuestionKind: RecordKind<OwnQuestionRecord> = {
  name: 'own question',
  version: INTERVIEW_SCHEMA_VERSION,
  schema: ownQuestionSchema as unknown as z.ZodType<OwnQuestionRecord>,
  migrations: [],
}

// ---- the ask-back list ----

/** The one list of questions to ask the interviewer is stored under this id. */
export const ASK_BACK_LIST_ID = 'ask-back'

export const askBackItemSchema = kept({
  id: idSchema,
  /** The candidate's wording (edited from a bundled question, or their own). */
  text: questionText.min(1, 'must not be empty'),
  /** The bundled question it started from, if any. */
  sourceId: refSchema.nullable(),
})
export type AskBackItem = z.infer<typeof askBackItemSchema>

export const askBackListSchema = z.looseObject({
  schemaVersion: version,
  id: idSchema,
  items: z.array(askBackItemSchema).max(INTERVIEW_LIMITS.maxAskBackItems),
  updatedAt: epochMs,
})
export type AskBackListRecord = z.infer<typeof askBackListSchema>

export const askBackListKind: RecordKind<AskBackListRecord> = {
  name: 'ask-back list',
  version: INTERVIEW_SCHEMA_VERSION,
  schema: askBackListSchema as unknown as z.ZodType<AskBackListRecord>,
  migrations: [],
}
