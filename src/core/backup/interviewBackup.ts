// The interview's records in a backup, beside the attempts (backup.ts):
//
//   manifest.json                      ... "interview": { version, answers: [entry], stories, ownQuestions, lists, mockSessions }
//   interview/answers/<id>.json        one answer (hand-written notes as ink/v1 inside)
//   interview/stories/<id>.json        one prepared story
//   interview/questions/<id>.json      one own question
//   interview/lists/<id>.json          the ask-back list
//   interview/mock/<id>.json           one mock-interview session (its attempts and answers are entries of their own)
//   interview/recordings/<rid>/voice-<n>.webm, .energy
//                                      the recordings of spoken answers and of questions asked back
//                                      (recordings.ts), listed in the manifest's interview.recordings
//
// Version 2 of this section is version 1 with recordings; without any it is
// still written as version 1.
// Reading is all or nothing and never throws: each record passes the record
// gate of its kind, and every problem names the file, the entry and the field.
import { strToU8, type Zippable } from 'fflate'
import { z } from '../zod.ts'
import { formatPath, type RestoreIssue } from '../attempts/restore.ts'
import { answerKind, askBackListKind, ownQuestionKind, storyKind, type AnswerRecord, type AskBackListRecord, type OwnQuestionRecord, type StoryRecord } from '../interview/records.ts'
import { mockSessionKind, type MockSession } from '../mock/schema.ts'
import { restoreRecord, type RecordKind } from '../records/gate.ts'
import type { AudioChunk, AudioSession } from '../voice/audioRecord'
import { manifestAudioSchema, readRecordings, writeRecordings, type ManifestAudio } from './recordings'
import { listZip, readEntry, ZipReadError, type ZipLimits } from './zipRead.ts'

export const INTERVIEW_BACKUP_VERSION = 1
/** With recordings: an older reader refuses it rather than drop them. */
const INTERVIEW_VERSION_WITH_AUDIO = 2
const READS_UP_TO = 2

const recordingFolder = (id: string) => `interview/recordings/${id}/`

export interface InterviewRecords {
  answers: AnswerRecord[]
  stories: StoryRecord[]
  ownQuestions: OwnQuestionRecord[]
  lists: AskBackListRecord[]
  mockSessions: MockSession[]
}
export type InterviewKey = keyof InterviewRecords

export const EMPTY_RECORDS: InterviewRecords = Object.freeze({ answers: [], stories: [], ownQuestions: [], lists: [], mockSessions: [] }) as unknown as InterviewRecords

const KINDS: { [K in InterviewKey]: { folder: string; kind: RecordKind<InterviewRecords[K][number]> } } = {
  answers: { folder: 'interview/answers', kind: answerKind },
  stories: { folder: 'interview/stories', kind: storyKind },
  ownQuestions: { folder: 'interview/questions', kind: ownQuestionKind },
  lists: { folder: 'interview/lists', kind: askBackListKind },
  mockSessions: { folder: 'interview/mock', kind: mockSessionKind },
}
const KEYS = Object.keys(KINDS) as InterviewKey[]

export function countRecords(r: InterviewRecords): number {
  return KEYS.reduce((n, k) => n + r[k].length, 0)
}

/** The recording ids these records own: answers' and mock stages'. */
export function recordingOwners(r: Pick<InterviewRecords, 'answers' | 'mockSessions'>): Set<string> {
  const ids = new Set<string>()
  for (const a of r.answers) if (a.recordingId) ids.add(a.recordingId)
  for (const m of r.mockSessions) for (const st of m.stages) if (st.recordingId) ids.add(st.recordingId)
  return ids
}

type SectionManifest = Record<InterviewKey, string[]> & { version: number; recordings?: { id: string; audio: ManifestAudio[] }[] }

/** The zip entries and the manifest field for these records, and the recordings (by recording id) they own. */
export function interviewBackupEntries(r: InterviewRecords, audio: ReadonlyMap<string, readonly AudioSession[]> = new Map()): { files: Zippable; manifest: SectionManifest } {
  const files: Zippable = {}
  const manifest = { version: INTERVIEW_BACKUP_VERSION } as SectionManifest
  for (const key of KEYS) {
    manifest[key] = []
    for (const rec of r[key] as readonly { id: string }[]) {
      const name = `${KINDS[key].folder}/${rec.id}.json`
      files[name] = strToU8(JSON.stringify(rec, null, 1))
      manifest[key].push(name)
    }
  }
  const recordings = [...recordingOwners(r)].flatMap((id) => {
    const sessions = audio.get(id) ?? []
    return sessions.length ? [{ id, audio: writeRecordings(files, recordingFolder(id), sessions) }] : []
  })
  if (recordings.length) {
    manifest.version = INTERVIEW_VERSION_WITH_AUDIO
    manifest.recordings = recordings
  }
  return { files, manifest }
}

const MAX_RECORDS = 100_000
const entryList = z.array(z.string().min(1).max(300)).max(MAX_RECORDS)
const sectionSchema = z.looseObject({
  version: z.int().min(1),
  answers: entryList.default([]),
  stories: entryList.default([]),
  ownQuestions: entryList.default([]),
  lists: entryList.default([]),
  mockSessions: entryList.default([]),
  recordings: z.array(z.looseObject({ id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, 'expected a recording id'), audio: manifestAudioSchema })).max(MAX_RECORDS).default([]),
})

const MAX_ISSUES = 50
const utf8 = new TextDecoder('utf-8', { fatal: true })

export type InterviewReadResult = { ok: true; records: InterviewRecords; audio: AudioChunk[]; used: string[] } | { ok: false; issues: RestoreIssue[] }

/**
 * Reads the interview part of a backup whose manifest was already checked
 * (backup.ts). `section` is the manifest's "interview" field (absent: none).
 */
export function readInterviewBackup(bytes: Uint8Array, section: unknown, file: string, limits: ZipLimits): InterviewReadResult {
  const fail = (key: string, field: string, message: string): InterviewReadResult => ({ ok: false, issues: [{ source: file, key, field, message }] })
  if (section === undefined) return { ok: true, records: { answers: [], stories: [], ownQuestions: [], lists: [], mockSessions: [] }, audio: [], used: [] }
  const m = sectionSchema.safeParse(section)
  if (!m.success)
    return { ok: false, issues: m.error.issues.slice(0, MAX_ISSUES).map((i) => ({ source: file, key: 'manifest.json', field: formatPath(['interview', ...i.path]), message: i.message })) }
  if (m.data.version > READS_UP_TO)
    return fail('manifest.json', 'interview.version', `the interview records are version ${m.data.version}, made by a newer Inkterview (this one reads up to ${READS_UP_TO})`)
  try {
    const listed = new Map(listZip(bytes, limits).map((e) => [e.name, e]))
    const issues: RestoreIssue[] = []
    const records: InterviewRecords = { answers: [], stories: [], ownQuestions: [], lists: [], mockSessions: [] }
    const used: string[] = []
    for (const key of KEYS) {
      const { folder, kind } = KINDS[key]
      const seen = new Set<string>()
      m.data[key].forEach((name, i) => {
        if (issues.length >= MAX_ISSUES) return
        const field = `interview.${key}[${i}]`
        const id = name.startsWith(`${folder}/`) && name.endsWith('.json') ? name.slice(folder.length + 1, -5) : null
        if (!id || id.includes('/')) return void issues.push({ source: file, key: 'manifest.json', field, message: `"${name}" is not an entry of ${folder}/` })
        if (seen.has(id)) return void issues.push({ source: file, key: 'manifest.json', field, message: `duplicate entry "${name}"` })
        seen.add(id)
        const entry = listed.get(name)
        if (!entry) return void issues.push({ source: file, key: name, field: '', message: 'entry missing from the zip' })
        let raw: unknown
        try {
          raw = JSON.parse(utf8.decode(readEntry(bytes, entry)))
        } catch (e) {
          if (e instanceof ZipReadError) return void issues.push({ source: file, key: e.entry, field: '', message: e.message })
          return void issues.push({ source: file, key: name, field: '', message: `not valid JSON (${String((e as Error)?.message ?? e)})` })
        }
        const r = restoreRecord(kind as unknown as RecordKind<{ id: string }>, raw, { source: file, key: name })
        if (!r.ok) return void issues.push(...r.issues)
        if (r.value.id !== id) return void issues.push({ source: file, key: name, field: 'id', message: `does not match the entry name ("${id}")` })
        ;(records[key] as { id: string }[]).push(r.value)
        used.push(name)
      })
    }
    // Recordings, each owned by an answer or a mock stage of this backup.
    const audio: AudioChunk[] = []
    const owners = recordingOwners(records)
    const seenRecordings = new Set<string>()
    for (const [i, rec] of m.data.recordings.entries()) {
      if (issues.length) break
      const where = `interview.recordings[${i}]`
      if (seenRecordings.has(rec.id)) {
        issues.push({ source: file, key: 'manifest.json', field: `${where}.id`, message: `duplicate recording "${rec.id}"` })
        break
      }
      seenRecordings.add(rec.id)
      if (!owners.has(rec.id)) {
        issues.push({ source: file, key: 'manifest.json', field: `${where}.id`, message: `no answer or mock interview in this backup owns recording "${rec.id}"` })
        break
      }
      const chunks = readRecordings(
        rec,
        where,
        recordingFolder(rec.id),
        (name) => {
          const e = listed.get(name)
          if (!e) throw new ZipReadError(name, 'entry missing from the zip')
          used.push(name)
          return readEntry(bytes, e)
        },
        file,
        issues,
      )
      if (chunks) audio.push(...chunks)
    }
    return issues.length ? { ok: false, issues: issues.slice(0, MAX_ISSUES) } : { ok: true, records, audio, used }
  } catch (e) {
    if (e instanceof ZipReadError) return fail(e.entry, '', e.message)
    return fail('', '', `could not read the interview records: ${String((e as Error)?.message ?? e)}`)
  }
}
