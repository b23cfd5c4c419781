// Recordings in a backup, for attempts (attempts/<id>/) and for the
// interview's records (interview/recordings/<recording id>/) alike: each
// recording session is one audio file as recorded and one file of its energy
// frames, listed in the manifest; read back, each is checked (names inside
// its folder, the audio's first bytes, the chunk gate) and stored as one chunk.
import type { Zippable } from 'fflate'
import type { RestoreIssue } from '../attempts/restore'
import { AUDIO_LIMITS, audioChunkSchema, audioExtension, audioSignatureOk, readAudioChunk, sessionAsChunk, type AudioChunk, type AudioSession } from '../voice/audioRecord'
import { z } from '../zod.ts'

export interface ManifestAudio {
  session: number
  file: string
  energy: string
  mimeType: string
  startedAt: number
  durationMs: number
  frameMs: number
}

export const manifestAudioSchema = z
  .array(
    z.looseObject({
      session: z.int().min(0).max(AUDIO_LIMITS.maxSessions - 1),
      file: z.string().min(1).max(300),
      energy: z.string().min(1).max(300),
      mimeType: z.string().max(200),
      startedAt: z.int().min(0).max(8_640_000_000_000_000),
      durationMs: z.int().min(0).max(1e9),
      frameMs: z.int().min(5).max(100),
    }),
  )
  .max(AUDIO_LIMITS.maxSessions)

const joined = (parts: readonly ArrayBuffer[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) {
    out.set(new Uint8Array(p), at)
    at += p.byteLength
  }
  return out
}

/** Adds one owner's recordings to the zip's files under `folder` (ending in "/"); the manifest's list of them. */
export function writeRecordings(files: Zippable, folder: string, sessions: readonly AudioSession[]): ManifestAudio[] {
  return sessions.map((s) => {
    const file = `${folder}voice-${s.session}.${audioExtension(s.mimeType)}`
    const energy = `${folder}voice-${s.session}.energy`
    files[file] = [joined(s.parts), { level: 0 }]
    files[energy] = s.energy
    return { session: s.session, file, energy, mimeType: s.mimeType, startedAt: s.startedAt, durationMs: Math.round(s.durationMs), frameMs: s.frameMs }
  })
}

/**
 * One owner's recordings from the zip (`where` names its manifest entry), each
 * turned into one stored chunk per session. Null (with issues added) when any
 * is wrong: the whole import then fails.
 */
export function readRecordings(
  owner: { id: string; audio?: readonly ManifestAudio[] | undefined },
  where: string,
  folder: string,
  read: (name: string) => Uint8Array,
  file: string,
  issues: RestoreIssue[],
): AudioChunk[] | null {
  const chunks: AudioChunk[] = []
  const sessions = new Set<number>()
  for (const [k, a] of (owner.audio ?? []).entries()) {
    const at = `${where}.audio[${k}]`
    const bad = (key: string, field: string, message: string) => {
      issues.push({ source: file, key, field, message })
      return null
    }
    if (sessions.has(a.session)) return bad('manifest.json', `${at}.session`, `recording ${a.session} is listed twice`)
    sessions.add(a.session)
    for (const f of ['file', 'energy'] as const)
      if (!a[f].startsWith(folder) || a[f].includes('..')) return bad('manifest.json', `${at}.${f}`, `must be inside ${folder}`)
    const mime = audioChunkSchema.shape.mimeType.safeParse(a.mimeType)
    if (!mime.success) return bad('manifest.json', `${at}.mimeType`, mime.error.issues[0]!.message)
    const bytes = read(a.file)
    if (!audioSignatureOk(a.mimeType, bytes)) return bad(a.file, '', `not ${a.mimeType} audio (its first bytes do not match)`)
    const energy = read(a.energy)
    const r = readAudioChunk(
      sessionAsChunk(owner.id, k, { session: a.session, startedAt: a.startedAt, mimeType: a.mimeType, durationMs: a.durationMs, frameMs: a.frameMs, energy: energy.slice(), audio: bytes.slice().buffer }),
      { source: file, key: a.file, expectId: owner.id },
    )
    if (!r.ok) {
      issues.push(...r.issues)
      return null
    }
    chunks.push(r.chunk)
  }
  return chunks
}
