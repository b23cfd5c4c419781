// What the reader learnt about this device's writer (src/ocr/adapt/ learns
// it, src/storage/writerModel.ts keeps it): the model's shape and the stored
// record's schema, with a version, validated on every read.
import { z } from '../zod.ts'

export const WRITER_MODEL_FORMAT = 'inkterview-writer/v1'

export interface WriterModel {
  format: typeof WRITER_MODEL_FORMAT
  /** Corrected lines learnt from. */
  lines: number
  /** Per source: edits of its readings against the corrected lines, and the corrected lines' length. */
  sources: Record<string, { edits: number; chars: number }>
  /**
   * Per engine, per character read: what the corrected line had there, counted
   * ("" for nothing). This writer's "a" that an engine reads as "o".
   */
  confusions?: Record<string, Record<string, Record<string, number>>>
}

export const emptyWriterModel = (): WriterModel => ({ format: WRITER_MODEL_FORMAT, lines: 0, sources: {}, confusions: {} })

export const WRITER_SCHEMA_VERSION = 1
/** Hostile-input limits: a real model has a few dozen sources. */
const MAX_SOURCES = 500

const sourceStats = z.object({ edits: z.number().finite().nonnegative(), chars: z.number().finite().nonnegative() })
export const writerRecordSchema = z
  .object({
    schemaVersion: z.literal(WRITER_SCHEMA_VERSION),
    /** Learning switched on (default) or off in Settings. */
    enabled: z.boolean(),
    model: z.object({
      format: z.literal(WRITER_MODEL_FORMAT),
      lines: z.number().int().nonnegative(),
      sources: z.record(z.string().max(400), sourceStats).refine((s) => Object.keys(s).length <= MAX_SOURCES, `more than ${MAX_SOURCES} sources`),
      confusions: z
        .record(z.string().max(40), z.record(z.string().max(4), z.record(z.string().max(4), z.number().finite().nonnegative())))
        .refine((c) => Object.values(c).every((t) => Object.keys(t).length <= MAX_SOURCES), 'too many characters')
        .optional(),
    }),
    /** Ids of the attempts learnt from (each is learnt once). */
    attempts: z.array(z.string().max(200)).max(100_000).default([]),
    updatedAt: z.number(),
  })
  .passthrough()

export type WriterRecord = z.infer<typeof writerRecordSchema>


export const defaultWriterRecord = (): WriterRecord => ({ schemaVersion: WRITER_SCHEMA_VERSION, enabled: true, model: emptyWriterModel(), attempts: [], updatedAt: 0 })

/** The record as read and validated, and why it was not usable if it was not (`where` names the place it came from). */
export function parseWriterRecord(raw: unknown, where: string): { record: WriterRecord; issue: string | null } {
  if (raw === undefined) return { record: defaultWriterRecord(), issue: null }
  const r = writerRecordSchema.safeParse(raw)
  if (r.success) return { record: r.data, issue: null }
  const first = r.error.issues[0]!
  return { record: defaultWriterRecord(), issue: `${where}: ${first.path.join('.') || 'record'}: ${first.message}` }
}
