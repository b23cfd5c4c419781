// Backup files: one zip holding the chosen attempts.
//
//   manifest.json                      { format, version, createdAt, attemptSchemaVersion, attempts: [...] }
//   attempts/<id>/attempt.json         the record without ink and image: times, timer, hints,
//                                      transcript (as read and as edited), test run, rating, outcome
//   attempts/<id>/strokes.ink.json     the strokes, ink/v1 (../shared/ink-format.md)
//   attempts/<id>/page.png             the page image, when there is one
//   attempts/<id>/voice-<n>.webm       recording n of the attempt, as recorded (.m4a, .ogg, .mp3 alike)
//   attempts/<id>/voice-<n>.energy     its energy frames, one byte per frame (core/voice/energy.ts)
//
// Version 2 is version 1 with recordings (manifest entries' `audio`) or
// interview records (manifest's `interview`, interviewBackup.ts); a backup
// with neither is still written as version 1, so an older Inkterview reads it.
//
// Reading is all or nothing and never throws: every problem comes back with
// the file, the entry and the field; records pass the restore gate.
import { strToU8, zipSync, type Zippable } from 'fflate'
import { z } from '../zod.ts'
import { ATTEMPT_SCHEMA_VERSION, type Attempt } from '../attempts/schema'
import { formatPath, LIMITS, restoreAttempt, scanHostile, type RestoreIssue } from '../attempts/restore'
import { serializeInk } from '../ink/ink'
import { AUDIO_LIMITS, type AudioChunk, type AudioSession } from '../voice/audioRecord'
import { manifestAudioSchema, readRecordings, writeRecordings, type ManifestAudio } from './recordings'
import { countRecords, interviewBackupEntries, type InterviewRecords } from './interviewBackup'
import { listZip, readEntry, ZipReadError, type ZipEntry, type ZipLimits } from './zipRead'

export const BACKUP_FORMAT = 'inkterview-backup'
/** The version of a backup of attempts alone (what older versions read). */
export const BACKUP_VERSION = 1
/** A backup carrying interview records (interviewBackup.ts) or recordings: older versions refuse it rather than drop them. */
export const BACKUP_VERSION_WITH_INTERVIEW = 2
const VERSION_WITH_AUDIO = 2
const BACKUP_READS_UP_TO = 2

export const BACKUP_LIMITS = {
  /** Size of the backup file itself. */
  maxFileBytes: 512 * 1024 * 1024,
  maxAttempts: 20_000,
  maxManifestBytes: 8 * 1024 * 1024,
  maxRecordBytes: 4 * 1024 * 1024,
  maxInkBytes: LIMITS.maxInkChars,
  maxImageBytes: 20 * 1024 * 1024,
  /** One recording's audio file. */
  maxAudioBytes: AUDIO_LIMITS.maxChunkBytes,
  maxRecordings: 20_000,
  /** Everything unpacked together. */
  maxTotalBytes: 768 * 1024 * 1024,
} as const

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10]
/** A photo of paper is kept as the JPEG it was taken as (features/photo): its backup entry is page.jpg. */
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff]
const imageType = (bytes: Uint8Array): 'image/png' | 'image/jpeg' | null =>
  bytes.length >= 8 && PNG_SIGNATURE.every((b, k) => bytes[k] === b) ? 'image/png' : bytes.length >= 3 && JPEG_SIGNATURE.every((b, k) => bytes[k] === b) ? 'image/jpeg' : null

export type { ManifestAudio }

export interface ManifestEntry {
  id: string
  record: string
  ink: string
  image: string | null
  /** Recordings (version 2). */
  audio?: ManifestAudio[]
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
  image: (type: string) => `attempts/${id}/page.${type === 'image/jpeg' ? 'jpg' : 'png'}`,
  folder: `attempts/${id}/`,
})

export function backupFileName(now = Date.now()): string {
  return `inkterview-backup-${new Date(now).toISOString().slice(0, 19).replace(/[:T]/g, '-')}.zip`
}

/**
 * Builds the backup zip. Ink and energy compress well; PNG and audio are stored
 * as they are. `audio`: recordings by attempt id or recording id; `interview`: the interview's records (with their recordings, from `audio`).
 */
export async function buildBackup(
  attempts: readonly Attempt[],
  now = Date.now(),
  audio: ReadonlyMap<string, readonly AudioSession[]> = new Map(),
  interview?: InterviewRecords,
): Promise<Uint8Array> {
  const files: Zippable = {}
  const entries: ManifestEntry[] = []
  let anyAudio = false
  for (const a of attempts) {
    const p = paths(a.id)
    const { ink, image, ...record } = a
    files[p.record] = strToU8(JSON.stringify(record, null, 1))
    files[p.ink] = strToU8(serializeInk(ink))
    if (image) files[p.image(image.type)] = [new Uint8Array(await image.arrayBuffer()), { level: 0 }]
    const entry: ManifestEntry = { id: a.id, record: p.record, ink: p.ink, image: image ? p.image(image.type) : null }
    const sessions = audio.get(a.id) ?? []
    if (sessions.length) {
      anyAudio = true
      entry.audio = writeRecordings(files, p.folder, sessions)
    }
    entries.push(entry)
  }
  const extra = interview && countRecords(interview) ? interviewBackupEntries(interview, audio) : null
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: anyAudio ? VERSION_WITH_AUDIO : extra ? BACKUP_VERSION_WITH_INTERVIEW : BACKUP_VERSION,
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
    .array(
      z.looseObject({
        id: z.string().min(1).max(128),
        record: entryName,
        ink: entryName,
        image: entryName.nullable(),
        audio: manifestAudioSchema.optional(),
      }),
    )
    .max(BACKUP_LIMITS.maxAttempts),
})

export type BackupReadResult =
  | { ok: true; attempts: Attempt[]; audio: AudioChunk[]; manifest: BackupManifest; ignoredEntries: string[] }
  | { ok: false; issues: RestoreIssue[] }

const AUDIO_FILE = /\.(webm|m4a|ogg|mp3)$/
export const zipLimits: ZipLimits = {
  maxEntries: BACKUP_LIMITS.maxAttempts * 3 + BACKUP_LIMITS.maxRecordings * 2 + 16,
  maxTotalBytes: BACKUP_LIMITS.maxTotalBytes,
  maxEntryBytes: (name) =>
    name === 'manifest.json'
      ? BACKUP_LIMITS.maxManifestBytes
      : name.endsWith('.ink.json')
        ? BACKUP_LIMITS.maxInkBytes
        : name.endsWith('.png')
          ? BACKUP_LIMITS.maxImageBytes
          : AUDIO_FILE.test(name)
            ? BACKUP_LIMITS.maxAudioBytes
            : name.endsWith('.energy')
              ? AUDIO_LIMITS.maxEnergyFrames
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
    const recordings = manifest.attempts.reduce((n, a) => n + (a.audio?.length ?? 0), 0)
    if (recordings > BACKUP_LIMITS.maxRecordings)
      issues.push({ source: file, key: 'manifest.json', field: 'attempts', message: `${recordings} recordings, over the ${BACKUP_LIMITS.maxRecordings} allowed` })
    if (issues.length) return { ok: false, issues: issues.slice(0, MAX_ISSUES) }

    const attempts: Attempt[] = []
    const audio: AudioChunk[] = []
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
          const picture = readEntry(bytes, e)
          const type = imageType(picture)
          if (!type) {
            issues.push({ source: file, key: entry.image, field: '', message: 'not a PNG or JPEG image' })
            continue
          }
          image = new Blob([picture.slice()], { type })
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
        const chunks = readRecordings(entry, `attempts[${i}]`, `attempts/${entry.id}/`, (name) => {
          used.add(name)
          const e = byName.get(name)
          if (!e) throw new ZipReadError(name, 'entry missing from the zip')
          return readEntry(bytes, e)
        }, file, issues)
        if (!chunks) continue
        attempts.push(r.attempt)
        audio.push(...chunks)
      } catch (e) {
        if (e instanceof ZipReadError) issues.push({ source: file, key: e.entry, field: '', message: e.message })
        else throw e
      }
    }
    if (issues.length) return { ok: false, issues: issues.slice(0, MAX_ISSUES) }
    const ignoredEntries = listed.map((e) => e.name).filter((n) => !used.has(n))
    return { ok: true, attempts, audio, manifest, ignoredEntries }
  } catch (e) {
    // Anything unforeseen still becomes a message, never an exception.
    return fail('', '', `could not read the backup: ${String((e as Error)?.message ?? e)}`)
  }
}
