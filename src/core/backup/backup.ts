// Backup files: one zip holding the chosen attempts.
//
//   manifest.json                      { format, version, createdAt, attemptSchemaVersion, attempts: [...] }
//   attempts/<id>/attempt.json         the record without ink and image: times, timer, hints,
//                                      transcript (as read and as edited), test run, rating, outcome
//   attempts/<id>/strokes.ink.json     the strokes, ink/v1 (../shared/ink-format.md)
//   attempts/<id>/page.png             the page image, when there is one
//
// Reading is all or nothing and never throws: every problem comes back with
// the file, the entry and the field; records pass the restore gate.
import { strToU8, zipSync, type Zippable } from 'fflate'
import { z } from '../zod.ts'
import { ATTEMPT_SCHEMA_VERSION, type Attempt } from '../attempts/schema'
import { formatPath, LIMITS, restoreAttempt, scanHostile, type RestoreIssue } from '../attempts/restore'
import { serializeInk } from '../ink/ink'
import { countRecords, interviewBackupEntries, type InterviewRecords } from './interviewBackup'
import { listZip, readEntry, ZipReadError, type ZipEntry, type ZipLimits } from './zipRead'

export const BACKUP_FORMAT = 'inkterview-backup'
/** The version of a backup of attempts alone (what older versions read). */
export const BACKUP_VERSION = 1
/** A backup carrying interview records (interviewBackup.ts): older versions refuse it rather than drop them. */
export const BACKUP_VERSION_WITH_INTERVIEW = 2
const BACKUP_READS_UP_TO = BACKUP_VERSION_WITH_INTERVIEW

export const BACKUP_LIMITS = {
  /** Size of the backup file itself. */
  maxFileBytes: 512 * 1024 * 1024,
  maxAttempts: 20_000,
  maxManifestBytes: 8 * 1024 * 1024,
  maxRecordBytes: 4 * 1024 * 1024,
  maxInkBytes: LIMITS.maxInkChars,
  maxImageBytes: 20 * 1024 * 1024,
  /** Everything unpacked together. */
  maxTotalBytes: 768 * 1024 * 1024,
} as const

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10]

export interface ManifestEntry {
  id: string
  record: string
  ink: string
  image: string | null
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT
  version: number
  createdAt: number
  attemptSchemaVersion: number
  attempts: ManifestEntry[]
  [extra: string]: unknown
}

const paths = (id: string) => ({
  record: `attempts/${id}/attempt.json`,
  ink: `attempts/${id}/strokes.ink.json`,
  image: `attempts/${id}/page.png`,
})

export function backupFileName(now = Date.now()): string {
  return `inkterview-backup-${new Date(now).toISOString().slice(0, 19).replace(/[:T]/g, '-')}.zip`
}

/** Builds the backup zip. Ink compresses well; PNG is stored as is. `interview`: the interview's records too. */
export async function buildBackup(attempts: readonly Attempt[], now = Date.now(), interview?: InterviewRecords): Promise<Uint8Array> {
  const files: Zippable = {}
  const entries: ManifestEntry[] = []
  for (const a of attempts) {
    const p = paths(a.id)
    const { ink, image, ...record } = a
    files[p.record] = strToU8(JSON.stringify(record, null, 1))
    files[p.ink] = strToU8(serializeInk(ink))
    if (image) files[p.image] = [new Uint8Array(await image.arrayBuffer()), { level: 0 }]
    entries.push({ id: a.id, record: p.record, ink: p.ink, image: image ? p.image : null })
  }
  const extra = interview && countRecords(interview) ? interviewBackupEntries(interview) : null
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: extra ? BACKUP_VERSION_WITH_INTERVIEW : BACKUP_VERSION,
    createdAt: now,
    attemptSchemaVersion: ATTEMPT_SCHEMA_VERSION,
    attempts: entries,
    ...(extra ? { interview: extra.manifest } : {}),
  }
  if (extra) Object.assign(files, extra.files)
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 1))
  return zipSync(files, { level: 6, mtime: new Date(now) })
}

const entryName = z.string().min(1).max(300)
const manifestSchema = z.looseObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.int().min(1),
  createdAt: z.int().min(0).max(8_640_000_000_000_000),
  attemptSchemaVersion: z.int().min(0),
  attempts: z
    .array(z.looseObject({ id: z.string().min(1).max(128), record: entryName, ink: entryName, image: entryName.nullable() }))
    .max(BACKUP_LIMITS.maxAttempts),
})

export type BackupReadResult =
  | { ok: true; attempts: Attempt[]; manifest: BackupManifest; ignoredEntries: string[] }
  | { ok: false; issues: RestoreIssue[] }

export const zipLimits: ZipLimits = {
  maxEntries: BACKUP_LIMITS.maxAttempts * 3 + 16,
  maxTotalBytes: BACKUP_LIMITS.maxTotalBytes,
  maxEntryBytes: (name) =>
    name === 'manifest.json'
      ? BACKUP_LIMITS.maxManifestBytes
      : name.endsWith('.ink.json')
        ? BACKUP_LIMITS.maxInkBytes
        : name.endsWith('.png')
          ? BACKUP_LIMITS.maxImageBytes
          : BACKUP_LIMITS.maxRecordBytes,
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Stop collecting after this many issues: a hostile file could name millions. */
const MAX_ISSUES = 50

/** Reads and checks a whole backup. Never throws; any issue means nothing should be imported. */
export function readBackup(bytes: Uint8Array, file = 'backup'): BackupReadResult {
  const issues: RestoreIssue[] = []
  const fail = (key: string, field: string, message: string): BackupReadResult => ({ ok: false, issues: [{ source: file, key, field, message }] })
  try {
    if (bytes.length > BACKUP_LIMITS.maxFileBytes) return fail('', '', `the file is ${bytes.length} bytes, over the ${BACKUP_LIMITS.maxFileBytes} allowed`)
    let listed: ZipEntry[]
    try {
      listed = listZip(bytes, zipLimits)
    } catch (e) {
      if (e instanceof ZipReadError) return fail(e.entry, '', e.message)
      throw e
    }
    const byName = new Map(listed.map((e) => [e.name, e]))
    const text = (name: string): string => {
      const e = byName.get(name)
      if (!e) throw new ZipReadError(name, 'entry missing from the zip')
      try {
        return utf8.decode(readEntry(bytes, e))
      } catch (err) {
        if (err instanceof ZipReadError) throw err
        throw new ZipReadError(name, 'not valid UTF-8 text')
      }
    }
    const json = (name: string): unknown => {
      const t = text(name)
      try {
        return JSON.parse(t)
      } catch (err) {
        throw new ZipReadError(name, `not valid JSON (${String((err as Error)?.message ?? err)})`)
      }
    }

    // Manifest.
    let manifestRaw: unknown
    try {
      manifestRaw = json('manifest.json')
    } catch (e) {
      if (e instanceof ZipReadError)
        return e.message === 'entry missing from the zip' ? fail('', '', 'no manifest.json: this is not an Inkterview backup') : fail(e.entry, '', e.message)
      throw e
    }
    const hostile = scanHostile(manifestRaw)
    if (hostile) return fail('manifest.json', hostile.field, hostile.message)
    const version = (manifestRaw as { version?: unknown } | null)?.version
    if (typeof version === 'number' && version > BACKUP_READS_UP_TO)
      return fail('manifest.json', 'version', `backup version ${version} was made by a newer Inkterview (this one reads up to ${BACKUP_READS_UP_TO})`)
    const m = manifestSchema.safeParse(manifestRaw)
    if (!m.success)
      return {
        ok: false,
        issues: m.error.issues.slice(0, MAX_ISSUES).map((i) => ({ source: file, key: 'manifest.json', field: formatPath(i.path), message: i.message })),
      }
    const manifest = m.data as BackupManifest

    // Duplicate ids are an error, not a silent pick.
    const seen = new Map<string, number>()
    manifest.attempts.forEach((a, i) => {
      const first = seen.get(a.id)
      if (first !== undefined) issues.push({ source: file, key: 'manifest.json', field: `attempts[${i}].id`, message: `duplicate id "${a.id}" (also attempts[${first}])` })
      else seen.set(a.id, i)
    })
    if (issues.length) return { ok: false, issues: issues.slice(0, MAX_ISSUES) }

    const attempts: Attempt[] = []
    const used = new Set(['manifest.json'])
    for (const [i, entry] of manifest.attempts.entries()) {
      if (issues.length >= MAX_ISSUES) break
      try {
        used.add(entry.record).add(entry.ink)
        const record = json(entry.record)
        if (typeof record !== 'object' || record === null || Array.isArray(record)) {
          issues.push({ source: file, key: entry.record, field: '', message: 'expected a JSON object' })
          continue
        }
        if ((record as { id?: unknown }).id !== entry.id) {
          issues.push({ source: file, key: entry.record, field: 'id', message: `does not match the manifest (attempts[${i}].id = "${entry.id}")` })
          continue
        }
        const inkText = text(entry.ink)
        let image: Blob | null = null
        if (entry.image !== null) {
          used.add(entry.image)
          const e = byName.get(entry.image)
          if (!e) throw new ZipReadError(entry.image, 'entry missing from the zip')
          const png = readEntry(bytes, e)
          if (png.length < 8 || PNG_SIGNATURE.some((b, k) => png[k] !== b)) {
            issues.push({ source: file, key: entry.image, field: '', message: 'not a PNG image' })
            continue
          }
          image = new Blob([png.slice()], { type: 'image/png' })
        }
        // Own properties only, copied without invoking a __proto__ setter (the gate rejects that key).
        const raw: Record<string, unknown> = {}
        for (const k of Object.keys(record)) Object.defineProperty(raw, k, { value: (record as Record<string, unknown>)[k], enumerable: true, writable: true, configurable: true })
        if (Object.prototype.hasOwnProperty.call(record, '__proto__')) {
          issues.push({ source: file, key: entry.record, field: '__proto__', message: 'the key "__proto__" is not allowed' })
          continue
        }
        raw.ink = inkText
        raw.image = image
        const r = restoreAttempt(raw, { source: file, key: entry.record })
        if (!r.ok) {
          for (const iss of r.issues)
            issues.push({ ...iss, key: iss.field.startsWith('ink') ? entry.ink : iss.field.startsWith('image') && entry.image ? entry.image : entry.record })
          continue
        }
        attempts.push(r.attempt)
      } catch (e) {
        if (e instanceof ZipReadError) issues.push({ source: file, key: e.entry, field: '', message: e.message })
        else throw e
      }
    }
    if (issues.length) return { ok: false, issues: issues.slice(0, MAX_ISSUES) }
    const ignoredEntries = listed.map((e) => e.name).filter((n) => !used.has(n))
    return { ok: true, attempts, manifest, ignoredEntries }
  } catch (e) {
    // Anything unforeseen still becomes a message, never an exception.
    return fail('', '', `could not read the backup: ${String((e as Error)?.message ?? e)}`)
  }
}
