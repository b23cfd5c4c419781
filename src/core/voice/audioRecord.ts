// The audio record: a recording is kept as chunks, each written as the
// recorder hands it over (a second or two of audio), so a closed tab or a
// crash loses at most the last one. A chunk carries its bytes (one piece of
// the recorder's stream: the first of a session holds the container header)
// and the energy frames measured meanwhile (energy.ts). Chunks of one
// session, in order, make one playable file. Everything read back from the
// store or a backup passes readAudioChunk: hostile or damaged values come
// back as issues naming the record and the field, never as exceptions.
import { z } from '../zod.ts'
import type { RestoreIssue } from '../attempts/restore'
import { durationMs, epochMs } from '../attempts/schema'
import { FRAME_MS } from './energy'

export const AUDIO_CHUNK_VERSION = 1

export const AUDIO_LIMITS = {
  /** One chunk's audio: a live chunk is a few KB; an imported session is one chunk (two hours at 128 kbit/s fit). */
  maxChunkBytes: 128 * 1024 * 1024,
  /** Energy frames in one chunk: two hours of 20 ms frames. */
  maxEnergyFrames: 360_000,
  maxSessions: 1000,
  maxSeq: 10_000_000,
} as const

/** Audio containers we record into and read back (MediaRecorder's mimeType, codecs optional). */
const AUDIO_MIME = /^audio\/(webm|mp4|ogg|mpeg|aac|x-m4a)(\s*;\s*codecs\s*=\s*"?[\w.,\s-]{1,80}"?)?$/i

const attemptId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, 'expected an attempt id')

export const audioChunkSchema = z.looseObject({
  v: z.literal(AUDIO_CHUNK_VERSION, { error: `expected version ${AUDIO_CHUNK_VERSION}` }),
  attemptId,
  /** Order of the chunk within the attempt, across sessions. */
  seq: z.int().min(0).max(AUDIO_LIMITS.maxSeq),
  /** Which recording of the attempt (0, then 1 after a reload's Resume...). */
  session: z.int().min(0).max(AUDIO_LIMITS.maxSessions - 1),
  /** Wall clock when that recording began: places it on the attempt's timeline. */
  sessionStartedAt: epochMs,
  mimeType: z.string().max(200).regex(AUDIO_MIME, 'expected an audio type such as audio/webm;codecs=opus'),
  /** ms from the session's start to the end of this chunk's audio. */
  endMs: durationMs,
  bytes: z.custom<ArrayBuffer>(
    (v) => v instanceof ArrayBuffer && v.byteLength <= AUDIO_LIMITS.maxChunkBytes,
    `expected audio bytes (at most ${AUDIO_LIMITS.maxChunkBytes})`,
  ),
  /** Index, in the session, of this chunk's first energy frame. */
  energyFrom: z.int().min(0).max(AUDIO_LIMITS.maxEnergyFrames * 100),
  energy: z.custom<Uint8Array>(
    (v) => v instanceof Uint8Array && v.length <= AUDIO_LIMITS.maxEnergyFrames,
    `expected energy bytes (at most ${AUDIO_LIMITS.maxEnergyFrames})`,
  ),
  frameMs: z.int().min(5).max(100),
})
export type AudioChunk = z.infer<typeof audioChunkSchema>

/** Checks one stored or imported chunk. `expectId`: the attempt it must belong to. */
export function readAudioChunk(
  raw: unknown,
  ctx: { source: string; key: string; expectId?: string },
): { ok: true; chunk: AudioChunk } | { ok: false; issues: RestoreIssue[] } {
  const issue = (field: string, message: string) => ({ ok: false as const, issues: [{ source: ctx.source, key: ctx.key, field, message }] })
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return issue('', 'expected an audio chunk (an object)')
  if (Object.prototype.hasOwnProperty.call(raw, '__proto__')) return issue('__proto__', 'the key "__proto__" is not allowed')
  const r = audioChunkSchema.safeParse(raw)
  if (!r.success) {
    const first = r.error.issues[0]!
    return issue(first.path.map(String).join('.'), first.message)
  }
  if (ctx.expectId !== undefined && r.data.attemptId !== ctx.expectId)
    return issue('attemptId', `belongs to attempt "${r.data.attemptId}", not "${ctx.expectId}"`)
  return { ok: true, chunk: r.data }
}

/** One recording of an attempt, put back together from its chunks. */
export interface AudioSession {
  session: number
  startedAt: number
  mimeType: string
  /** Length of the audio: from the energy frames (counted in samples) or, without them, the last chunk's end. */
  durationMs: number
  /** The last chunk's end, by the recorder's clock (ms from the session's start). */
  endMs: number
  frameMs: number
  /** The pieces, in order: one file when joined. */
  parts: ArrayBuffer[]
  bytes: number
  /** The energy frames of the whole session. */
  energy: Uint8Array
}

/** Sessions from chunks (any order), in session order. */
export function assembleSessions(chunks: readonly AudioChunk[]): AudioSession[] {
  const bySession = new Map<number, AudioChunk[]>()
  for (const c of chunks) bySession.set(c.session, [...(bySession.get(c.session) ?? []), c])
  return [...bySession.entries()]
    .sort(([a], [b]) => a - b)
    .map(([session, list]) => {
      list.sort((a, b) => a.seq - b.seq)
      const first = list[0]!
      const frames = list.reduce((n, c) => Math.max(n, c.energyFrom + c.energy.length), 0)
      const energy = new Uint8Array(frames)
      for (const c of list) energy.set(c.energy, c.energyFrom)
      const endMs = list.reduce((n, c) => Math.max(n, c.endMs), 0)
      return {
        session,
        startedAt: first.sessionStartedAt,
        mimeType: first.mimeType,
        durationMs: frames > 0 ? frames * first.frameMs : endMs,
        endMs,
        frameMs: first.frameMs,
        parts: list.map((c) => c.bytes),
        bytes: list.reduce((n, c) => n + c.bytes.byteLength, 0),
        energy,
      }
    })
}

/** The chunks a whole session is stored as after an import: one, holding everything. */
export function sessionAsChunk(attemptId: string, seq: number, s: Omit<AudioSession, 'parts' | 'bytes' | 'endMs'> & { audio: ArrayBuffer }): AudioChunk {
  return {
    v: AUDIO_CHUNK_VERSION,
    attemptId,
    seq,
    session: s.session,
    sessionStartedAt: s.startedAt,
    mimeType: s.mimeType,
    endMs: s.durationMs,
    bytes: s.audio,
    energyFrom: 0,
    energy: s.energy,
    frameMs: s.frameMs,
  }
}

/** File extension for an audio type (backups). */
export function audioExtension(mimeType: string): string {
  const base = mimeType.split(';')[0]!.trim().toLowerCase()
  return base === 'audio/webm' ? 'webm' : base === 'audio/ogg' ? 'ogg' : base === 'audio/mpeg' ? 'mp3' : 'm4a'
}

/** Whether the bytes start the way a file of that type does (WebM/EBML, MP4 "ftyp", Ogg, MP3/ADTS). */
export function audioSignatureOk(mimeType: string, bytes: Uint8Array): boolean {
  const ext = audioExtension(mimeType)
  const at = (i: number, ...xs: number[]) => xs.every((x, k) => bytes[i + k] === x)
  if (ext === 'webm') return at(0, 0x1a, 0x45, 0xdf, 0xa3)
  if (ext === 'ogg') return at(0, 0x4f, 0x67, 0x67, 0x53)
  if (ext === 'mp3') return at(0, 0x49, 0x44, 0x33) || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)
  // MP4 family: a box size, then "ftyp"; raw AAC (ADTS) starts 0xFFF.
  return at(4, 0x66, 0x74, 0x79, 0x70) || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xf0) === 0xf0)
}

export { FRAME_MS }
