// Export and import of backup files against the attempts store and the
// interview's records. Import is all or nothing: the whole file is read and
// checked first (core/backup), then every new attempt and record is written in
// one IndexedDB transaction.
import { BACKUP_LIMITS, backupFileName, buildBackup, readBackup, zipLimits } from '../core/backup/backup'
import { countRecords, readInterviewBackup, recordingOwners, type InterviewRecords } from '../core/backup/interviewBackup'
import type { Attempt } from '../core/attempts/schema'
import type { RestoreIssue } from '../core/attempts/restore'
import type { AudioSession } from '../core/voice/audioRecord'
import { addAttemptsIfAbsent, loadAttempts } from './attempts'
import { STORES } from './db'
import { loadAudio } from './audio'
import { StorageWriteError } from './errors'
import { addInterviewRecordsIn, INTERVIEW_STORE_NAMES, loadInterviewRecords } from './interview'

export interface ExportResult {
  bytes: Uint8Array
  fileName: string
  /** Attempts in the file. */
  count: number
  /** Stored records that could not be read, so are not in the file. */
  skipped: RestoreIssue[]
  message: string
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/**
 * Builds a backup: everything (attempts with their recordings, and the
 * interview's records) when `ids` is omitted; else the selected attempts, and
 * the selected mock interviews (`mockIds`) with their attempts and answers.
 */
export async function exportBackup(ids?: readonly string[], now = Date.now(), opts: { mockIds?: readonly string[] } = {}): Promise<ExportResult> {
  const all = ids === undefined
  const interview = await loadInterviewRecords()
  let records: InterviewRecords = interview.records
  let attemptIds = ids
  if (!all) {
    const mocks = interview.records.mockSessions.filter((m) => opts.mockIds?.includes(m.id))
    const answerIds = new Set(mocks.flatMap((m) => m.stages.flatMap((st) => st.answerIds)))
    attemptIds = [...new Set([...(ids ?? []), ...mocks.flatMap((m) => m.stages.flatMap((st) => st.attemptIds))])]
    records = { answers: interview.records.answers.filter((a) => answerIds.has(a.id)), stories: [], ownQuestions: [], lists: [], mockSessions: mocks }
  }
  const { attempts, issues: attemptIssues } = await loadAttempts(attemptIds)
  const issues = [...attemptIssues, ...(all ? interview.issues : [])]
  // Recordings go with their attempts; unreadable chunks are left out and reported like records.
  const audio = new Map<string, AudioSession[]>()
  const interviewRecordings = [...recordingOwners(records)]
  for (const id of [...attempts.map((a) => a.id), ...interviewRecordings]) {
    const r = await loadAudio(id)
    if (r.sessions.length) audio.set(id, r.sessions)
    issues.push(...r.issues)
  }
  const attemptRecordings = attempts.filter((a) => audio.has(a.id)).length
  const answerRecordings = interviewRecordings.filter((id) => audio.has(id)).length
  const bytes = await buildBackup(attempts, now, audio, records)
  const n = attempts.length
  const r = countRecords(records)
  return {
    bytes,
    fileName: backupFileName(now),
    count: n,
    skipped: issues,
    message:
      `Exported ${plural(n, 'attempt')}` +
      (attemptRecordings ? `, ${attemptRecordings} with ${attemptRecordings === 1 ? 'its recording' : 'their recordings'}` : '') +
      (r ? ` and ${plural(r, 'interview record')} (answers, stories, questions, mock interviews)` : '') +
      (answerRecordings ? `, with ${plural(answerRecordings, 'recording')} of spoken answers` : '') +
      '.' +
      (issues.length ? ` ${new Set(issues.map((i) => i.key)).size} stored record(s) could not be read and were left out.` : ''),
  }
}

/** A backup of attempts held in memory, e.g. one that could not be saved: nothing is read from storage. */
export async function exportAttempts(attempts: readonly Attempt[], now = Date.now()): Promise<{ bytes: Uint8Array; fileName: string }> {
  return { bytes: await buildBackup(attempts, now), fileName: backupFileName(now) }
}

export type ImportResult =
  | { ok: true; added: string[]; alreadyPresent: string[]; ignoredEntries: string[]; records: { added: number; alreadyPresent: number }; message: string }
  | { ok: false; issues: RestoreIssue[]; message: string }

/** Reads a backup file and adds the attempts not stored yet (same id = same attempt, kept as stored). Never throws. */
export async function importBackup(file: Blob | Uint8Array, fileName = (file as File).name ?? 'backup'): Promise<ImportResult> {
  const nothing = 'Nothing was imported; your stored attempts are unchanged.'
  try {
    const size = file instanceof Uint8Array ? file.length : file.size
    if (size > BACKUP_LIMITS.maxFileBytes) {
      const issue = { source: fileName, key: '', field: '', message: `the file is ${size} bytes, over the ${BACKUP_LIMITS.maxFileBytes} allowed` }
      return { ok: false, issues: [issue], message: `${fileName}: ${issue.message}. ${nothing}` }
    }
    const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer())
    const r = readBackup(bytes, fileName)
    const failed = (issues: RestoreIssue[]): ImportResult => {
      const first = issues[0]!
      const where = [first.key, first.field].filter(Boolean).join(', field ')
      const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : ''
      return { ok: false, issues, message: `${fileName}${where ? `: ${where}` : ''}: ${first.message}${more}. ${nothing}` }
    }
    if (!r.ok) return failed(r.issues)
    const iv = readInterviewBackup(bytes, r.manifest.interview, fileName, zipLimits)
    if (!iv.ok) return failed(iv.issues)
    let records = { added: 0, alreadyPresent: 0 }
    const { added, alreadyPresent } = await addAttemptsIfAbsent(r.attempts, r.audio, {
      stores: [...INTERVIEW_STORE_NAMES, STORES.audio, STORES.audioMeta],
      write: async (s) => {
        records = await addInterviewRecordsIn(s, iv.records, iv.audio)
      },
    })
    const parts = [`Imported ${plural(added.length, 'attempt')}${records.added ? ` and ${plural(records.added, 'interview record')}` : ''} from ${fileName}.`]
    const present = alreadyPresent.length + records.alreadyPresent
    if (present) parts.push(`${present} already stored, left as they were.`)
    const used = new Set(iv.used)
    return { ok: true, added, alreadyPresent, ignoredEntries: r.ignoredEntries.filter((e) => !used.has(e)), records, message: parts.join(' ') }
  } catch (e) {
    const err = StorageWriteError.from(e, 'The import')
    return { ok: false, issues: [{ source: fileName, key: '', field: '', message: err.userMessage }], message: `${err.userMessage} ${nothing}` }
  }
}
