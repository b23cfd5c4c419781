// Recordings of attempts: audio chunks written as the recorder hands them
// over, each with the energy measured meanwhile, and a small per-attempt
// record of sessions and sizes updated in the same transaction. An attempt's
// audio is deleted with it (attempts.ts); recordings alone can be deleted
// here, keeping the attempts. Reads pass the audio gate (core/voice/audioRecord.ts).
import type { RestoreIssue } from '../core/attempts/restore'
import { assembleSessions, readAudioChunk, type AudioChunk, type AudioSession } from '../core/voice/audioRecord'
import { SOURCE } from './codec'
import { inTransaction, promisifyRequest, STORES, type Stores } from './db'
import { StorageWriteError } from './errors'
import { noteIssues } from './issues'

export type { AudioChunk, AudioSession } from '../core/voice/audioRecord'

/** Per attempt: what its recordings hold, kept in step with the chunks. */
export interface AudioMeta {
  v: 1
  attemptId: string
  bytes: number
  chunks: number
  lastSeq: number
  sessions: { session: number; startedAt: number; mimeType: string; bytes: number; endMs: number; frames: number }[]
}

/** Every chunk key of one attempt: [id, any seq]. */
export const audioRange = (attemptId: string) => IDBKeyRange.bound([attemptId, -Infinity], [attemptId, Infinity])

const isMeta = (x: unknown, id: string): x is AudioMeta =>
  typeof x === 'object' && x !== null && (x as AudioMeta).v === 1 && (x as AudioMeta).attemptId === id && Array.isArray((x as AudioMeta).sessions)

function metaOf(attemptId: string, chunks: readonly AudioChunk[]): AudioMeta {
  const sessions = new Map<number, AudioMeta['sessions'][number]>()
  let bytes = 0
  let lastSeq = -1
  for (const c of chunks) {
    bytes += c.bytes.byteLength
    lastSeq = Math.max(lastSeq, c.seq)
    const s = sessions.get(c.session) ?? { session: c.session, startedAt: c.sessionStartedAt, mimeType: c.mimeType, bytes: 0, endMs: 0, frames: 0 }
    s.bytes += c.bytes.byteLength
    s.endMs = Math.max(s.endMs, c.endMs)
    s.frames = Math.max(s.frames, c.energyFrom + c.energy.length)
    sessions.set(c.session, s)
  }
  return { v: 1, attemptId, bytes, chunks: chunks.length, lastSeq, sessions: [...sessions.values()].sort((a, b) => a.session - b.session) }
}

/** Adds chunks and updates their attempts' meta, inside a write transaction over both audio stores. */
export async function putChunks(s: Stores, chunks: readonly AudioChunk[]): Promise<void> {
  const byId = new Map<string, AudioChunk[]>()
  for (const c of chunks) byId.set(c.attemptId, [...(byId.get(c.attemptId) ?? []), c])
  for (const [id, list] of byId) {
    const old: unknown = await promisifyRequest(s[STORES.audioMeta].get(id))
    for (const c of list) s[STORES.audio].put(c, [id, c.seq])
    if (isMeta(old, id)) {
      // Fold the new chunks into the stored meta (its sessions as a list of their own).
      const merged = metaOf(id, list)
      const sessions = new Map(old.sessions.map((x) => [x.session, { ...x }]))
      for (const n of merged.sessions) {
        const o = sessions.get(n.session)
        sessions.set(n.session, o ? { ...o, bytes: o.bytes + n.bytes, endMs: Math.max(o.endMs, n.endMs), frames: Math.max(o.frames, n.frames) } : n)
      }
      s[STORES.audioMeta].put(
        { ...old, bytes: old.bytes + merged.bytes, chunks: old.chunks + merged.chunks, lastSeq: Math.max(old.lastSeq, merged.lastSeq), sessions: [...sessions.values()].sort((a, b) => a.session - b.session) },
        id,
      )
    } else {
      // No meta yet (or a damaged one): count every chunk of the attempt.
      const stored = (await promisifyRequest(s[STORES.audio].getAll(audioRange(id)))) as AudioChunk[]
      s[STORES.audioMeta].put(metaOf(id, stored), id)
    }
  }
}

/**
 * Stores one chunk of a recording (the recorder's write path): chunk and meta
 * in one transaction. Throws StorageWriteError (kind 'quota' on a full disk);
 * the recorder stops and says so, and what was stored stays.
 */
export async function appendAudioChunk(chunk: AudioChunk): Promise<void> {
  const checked = readAudioChunk(chunk, { source: 'recorder', key: `${chunk.attemptId}/${chunk.seq}` })
  if (!checked.ok) throw new StorageWriteError('other', `The recording could not be saved: ${checked.issues[0]!.field} ${checked.issues[0]!.message}`, checked.issues)
  try {
    await inTransaction([STORES.audio, STORES.audioMeta], 'readwrite', (s) => putChunks(s, [checked.chunk]))
  } catch (e) {
    throw StorageWriteError.from(e, 'The recording')
  }
}

/** The attempt's recordings meta (null: no recording), rebuilt from its chunks when missing or damaged. */
export async function loadAudioMeta(attemptId: string): Promise<AudioMeta | null> {
  const m: unknown = await inTransaction([STORES.audioMeta], 'readonly', (s) => promisifyRequest(s[STORES.audioMeta].get(attemptId)))
  if (isMeta(m, attemptId)) return m.chunks ? m : null
  const { chunks } = await loadAudioChunks(attemptId)
  return chunks.length ? metaOf(attemptId, chunks) : null
}

/** Where the next recording of an attempt goes: a new session, after every chunk stored. */
export async function nextAudioSlot(attemptId: string): Promise<{ session: number; seq: number }> {
  const m = await loadAudioMeta(attemptId)
  if (!m) return { session: 0, seq: 0 }
  return { session: m.sessions.reduce((n, s) => Math.max(n, s.session + 1), 0), seq: m.lastSeq + 1 }
}

/** Every readable chunk of an attempt, through the audio gate; unreadable ones are reported and skipped (left stored). */
export async function loadAudioChunks(attemptId: string): Promise<{ chunks: AudioChunk[]; issues: RestoreIssue[] }> {
  const raw = await inTransaction([STORES.audio], 'readonly', async (s) => {
    const [keys, values] = await Promise.all([promisifyRequest(s[STORES.audio].getAllKeys(audioRange(attemptId))), promisifyRequest(s[STORES.audio].getAll(audioRange(attemptId)))])
    return values.map((v, i) => ({ v, key: keys[i] }))
  })
  const chunks: AudioChunk[] = []
  const issues: RestoreIssue[] = []
  for (const { v, key } of raw) {
    const r = readAudioChunk(v, { source: SOURCE, key: `audio ${JSON.stringify(key)}`, expectId: attemptId })
    if (r.ok) chunks.push(r.chunk)
    else issues.push(...r.issues)
  }
  noteIssues(issues)
  return { chunks, issues }
}

/** An attempt's recordings, put back together (empty when it has none). */
export async function loadAudio(attemptId: string): Promise<{ sessions: AudioSession[]; issues: RestoreIssue[] }> {
  const { chunks, issues } = await loadAudioChunks(attemptId)
  return { sessions: assembleSessions(chunks), issues }
}

/** Removes the recordings of these ids (attempts, answers, a mock stage), inside a write transaction over both audio stores. */
export function deleteRecordingsIn(s: Stores, ids: Iterable<string>): void {
  for (const id of ids) {
    s[STORES.audio].delete(audioRange(id))
    s[STORES.audioMeta].delete(id)
  }
}

/** The recording ids that belong to interview records: answers' and mock stages' (read loosely: a damaged record still owns its recording). */
export async function interviewRecordingIds(s: Stores): Promise<Set<string>> {
  const [answers, mocks] = await Promise.all([promisifyRequest(s[STORES.answers].getAll()), promisifyRequest(s[STORES.mockSessions].getAll())])
  const ids = new Set<string>()
  for (const a of answers as { recordingId?: unknown }[]) if (typeof a?.recordingId === 'string') ids.add(a.recordingId)
  for (const m of mocks as { stages?: unknown }[])
    if (Array.isArray(m?.stages)) for (const st of m.stages as { recordingId?: unknown }[]) if (typeof st?.recordingId === 'string') ids.add(st.recordingId)
  return ids
}

/** Space the recordings take, and how many attempts and how many spoken answers (or questions asked back) have one. */
export async function recordingsUsage(): Promise<{ bytes: number; attempts: number; answers: number }> {
  const { metas, interview } = await inTransaction([STORES.audioMeta, STORES.answers, STORES.mockSessions], 'readonly', async (s) => ({
    metas: (await promisifyRequest(s[STORES.audioMeta].getAll())) as unknown[],
    interview: await interviewRecordingIds(s),
  }))
  let bytes = 0
  let attempts = 0
  let answers = 0
  for (const m of metas) {
    const b = (m as Partial<AudioMeta> | null)?.bytes
    if (typeof b === 'number' && Number.isFinite(b) && b > 0) {
      bytes += b
      if (interview.has(String((m as Partial<AudioMeta>).attemptId))) answers++
      else attempts++
    }
  }
  return { bytes, attempts, answers }
}

/** Deletes every recording, keeping the attempts and answers (and what their recordings said: speaking, talk figures). Returns how many had one. */
export async function deleteAllRecordings(): Promise<number> {
  try {
    return await inTransaction([STORES.audio, STORES.audioMeta], 'readwrite', async (s) => {
      const n = await promisifyRequest(s[STORES.audioMeta].count())
      s[STORES.audio].clear()
      s[STORES.audioMeta].clear()
      return n
    })
  } catch (e) {
    throw StorageWriteError.from(e, 'The recordings')
  }
}
