// Export and import of backup files against the attempts store. Import is all
// or nothing: the whole file is read and checked first (core/backup), then
// every new attempt is written in one IndexedDB transaction.
import { BACKUP_LIMITS, backupFileName, buildBackup, readBackup } from '../core/backup/backup'
import type { Attempt } from '../core/attempts/schema'
import type { RestoreIssue } from '../core/attempts/restore'
import type { AudioSession } from '../core/voice/audioRecord'
import { addAttemptsIfAbsent, loadAttempts } from './attempts'
import { loadAudio } from './audio'
import { StorageWriteError } from './errors'

export interface ExportResult {
  bytes: Uint8Array
  fileName: string
  /** Attempts in the file. */
  count: number
  /** Stored records that could not be read, so are not in the file. */
  skipped: RestoreIssue[]
  message: string
}

/** Builds a backup of the selected attempts (all when `ids` is omitted). */
export async function exportBackup(ids?: readonly string[], now = Date.now()): Promise<ExportResult> {
  const { attempts, issues } = await loadAttempts(ids)
  // Recordings go with their attempts; unreadable chunks are left out and reported like records.
  const audio = new Map<string, AudioSession[]>()
  for (const a of attempts) {
    const r = await loadAudio(a.id)
    if (r.sessions.length) audio.set(a.id, r.sessions)
    issues.push(...r.issues)
  }
  const bytes = await buildBackup(attempts, now, audio)
  const n = attempts.length
  return {
    bytes,
    fileName: backupFileName(now),
    count: n,
    skipped: issues,
    message:
      `Exported ${n} attempt${n === 1 ? '' : 's'}` +
      (audio.size ? `, ${audio.size} with ${audio.size === 1 ? 'its recording' : 'their recordings'}.` : '.') +
      (issues.length ? ` ${new Set(issues.map((i) => i.key)).size} stored record(s) could not be read and were left out.` : ''),
  }
}

/** A backup of attempts held in memory, e.g. one that could not be saved: nothing is read from storage. */
export async function exportAttempts(attempts: readonly Attempt[], now = Date.now()): Promise<{ bytes: Uint8Array; fileName: string }> {
  return { bytes: await buildBackup(attempts, now), fileName: backupFileName(now) }
}

export type ImportResult =
  | { ok: true; added: string[]; alreadyPresent: string[]; ignoredEntries: string[]; message: string }
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
    if (!r.ok) {
      const first = r.issues[0]!
      const where = [first.key, first.field].filter(Boolean).join(', field ')
      const more = r.issues.length > 1 ? ` (and ${r.issues.length - 1} more problem${r.issues.length > 2 ? 's' : ''})` : ''
      return { ok: false, issues: r.issues, message: `${fileName}${where ? `: ${where}` : ''}: ${first.message}${more}. ${nothing}` }
    }
    const { added, alreadyPresent } = await addAttemptsIfAbsent(r.attempts, r.audio)
    const parts = [`Imported ${added.length} attempt${added.length === 1 ? '' : 's'} from ${fileName}.`]
    if (alreadyPresent.length) parts.push(`${alreadyPresent.length} already stored, left as they were.`)
    return { ok: true, added, alreadyPresent, ignoredEntries: r.ignoredEntries, message: parts.join(' ') }
  } catch (e) {
    const err = StorageWriteError.from(e, 'The import')
    return { ok: false, issues: [{ source: fileName, key: '', field: '', message: err.userMessage }], message: `${err.userMessage} ${nothing}` }
  }
}
