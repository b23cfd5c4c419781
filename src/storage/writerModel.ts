// What the reader learnt about this device's writer (src/ocr/adapt/): derived
// data, kept in its own small IndexedDB database so it never touches the
// attempts' schema. One record, with a schema version, validated on read like
// the attempt records; an unreadable record is reported and read as nothing
// learnt (it can always be learnt again from the corrected attempts).
import { createStore, del, get, set, type UseStore } from 'idb-keyval'
import { emptyWriterModel, parseWriterRecord, writerRecordSchema, type WriterModel, type WriterRecord } from '../core/reader/writerRecord'
import { StorageWriteError } from './errors'

const KEY = 'writer'

let store: UseStore | null = null
const db = () => (store ??= createStore('inkterview-reader', 'writer'))

export { defaultWriterRecord, parseWriterRecord } from '../core/reader/writerRecord'
export type { WriterRecord } from '../core/reader/writerRecord'

export async function loadWriterRecord(): Promise<{ record: WriterRecord; issue: string | null }> {
  return parseWriterRecord(await get(KEY, db()), `IndexedDB inkterview-reader/${KEY}`)
}

export async function saveWriterRecord(record: WriterRecord): Promise<void> {
  const checked = writerRecordSchema.parse(record)
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
