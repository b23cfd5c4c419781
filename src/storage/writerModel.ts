// What the reader learnt about this device's writer (src/ocr/adapt/): derived
// data, kept in its own small IndexedDB database so it never touches the
// attempts' schema. One record, with a schema version, validated on read like
// the attempt records; an unreadable record is reported and read as nothing
// learnt (it can always be learnt again from the corrected attempts).
import { createStore, del, get, set, type UseStore } from 'idb-keyval'
import { z } from 'zod'
import { WRITER_MODEL_FORMAT, emptyWriterModel, type WriterModel } from '../ocr/adapt/writerModel'
import { StorageWriteError } from './errors'

export const WRITER_SCHEMA_VERSION = 1
const KEY = 'writer'
/** Hostile-input limits: a real model has a few dozen sources. */
const MAX_SOURCES = 500

const sourceStats = z.object({ edits: z.number().finite().nonnegative(), chars: z.number().finite().nonnegative() })
const recordSchema = z
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

export type WriterRecord = z.infer<typeof recordSchema>

let store: UseStore | null = null
const db = () => (store ??= createStore('inkterview-reader', 'writer'))

export const defaultWriterRecord = (): WriterRecord => ({ schemaVersion: WRITER_SCHEMA_VERSION, enabled: true, model: emptyWriterModel(), attempts: [], updatedAt: 0 })

/** The record as read and validated, and why it was not usable if it was not. */
export function parseWriterRecord(raw: unknown): { record: WriterRecord; issue: string | null } {
  if (raw === undefined) return { record: defaultWriterRecord(), issue: null }
  const r = recordSchema.safeParse(raw)
  if (r.success) return { record: r.data, issue: null }
  const first = r.error.issues[0]!
  return { record: defaultWriterRecord(), issue: `IndexedDB inkterview-reader/${KEY}: ${first.path.join('.') || 'record'}: ${first.message}` }
}

export async function loadWriterRecord(): Promise<{ record: WriterRecord; issue: string | null }> {
  return parseWriterRecord(await get(KEY, db()))
}

export async function saveWriterRecord(record: WriterRecord): Promise<void> {
  const checked = recordSchema.parse(record)
  try {
    await set(KEY, checked, db())
  } catch (e) {
    throw StorageWriteError.from(e, 'What the reader learnt')
  }
}

/** Forget everything learnt (the switch stays as it was). */
export async function resetWriterModel(): Promise<WriterRecord> {
  const { record } = await loadWriterRecord()
  const next = { ...record, model: emptyWriterModel(), attempts: [], updatedAt: Date.now() }
  await saveWriterRecord(next)
  return next
}

export async function setWriterLearning(enabled: boolean): Promise<WriterRecord> {
  const { record } = await loadWriterRecord()
  const next = { ...record, enabled, updatedAt: Date.now() }
  await saveWriterRecord(next)
  return next
}

/** For tests and "delete everything". */
export async function deleteWriterRecord(): Promise<void> {
  await del(KEY, db())
}

export type { WriterModel }
