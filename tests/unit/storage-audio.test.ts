// Recordings in the store: chunks appended as recorded (chunk and meta in one
// transaction), read back through the audio gate and put back together by
// session; deleting an attempt deletes its audio in the same transaction (and
// Undo brings both back); recordings can be deleted alone; backups carry them,
// all or nothing. Spoken answers and mock interviews have recordings too:
// counted, deleted with them, and carried by backups.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt } from '../../src/core/attempts/schema'
import { buildBackup, readBackup } from '../../src/core/backup/backup'
import { AUDIO_CHUNK_VERSION, readAudioChunk, type AudioChunk } from '../../src/core/voice/audioRecord'
import { closeAttemptsDb, deleteAllAttempts, deleteAttempt, loadAttempt, restoreDeleted, saveAttempt } from '../../src/storage/attempts'
import { appendAudioChunk, deleteAllRecordings, loadAudio, loadAudioMeta, nextAudioSlot, recordingsUsage } from '../../src/storage/audio'
import { exportBackup, importBackup } from '../../src/storage/backup'
import { answersStore, deleteAllInterviewRecords, deleteAnswer, deleteMockSession, mockStore } from '../../src/storage/interview'
import { createAnswer, finishAnswer, startAnswering } from '../../src/core/interview/answering'
import { stepsOf, targetOf } from '../../src/core/interview/deck'
import { planMock, presetConfig, seededRandom } from '../../src/core/mock/plan'
import { createSession, linkAnswer, patchStage } from '../../src/core/mock/session'

const WEBM_HEAD = [0x1a, 0x45, 0xdf, 0xa3]

function attempt(id: string): Attempt {
  return { ...createAttempt({ problemId: 'binary-search', problemTitle: 'B', language: 'python', suggestedMs: 600_000, now: 1_700_000_000_000, id }), status: 'finished', endedAt: 1_700_000_100_000 }
}

/** Chunk `seq` of `session`: the first of a session starts with the WebM header, as the recorder's do. */
function chunk(attemptId: string, session: number, seq: number, first: boolean, frames = 50): AudioChunk {
  const bytes = new Uint8Array(1000).map((_, i) => (i * 7 + seq) & 255)
  if (first) bytes.set(WEBM_HEAD)
  return {
    v: AUDIO_CHUNK_VERSION,
    attemptId,
    seq,
    session,
    sessionStartedAt: 1_700_000_000_000 + session * 60_000,
    mimeType: 'audio/webm;codecs=opus',
    endMs: (seq + 1) * 1000,
    bytes: bytes.buffer,
    energyFrom: first ? 0 : frames * (seq - (session === 0 ? 0 : 3)),
    energy: new Uint8Array(frames).fill(60 + seq),
    frameMs: 20,
  }
}

/** Two sessions: chunks 0-2 (a reload), then 3-4. */
async function record(id: string) {
  for (const c of [chunk(id, 0, 0, true), chunk(id, 0, 1, false), chunk(id, 0, 2, false), chunk(id, 1, 3, true), chunk(id, 1, 4, false)]) await appendAudioChunk(c)
}

beforeEach(async () => {
  await closeAttemptsDb()
  globalThis.indexedDB = new IDBFactory()
})
afterEach(async () => {
  vi.restoreAllMocks()
  await closeAttemptsDb()
})

describe('the audio chunk record', () => {
  it('accepts what the recorder writes and names the field of anything else', () => {
    expect(readAudioChunk(chunk('a-1', 0, 0, true), { source: 's', key: 'k' }).ok).toBe(true)
    const bad = (patch: Record<string, unknown>) => {
      const r = readAudioChunk({ ...chunk('a-1', 0, 0, true), ...patch }, { source: 's', key: 'k', expectId: 'a-1' })
      return r.ok ? null : r.issues[0]!.field
    }
    expect(bad({ v: 2 })).toBe('v')
    expect(bad({ mimeType: 'text/html' })).toBe('mimeType')
    expect(bad({ bytes: 'AAAA' })).toBe('bytes')
    expect(bad({ energy: [1, 2, 3] })).toBe('energy')
    expect(bad({ seq: -1 })).toBe('seq')
    expect(bad({ attemptId: 'a-2' })).toBe('attemptId')
    expect(bad({ sessionStartedAt: 1e300 })).toBe('sessionStartedAt')
    expect(readAudioChunk(JSON.parse('{"__proto__":{"x":1}}'), { source: 's', key: 'k' }).ok).toBe(false)
  })
})

describe('recordings in the store', () => {
  it('appends chunks and reads them back as sessions, in order, with their energy', async () => {
    await saveAttempt(attempt('a-1'))
    await record('a-1')
    const { sessions, issues } = await loadAudio('a-1')
    expect(issues).toEqual([])
    expect(sessions.map((s) => [s.session, s.parts.length, s.bytes, s.energy.length])).toEqual([
      [0, 3, 3000, 150],
      [1, 2, 2000, 100],
    ])
    expect(new Uint8Array(sessions[1]!.parts[0]!).slice(0, 4)).toEqual(new Uint8Array(WEBM_HEAD))
    expect(sessions[0]!.durationMs).toBe(150 * 20)
    expect(await nextAudioSlot('a-1')).toEqual({ session: 2, seq: 5 })
    expect(await nextAudioSlot('a-other')).toEqual({ session: 0, seq: 0 })
    expect(await loadAudioMeta('a-1')).toMatchObject({ bytes: 5000, chunks: 5, lastSeq: 4 })
    expect(await recordingsUsage()).toEqual({ bytes: 5000, attempts: 1, answers: 0 })
  })

  it('a full disk fails the chunk with a StorageWriteError of kind quota, and keeps what was stored', async () => {
    await record('a-1')
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const err = await appendAudioChunk(chunk('a-1', 1, 5, false)).catch((e) => e)
    vi.restoreAllMocks()
    expect(err.kind).toBe('quota')
    expect(err.userMessage).toMatch(/^The recording was not saved: .*full/)
    expect((await loadAudioMeta('a-1'))!.chunks).toBe(5)
  })

  it('deleting an attempt deletes its audio in the same transaction; Undo brings both back', async () => {
    await saveAttempt(attempt('a-1'))
    await saveAttempt(attempt('a-2'))
    await record('a-1')
    await record('a-2')
    const d = (await deleteAttempt('a-1'))!
    expect(await loadAttempt('a-1')).toBeNull()
    expect((await loadAudio('a-1')).sessions).toEqual([])
    expect(await recordingsUsage()).toEqual({ bytes: 5000, attempts: 1, answers: 0 })
    await restoreDeleted(d)
    expect((await loadAudio('a-1')).sessions).toHaveLength(2)
    expect(await recordingsUsage()).toEqual({ bytes: 10_000, attempts: 2, answers: 0 })
  })

  it('a failed delete removes neither the attempt nor its audio', async () => {
    await saveAttempt(attempt('a-1'))
    await record('a-1')
    const realDelete = IDBObjectStore.prototype.delete
    const seen: string[] = []
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['delete']>) {
      seen.push(this.name)
      // The last delete of the transaction fails, after the attempt's own records were deleted.
      if (this.name === 'audio-meta') throw new DOMException('disk error', 'UnknownError')
      return realDelete.apply(this, args)
    })
    await expect(deleteAttempt('a-1')).rejects.toThrow(/disk error/)
    expect(seen).toEqual(['attempt-meta', 'attempt-body', 'audio-chunks', 'audio-meta'])
    vi.restoreAllMocks()
    expect(await loadAttempt('a-1')).not.toBeNull()
    expect((await loadAudio('a-1')).sessions).toHaveLength(2)
  })

  it('recordings can be deleted alone, keeping every attempt', async () => {
    await saveAttempt(attempt('a-1'))
    await record('a-1')
    expect(await deleteAllRecordings()).toBe(1)
    expect(await loadAttempt('a-1')).not.toBeNull()
    expect(await recordingsUsage()).toEqual({ bytes: 0, attempts: 0, answers: 0 })
    await record('a-1')
    expect(await deleteAllAttempts()).toBe(1)
    expect(await recordingsUsage()).toEqual({ bytes: 0, attempts: 0, answers: 0 })
  })

  it('skips and reports a damaged chunk, reading the rest', async () => {
    await record('a-1')
    const db = await new Promise<IDBDatabase>((res) => {
      const r = indexedDB.open('inkterview')
      r.onsuccess = () => res(r.result)
    })
    await new Promise((res) => {
      const tx = db.transaction('audio-chunks', 'readwrite')
      tx.objectStore('audio-chunks').put({ ...chunk('a-1', 0, 1, false), energy: 'loud' }, ['a-1', 1])
      tx.oncomplete = res
    })
    db.close()
    const { sessions, issues } = await loadAudio('a-1')
    expect(issues).toEqual([expect.objectContaining({ field: 'energy' })])
    expect(sessions[0]!.parts).toHaveLength(2)
  })
})

describe('backups with recordings', () => {
  it('round-trip the audio and its energy, session by session (version 2)', async () => {
    await saveAttempt(attempt('a-1'))
    await saveAttempt(attempt('a-2'))
    await record('a-1')
    const before = (await loadAudio('a-1')).sessions
    const exp = await exportBackup()
    expect(exp.message).toMatch(/Exported 2 attempts, 1 with its recording/)
    const files = unzipSync(exp.bytes)
    expect(Object.keys(files).filter((f) => f.includes('voice')).sort()).toEqual([
      'attempts/a-1/voice-0.energy',
      'attempts/a-1/voice-0.webm',
      'attempts/a-1/voice-1.energy',
      'attempts/a-1/voice-1.webm',
    ])
    expect(JSON.parse(strFromU8(files['manifest.json']!)).version).toBe(2)
    await deleteAllAttempts()
    const imp = await importBackup(exp.bytes, exp.fileName)
    expect(imp).toMatchObject({ ok: true, added: ['a-1', 'a-2'] })
    const after = (await loadAudio('a-1')).sessions
    const flat = (s: typeof before) => s.map((x) => ({ ...x, parts: [...new Uint8Array(x.parts.reduce((acc, p) => [...acc, ...new Uint8Array(p)], [] as number[]))] }))
    expect(flat(after).map(({ parts, energy, startedAt, mimeType, durationMs }) => ({ parts, energy: [...energy], startedAt, mimeType, durationMs }))).toEqual(
      flat(before).map(({ parts, energy, startedAt, mimeType, durationMs }) => ({ parts, energy: [...energy], startedAt, mimeType, durationMs })),
    )
    // The imported attempt records on into a new session, after the imported ones.
    expect(await nextAudioSlot('a-1')).toEqual({ session: 2, seq: 2 })
  })

  it('is all or nothing: audio that is not what it says means nothing is imported', async () => {
    await saveAttempt(attempt('a-1'))
    await record('a-1')
    const files = unzipSync((await exportBackup()).bytes)
    await deleteAllAttempts()
    files['attempts/a-1/voice-1.webm'] = strToU8('<html>not audio</html>')
    const imp = await importBackup(zipSync(files), 'x.zip')
    expect(imp.ok).toBe(false)
    expect(imp.message).toMatch(/^x\.zip: attempts\/a-1\/voice-1\.webm: not audio\/webm;codecs=opus audio.*Nothing was imported/)
    expect(await loadAttempt('a-1')).toBeNull()
    expect(await recordingsUsage()).toEqual({ bytes: 0, attempts: 0, answers: 0 })
  })

  it.each([
    ['a file outside the attempt', (m: any) => (m.attempts[0].audio[0].file = 'attempts/other/voice-0.webm'), 'attempts[0].audio[0].file'],
    ['a recording listed twice', (m: any) => m.attempts[0].audio.push(m.attempts[0].audio[0]), 'attempts[0].audio[2].session'],
    ['a made-up audio type', (m: any) => (m.attempts[0].audio[0].mimeType = 'audio/evil'), 'attempts[0].audio[0].mimeType'],
    ['a missing energy file', (m: any) => (m.attempts[0].audio[0].energy = 'attempts/a-1/voice-9.energy'), ''],
  ])('rejects %s, naming where', async (_name, mutate, field) => {
    await saveAttempt(attempt('a-1'))
    await record('a-1')
    const files = unzipSync((await exportBackup()).bytes)
    const m = JSON.parse(strFromU8(files['manifest.json']!))
    mutate(m)
    files['manifest.json'] = strToU8(JSON.stringify(m))
    const r = readBackup(zipSync(files), 'x.zip')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.map((i) => i.field)).toContain(field)
  })

  it('an attempt already stored keeps its own recordings', async () => {
    await saveAttempt(attempt('a-1'))
    await record('a-1')
    const exp = await exportBackup()
    await deleteAllRecordings()
    const imp = await importBackup(exp.bytes, 'b.zip')
    expect(imp).toMatchObject({ ok: true, added: [], alreadyPresent: ['a-1'] })
    expect(await recordingsUsage()).toEqual({ bytes: 0, attempts: 0, answers: 0 })
  })

  it('a backup made without recordings still reads (version 1)', async () => {
    const r = readBackup(await buildBackup([attempt('a-1')]), 'old.zip')
    expect(r.ok && r.audio).toEqual([])
  })
})

describe('recordings of spoken answers and of questions asked back', () => {
  const t0 = 1_760_000_000_000
  const question = {
    id: 'mistake-learnt',
    group: 'working-style' as const,
    question: 'Tell me about a mistake.',
    type: 'behavioural' as const,
    wants: '',
    structure: 'star' as const,
    steps: stepsOf('star', {}),
    pitfalls: [],
    example: '',
    targetMs: targetOf('behavioural'),
    followUps: [],
    tags: [],
    source: 'deck' as const,
  }
  const spoken = (id: string, mockSessionId: string | null = null) => ({
    ...finishAnswer(startAnswering(createAnswer({ question, now: t0, id, mockSessionId }), t0 + 5000), t0 + 95_000),
    recordingId: id,
  })
  /** A mock interview with one spoken answer and the questions asked back, each recorded; an attempt of its own. */
  async function seedMock() {
    const plan = planMock({ ...presetConfig(30), stages: ['questions', 'ask-back'] }, { problems: [], questions: [{ ...question, id: 'tell-me-about-yourself', group: 'about-you' }] }, seededRandom(1))
    let mock = linkAnswer(createSession(plan, t0, 'mock-1'), 'ans-m', t0 + 1)
    mock = patchStage(mock, 1, { recordingId: 'mock-1-ask-back' }, t0 + 2)
    await mockStore.put(mock)
    await answersStore.put(spoken('ans-m', 'mock-1'))
    await answersStore.put(spoken('ans-solo'))
    await saveAttempt(attempt('a-1'))
    for (const id of ['ans-m', 'ans-solo', 'mock-1-ask-back', 'a-1']) await record(id)
  }

  it('count in Settings as spoken answers beside the attempts', async () => {
    await seedMock()
    expect(await recordingsUsage()).toEqual({ bytes: 4 * 5000, attempts: 1, answers: 3 })
  })

  it('round-trip in a backup with their answers and mock interview (interview section version 2)', async () => {
    await seedMock()
    const before = await Promise.all(['ans-m', 'ans-solo', 'mock-1-ask-back'].map(async (id) => (await loadAudio(id)).sessions))
    const exp = await exportBackup()
    expect(exp.message).toContain('with 3 recordings of spoken answers')
    const files = unzipSync(exp.bytes)
    expect(Object.keys(files).filter((f) => f.startsWith('interview/recordings/ans-solo/')).sort()).toEqual([
      'interview/recordings/ans-solo/voice-0.energy',
      'interview/recordings/ans-solo/voice-0.webm',
      'interview/recordings/ans-solo/voice-1.energy',
      'interview/recordings/ans-solo/voice-1.webm',
    ])
    expect(JSON.parse(strFromU8(files['manifest.json']!)).interview.version).toBe(2)
    await deleteAllInterviewRecords()
    expect(await loadAudioMeta('ans-m')).toBeNull() // their recordings go with them
    expect(await loadAudioMeta('a-1')).not.toBeNull() // an attempt's stays
    const imp = await importBackup(exp.bytes, exp.fileName)
    expect(imp).toMatchObject({ ok: true, records: { added: 3 } })
    const after = await Promise.all(['ans-m', 'ans-solo', 'mock-1-ask-back'].map(async (id) => (await loadAudio(id)).sessions))
    const bytesOf = (ss: typeof before) => ss.map((s) => s.map((x) => ({ bytes: x.bytes, energy: [...x.energy], startedAt: x.startedAt, mimeType: x.mimeType })))
    expect(bytesOf(after)).toEqual(bytesOf(before))
    expect(after.flat().length).toBe(6)
  })

  it('a recording no record in the backup owns is refused, and nothing is imported', async () => {
    await seedMock()
    const files = unzipSync((await exportBackup()).bytes)
    const manifest = JSON.parse(strFromU8(files['manifest.json']!))
    manifest.interview.recordings[0].id = 'ans-nobody'
    files['manifest.json'] = strToU8(JSON.stringify(manifest))
    await deleteAllInterviewRecords()
    const imp = await importBackup(zipSync(files), 'x.zip')
    expect(imp.ok).toBe(false)
    expect(imp.message).toMatch(/interview\.recordings\[0\]\.id.*no answer or mock interview/)
    expect((await answersStore.list()).values).toEqual([])
  })

  it('deleting an answer deletes its recording; deleting a mock interview deletes its answers and recordings, keeping its attempts', async () => {
    await seedMock()
    expect(await deleteAnswer('ans-solo')).toBe(true)
    expect(await loadAudioMeta('ans-solo')).toBeNull()
    expect(await deleteMockSession('mock-1')).toEqual({ answers: 1, recordings: 2 })
    expect((await mockStore.get('mock-1')).value).toBeNull()
    expect((await answersStore.get('ans-m')).value).toBeNull()
    expect(await loadAudioMeta('ans-m')).toBeNull()
    expect(await loadAudioMeta('mock-1-ask-back')).toBeNull()
    expect(await loadAttempt('a-1')).not.toBeNull()
    expect(await loadAudioMeta('a-1')).not.toBeNull()
  })
})
