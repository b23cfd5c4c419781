// The interview's records in IndexedDB: answers, prepared stories, own
// questions, the ask-back list and mock-interview sessions, one object store
// per kind, each record stored whole under its id. Everything read back passes
// the record gate (core/records/gate.ts); a record that fails is reported
// (Settings lists it), skipped, and left in IndexedDB untouched.
import type { RestoreIssue } from '../core/attempts/restore'
import { EMPTY_RECORDS, recordingOwners, type InterviewRecords } from '../core/backup/interviewBackup'
import type { AudioChunk } from '../core/voice/audioRecord'
import { answerKind, askBackListKind, ownQuestionKind, storyKind } from '../core/interview/records'
import { mockSessionKind } from '../core/mock/schema'
import { restoreRecord, type RecordKind } from '../core/records/gate'
import { deleteRecordingsIn, interviewRecordingIds, putChunks } from './audio'
import { inTransaction, promisifyRequest, STORES, type StoreName, type Stores } from './db'
import { StorageWriteError } from './errors'
import { noteIssues } from './issues'
import { requestPersistentStorage } from './persistence'
import { createSerialQueue } from './serialQueue'

const SOURCE = 'IndexedDB'

/** What a delete removed, exactly as stored: give it back to `restore` to undo. */
export interface Removed {
  store: StoreName
  id: string
  raw: unknown
}

export interface RecordStore<T extends { id: string }> {
  readonly store: StoreName
  /** Every readable record, and the issues of unreadable ones. */
  list(): Promise<{ values: T[]; issues: RestoreIssue[] }>
  /** One record: null when absent; `issues` says why when it is stored but unreadable. */
  get(id: string): Promise<{ value: T | null; issues: RestoreIssue[] }>
  /** Stores a record, new or replaced. Throws StorageWriteError; the caller keeps it in memory. */
  put(value: T): Promise<void>
  /** Reads, changes and writes one record; changes of one id run one after another. */
  update(id: string, change: (value: T) => T): Promise<T>
  remove(id: string): Promise<Removed | null>
}

const serial = createSerialQueue()

function recordStore<T extends { id: string }>(kind: RecordKind<T>, store: StoreName, what: string): RecordStore<T> {
  const read = (raw: unknown, key: string): { value: T | null; issues: RestoreIssue[] } => {
    if (raw === undefined) return { value: null, issues: [] }
    const r = restoreRecord(kind, raw, { source: SOURCE, key })
    return r.ok ? { value: r.value, issues: [] } : { value: null, issues: r.issues }
  }
  const put = async (value: T) => {
    void requestPersistentStorage()
    try {
      await inTransaction([store], 'readwrite', (s) => void s[store].put(value, value.id))
    } catch (e) {
      throw StorageWriteError.from(e, what)
    }
  }
  const get = async (id: string) => {
    const raw = await inTransaction([store], 'readonly', (s) => promisifyRequest(s[store].get(id)))
    const r = read(raw, id)
    noteIssues(r.issues)
    return r
  }
  return {
    store,
    async list() {
      const [keys, raws] = await inTransaction([store], 'readonly', (s) => Promise.all([promisifyRequest(s[store].getAllKeys()), promisifyRequest(s[store].getAll())]))
      const values: T[] = []
      const issues: RestoreIssue[] = []
      raws.forEach((raw, i) => {
        const r = read(raw, String(keys[i]))
        if (r.value) values.push(r.value)
        else issues.push(...r.issues)
      })
      noteIssues(issues)
      return { values, issues }
    },
    get,
    put,
    update(id, change) {
      return serial(`${store}:${id}`, async () => {
        const { value, issues } = await get(id)
        if (!value) throw new Error(issues.length ? `${what} could not be read: ${issues[0]!.field} ${issues[0]!.message}` : `No record ${id}`)
        const next = change(value)
        await put(next)
        return next
      })
    },
    async remove(id) {
      try {
        return await inTransaction([store], 'readwrite', async (s) => {
          const raw: unknown = await promisifyRequest(s[store].get(id))
          if (raw === undefined) return null
          s[store].delete(id)
          return { store, id, raw }
        })
      } catch (e) {
        throw StorageWriteError.from(e, what)
      }
    },
  }
}

export const answersStore = recordStore(answerKind, STORES.answers, 'This answer')
export const storiesStore = recordStore(storyKind, STORES.stories, 'This story')
export const ownQuestionsStore = recordStore(ownQuestionKind, STORES.ownQuestions, 'This question')
export const listsStore = recordStore(askBackListKind, STORES.lists, 'Your list of questions')
export const mockStore = recordStore(mockSessionKind, STORES.mockSessions, 'This mock interview')

const recordingOf = (raw: unknown): string | null => {
  const id = (raw as { recordingId?: unknown } | null)?.recordingId
  return typeof id === 'string' ? id : null
}

/** Deletes an answer with its recording, in one transaction. False when it was not stored. */
export async function deleteAnswer(id: string): Promise<boolean> {
  try {
    return await inTransaction([STORES.answers, STORES.audio, STORES.audioMeta], 'readwrite', async (s) => {
      const raw: unknown = await promisifyRequest(s[STORES.answers].get(id))
      if (raw === undefined) return false
      s[STORES.answers].delete(id)
      const rec = recordingOf(raw)
      if (rec) deleteRecordingsIn(s, [rec])
      return true
    })
  } catch (e) {
    throw StorageWriteError.from(e, 'This answer')
  }
}

/**
 * Deletes a mock interview with the answers spoken in it and every recording
 * of it (the answers', the questions asked back), in one transaction. Its
 * coding attempts stay: they are attempts of their own in History.
 */
export async function deleteMockSession(id: string): Promise<{ answers: number; recordings: number } | null> {
  try {
    return await inTransaction([STORES.mockSessions, STORES.answers, STORES.audio, STORES.audioMeta], 'readwrite', async (s) => {
      const raw: unknown = await promisifyRequest(s[STORES.mockSessions].get(id))
      if (raw === undefined) return null
      const stages = Array.isArray((raw as { stages?: unknown }).stages) ? ((raw as { stages: unknown[] }).stages as { answerIds?: unknown; recordingId?: unknown }[]) : []
      const answerIds = new Set(stages.flatMap((st) => (Array.isArray(st?.answerIds) ? st.answerIds.filter((x): x is string => typeof x === 'string') : [])))
      const recordings = new Set(stages.map(recordingOf).filter((x): x is string => x !== null))
      // Answers that name this interview, even if the session's list missed one (a tab closed between the two writes).
      const [keys, answers] = await Promise.all([promisifyRequest(s[STORES.answers].getAllKeys()), promisifyRequest(s[STORES.answers].getAll())])
      answers.forEach((a, i) => {
        if ((a as { mockSessionId?: unknown } | null)?.mockSessionId === id) answerIds.add(String(keys[i]))
      })
      let n = 0
      for (const aid of answerIds) {
        const a: unknown = await promisifyRequest(s[STORES.answers].get(aid))
        if (a === undefined) continue
        const rec = recordingOf(a)
        if (rec) recordings.add(rec)
        s[STORES.answers].delete(aid)
        n++
      }
      deleteRecordingsIn(s, recordings)
      s[STORES.mockSessions].delete(id)
      return { answers: n, recordings: recordings.size }
    })
  } catch (e) {
    throw StorageWriteError.from(e, 'This mock interview')
  }
}

/** Undo of a remove: puts the record back exactly as it was stored. */
export async function restoreRemoved(d: Removed): Promise<void> {
  try {
    await inTransaction([d.store], 'readwrite', (s) => void s[d.store].put(d.raw, d.id))
  } catch (e) {
    throw StorageWriteError.from(e, 'The record')
  }
}

/** The stores of the interview's records, with the key of InterviewRecords each holds. */
export const INTERVIEW_STORES = [
  [STORES.answers, 'answers'],
  [STORES.stories, 'stories'],
  [STORES.ownQuestions, 'ownQuestions'],
  [STORES.lists, 'lists'],
  [STORES.mockSessions, 'mockSessions'],
] as const satisfies readonly (readonly [StoreName, keyof InterviewRecords])[]
export const INTERVIEW_STORE_NAMES: StoreName[] = INTERVIEW_STORES.map(([s]) => s)

/** Every readable interview record (for a backup), and the issues of unreadable ones. */
export async function loadInterviewRecords(): Promise<{ records: InterviewRecords; issues: RestoreIssue[] }> {
  const [answers, stories, ownQuestions, lists, mockSessions] = await Promise.all([
    answersStore.list(),
    storiesStore.list(),
    ownQuestionsStore.list(),
    listsStore.list(),
    mockStore.list(),
  ])
  return {
    records: { answers: answers.values, stories: stories.values, ownQuestions: ownQuestions.values, lists: lists.values, mockSessions: mockSessions.values },
    issues: [...answers.issues, ...stories.issues, ...ownQuestions.issues, ...lists.issues, ...mockSessions.issues],
  }
}

/**
 * Inside an open write transaction over INTERVIEW_STORE_NAMES (and the audio
 * stores when `audio` has chunks): adds the records whose id is not stored yet
 * (same id = same record, kept as stored), with the recordings of the answers
 * and mock interviews added. The ask-back list is one record: an imported list
 * is added only when there is none.
 */
export async function addInterviewRecordsIn(s: Stores, records: InterviewRecords, audio: readonly AudioChunk[] = []): Promise<{ added: number; alreadyPresent: number }> {
  let added = 0
  let alreadyPresent = 0
  const addedIds = new Set<string>()
  for (const [store, key] of INTERVIEW_STORES) {
    const existing = new Set((await promisifyRequest(s[store].getAllKeys())).map(String))
    for (const r of records[key] as readonly { id: string }[]) {
      if (existing.has(r.id)) {
        alreadyPresent++
        continue
      }
      existing.add(r.id)
      s[store].put(r, r.id)
      addedIds.add(r.id)
      added++
    }
  }
  // A recording comes with the record that owns it: a record already stored keeps its own.
  const owned = recordingOwners({ answers: records.answers.filter((a) => addedIds.has(a.id)), mockSessions: records.mockSessions.filter((m) => addedIds.has(m.id)) })
  const chunks = audio.filter((c) => owned.has(c.attemptId))
  if (chunks.length) await putChunks(s, chunks)
  return { added, alreadyPresent }
}

/** Removes every interview record (Settings: delete everything). Returns how many. */
export async function deleteAllInterviewRecords(): Promise<number> {
  try {
    return await inTransaction([...INTERVIEW_STORE_NAMES, STORES.audio, STORES.audioMeta], 'readwrite', async (s) => {
      // Their recordings go with them.
      deleteRecordingsIn(s, await interviewRecordingIds(s))
      let n = 0
      for (const name of INTERVIEW_STORE_NAMES) {
        n += await promisifyRequest(s[name].count())
        s[name].clear()
      }
      return n
    })
  } catch (e) {
    throw StorageWriteError.from(e, 'Your interview practice was not deleted:')
  }
}

export { EMPTY_RECORDS }
export type { InterviewRecords }
