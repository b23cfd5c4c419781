// The mock interview session as stored on the device and exported in backups:
// its plan, where it stands, what each stage produced (attempt and answer ids:
// those records are stored as themselves and linked here), and the
// candidate's ratings. Zod is the source of truth; the record gate
// (core/records/gate.ts) reads it back.
import { z } from '../zod.ts'
import { epochMs, durationMs, kept, timerSchema } from '../attempts/schema.ts'
import { DIFFICULTIES, CATEGORIES } from '../problems/schema.ts'
import type { RecordKind } from '../records/gate.ts'
import { PRESETS, STAGE_KINDS } from './plan.ts'

export const MOCK_SCHEMA_VERSION = 1

const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, 'expected 1-128 letters, digits, "_", "." or "-"')
const ref = z.string().min(1).max(200)
const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'expected 1, 2, 3 or 4' })
const text = z.string().max(20_000)

export const STAGE_STATUSES = ['pending', 'active', 'done', 'skipped'] as const
export type StageStatus = (typeof STAGE_STATUSES)[number]

export const mockConfigSchema = kept({
  presetMinutes: z.union(PRESETS.map((p) => z.literal(p)) as [z.ZodLiteral<30>, z.ZodLiteral<60>, z.ZodLiteral<90>]),
  stages: z.array(z.enum(STAGE_KINDS)).max(STAGE_KINDS.length),
  codingProblems: z.union([z.literal(1), z.literal(2)]),
  questionCount: z.union([z.literal(3), z.literal(4), z.literal(5)]),
  difficulty: z.enum([...DIFFICULTIES, 'any']),
  categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length),
  language: z.enum(['python', 'javascript']),
  thinkMs: durationMs,
})

export const mockStageSchema = kept({
  kind: z.enum(STAGE_KINDS),
  status: z.enum(STAGE_STATUSES),
  plannedMs: durationMs,
  /** The stage's own clock (suggested = planned). */
  timer: timerSchema,
  startedAt: epochMs.nullable(),
  endedAt: epochMs.nullable(),
  problems: z.array(kept({ id: ref, title: z.string().max(500), language: z.string().max(40), plannedMs: durationMs })).max(10),
  questionIds: z.array(ref).max(20),
  /** Attempts written in this stage, in order (one per problem started). */
  attemptIds: z.array(ref).max(20),
  /** Answers spoken in this stage, in order. */
  answerIds: z.array(ref).max(40),
  /** "Your questions for us": the list as it stood when the stage began, and which were asked. */
  askBack: z.array(kept({ id: ref, text: z.string().max(1000) })).max(30),
  asked: z.array(ref).max(30),
  /** The voice recording of the stage, when it has one of its own (asking back). */
  recordingId: ref.nullable(),
  selfRating: score.nullable(),
  note: text,
})

export const mockSessionSchema = z.looseObject({
  schemaVersion: z.literal(MOCK_SCHEMA_VERSION),
  id: idSchema,
  status: z.enum(['in-progress', 'finished']),
  createdAt: epochMs,
  updatedAt: epochMs,
  endedAt: epochMs.nullable(),
  config: mockConfigSchema,
  /** Notes from planning (a stage left out, difficulty widened). */
  planNotes: z.array(z.string().max(1000)).max(20),
  stages: z.array(mockStageSchema).max(STAGE_KINDS.length),
  /** Index of the stage in progress; stages.length once all are done (the report). */
  current: z.int().min(0).max(STAGE_KINDS.length),
  /** The whole interview's clock (suggested = the preset). */
  clock: timerSchema,
  /** Notes on the whole interview, from the report. */
  reflection: text,
})

export type MockSession = z.infer<typeof mockSessionSchema>
export type MockStage = z.infer<typeof mockStageSchema>
export type MockConfigRecord = z.infer<typeof mockConfigSchema>

export const mockSessionKind: RecordKind<MockSession> = {
  name: 'mock interview',
  version: MOCK_SCHEMA_VERSION,
  schema: mockSessionSchema as unknown as z.ZodType<MockSession>,
  migrations: [],
  check: (s) => {
    if (s.current > s.stages.length) return { field: 'current', message: `stage ${s.current} of ${s.stages.length}` }
    return null
  },
}

/** The listable part of a session: History and Progress read these. */
export interface MockSummary {
  id: string
  status: MockSession['status']
  createdAt: number
  endedAt: number | null
  presetMinutes: number
  plannedMs: number
  usedMs: number
  stages: { kind: MockStage['kind']; status: StageStatus; plannedMs: number; usedMs: number; selfRating: number | null; attemptIds: string[]; answerIds: string[] }[]
  current: number
}
