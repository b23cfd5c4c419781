// The microphone recorder: getUserMedia, MediaRecorder, and every chunk it
// hands over (one each TIMESLICE_MS) written through the store's one audio
// write path (storage/audio.ts appendAudioChunk) as it comes, so a closed tab,
// a crash or a reload loses at most the last chunk. One recorder is one
// session of the attempt's audio; Resume after a reload starts the next one
// in the same attempt. Every failure (permission denied, no device, the device
// unplugged, a full disk) ends in one sentence for the candidate; the attempt
// itself never depends on the recording. No React here.
import { AUDIO_CHUNK_VERSION, FRAME_MS, type AudioChunk } from '../core/voice/audioRecord'
import { appendAudioChunk, nextAudioSlot } from '../storage/audio'
import { StorageWriteError } from '../storage/errors'
import energyWorkletUrl from './energy.worklet.ts?worker&url'

/** How much audio one chunk holds: the most a crash can lose. */
export const TIMESLICE_MS = 2000

/**
 * Speech needs far less than the browser's default (~128 kbit/s for Opus in
 * Chromium): 32 kbit/s is clear speech, ~240 KB a minute, 7 MB for 30 minutes.
 */
export const AUDIO_BITS_PER_SECOND = 32_000

/** Containers in the order we prefer them: Opus in WebM (Chromium, Firefox), AAC in MP4 (Safari, iPad). */
const MIME_TYPES = ['audio/webm;codecs=opus', 'audio/mp4', 'audio/webm', 'audio/ogg;codecs=opus'] as const

export type RecorderProblem = 'unsupported' | 'denied' | 'no-device' | 'busy' | 'ended' | 'disk-full' | 'not-saved'

/** One line each, for the board. */
export const PROBLEM_MESSAGES: Record<RecorderProblem, string> = {
  unsupported: 'This browser cannot record audio, so this attempt goes on without a recording.',
  denied: 'Microphone permission was denied, so this attempt goes on without a recording.',
  'no-device': 'No microphone was found, so this attempt goes on without a recording.',
  busy: 'The microphone could not be opened (is another app using it?), so this attempt goes on without a recording.',
  ended: 'The microphone was disconnected: recording stopped, and what was said until then is kept.',
  'disk-full': "This browser's storage is full: recording stopped, and what was said until then is kept.",
  'not-saved': 'The recording could not be saved: recording stopped, and what was saved until then is kept.',
}

export interface RecorderStats {
  mimeType: string
  chunks: number
  bytes: number
  /** From the recorder handing a chunk over to its write being committed, for the last and the slowest chunk. */
  lastSaveLagMs: number
  maxSaveLagMs: number
}

export interface Recording {
  readonly mimeType: string
  stats(): RecorderStats
  /** Stops recording; resolves once the last chunk is stored (or failed). */
  stop(): Promise<void>
}

export interface RecorderEvents {
  /** Something ended or prevented the recording. */
  onProblem(problem: RecorderProblem, message: string): void
  /** A chunk was stored. */
  onSaved?(stats: RecorderStats): void
}

/**
 * Measures the stream's loudness on the audio thread (energy.worklet.ts); the
 * frames arrive through `onFrames`. Null when the browser cannot (no
 * AudioWorklet, or audio not allowed to run yet): the review then measures
 * the recording by decoding it.
 */
async function meterEnergy(stream: MediaStream, onFrames: (frames: Uint8Array) => void): Promise<{ close(): void } | null> {
  let ctx: AudioContext | undefined
  try {
    ctx = new AudioContext()
    await ctx.audioWorklet.addModule(energyWorkletUrl)
    const node = new AudioWorkletNode(ctx, 'inkterview-energy')
    node.port.onmessage = (e: MessageEvent<Uint8Array>) => onFrames(e.data)
    // Pulled through a silent gain to the output, so the node runs in every browser.
    const mute = ctx.createGain()
    mute.gain.value = 0
    ctx.createMediaStreamSource(stream).connect(node).connect(mute).connect(ctx.destination)
    if (ctx.state !== 'running') await Promise.race([ctx.resume(), new Promise((r) => setTimeout(r, 500))])
    if (ctx.state !== 'running') throw new Error('audio is not allowed to run')
    const c = ctx
    return { close: () => void c.close().catch(() => undefined) }
  } catch {
    void ctx?.close().catch(() => undefined)
    return null
  }
}

/** The container this browser records into, or null when it cannot record. */
export function pickMimeType(): string | null {
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) return null
  return MIME_TYPES.find((t) => MediaRecorder.isTypeSupported(t)) ?? null
}

function problemOfGetUserMedia(e: unknown): RecorderProblem {
  const name = (e as { name?: unknown } | null)?.name
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-device'
  return 'busy'
}

/**
 * Asks for the microphone and records into the attempt's audio, after what is
 * stored already. Null (after onProblem) when recording could not start.
 */
export async function startRecording(attemptId: string, events: RecorderEvents): Promise<Recording | null> {
  const fail = (p: RecorderProblem) => {
    events.onProblem(p, PROBLEM_MESSAGES[p])
    return null
  }
  const picked = pickMimeType()
  if (!picked) return fail('unsupported')
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } })
  } catch (e) {
    return fail(problemOfGetUserMedia(e))
  }
  const tracks = stream.getAudioTracks()
  if (!tracks.length) {
    stream.getTracks().forEach((t) => t.stop())
    return fail('no-device')
  }
  let slot: { session: number; seq: number }
  let recorder: MediaRecorder
  try {
    slot = await nextAudioSlot(attemptId)
    recorder = new MediaRecorder(stream, { mimeType: picked, audioBitsPerSecond: AUDIO_BITS_PER_SECOND })
  } catch {
    stream.getTracks().forEach((t) => t.stop())
    return fail('unsupported')
  }
  const mimeType = recorder.mimeType || picked
  const stats: RecorderStats = { mimeType, chunks: 0, bytes: 0, lastSaveLagMs: 0, maxSaveLagMs: 0 }
  let seq = slot.seq
  // Loudness frames measured since the last chunk, and where they start in the session.
  let frames: number[] = []
  let energyFrom = 0
  let meter: { close(): void } | null = null
  let sessionStartedAt = Date.now()
  let writes: Promise<void> = Promise.resolve()
  let stopped = false
  // A problem was reported (one line, once).
  let failed = false
  // The store refused a chunk: nothing more is written (a later chunk without the ones before would not play).
  let storeFailed = false
  let resolveStopped: () => void = () => undefined
  const stoppedEvent = new Promise<void>((r) => (resolveStopped = r))

  const end = (problem?: RecorderProblem) => {
    if (problem && !failed) {
      failed = true
      events.onProblem(problem, PROBLEM_MESSAGES[problem])
    }
    if (!stopped) {
      stopped = true
      if (recorder.state !== 'inactive') recorder.stop()
      else resolveStopped()
    }
    stream.getTracks().forEach((t) => t.stop())
    meter?.close()
  }

  recorder.onstart = () => {
    sessionStartedAt = Date.now()
  }
  recorder.ondataavailable = (e: BlobEvent) => {
    // After an unplugged device the last chunk still comes, and is kept; after a refused write nothing more is.
    if (!e.data.size || storeFailed) return
    const handedAt = performance.now()
    const endMs = Math.max(0, Date.now() - sessionStartedAt)
    const mySeq = seq++
    const energy = Uint8Array.from(frames)
    const myEnergyFrom = energyFrom
    energyFrom += energy.length
    frames = []
    // Chunks are written one after another, in order: each is one piece of the session's file.
    writes = writes.then(async () => {
      if (storeFailed) return
      try {
        const chunk: AudioChunk = {
          v: AUDIO_CHUNK_VERSION,
          attemptId,
          seq: mySeq,
          session: slot.session,
          sessionStartedAt,
          mimeType,
          endMs,
          bytes: await e.data.arrayBuffer(),
          energyFrom: myEnergyFrom,
          // Without the meter, the review measures voice activity from the decoded audio (features/review/useVoice.ts).
          energy,
          frameMs: FRAME_MS,
        }
        await appendAudioChunk(chunk)
        stats.chunks++
        stats.bytes += chunk.bytes.byteLength
        stats.lastSaveLagMs = performance.now() - handedAt
        stats.maxSaveLagMs = Math.max(stats.maxSaveLagMs, stats.lastSaveLagMs)
        // Read by the browser test and visible in DevTools: how far behind the recorder the store is.
        performance.measure('inkterview:audio-save', { start: handedAt, detail: { bytes: chunk.bytes.byteLength, seq: mySeq } })
        events.onSaved?.({ ...stats })
      } catch (err) {
        storeFailed = true
        end(err instanceof StorageWriteError && err.kind === 'quota' ? 'disk-full' : 'not-saved')
      }
    })
  }
  recorder.onstop = () => resolveStopped()
  recorder.onerror = () => end('ended')
  for (const t of tracks) t.addEventListener('ended', () => end('ended'))

  try {
    recorder.start(TIMESLICE_MS)
  } catch {
    stream.getTracks().forEach((t) => t.stop())
    return fail('unsupported')
  }
  // The meter starts beside the recorder, never holding it up; the frames it
  // missed at the start count as silence, so frames stay in step with the audio.
  void meterEnergy(stream, (f) => {
    for (const b of f) frames.push(b)
  }).then((m) => {
    if (!m) return
    if (stopped) return m.close()
    meter = m
    // Audio recorded so far, less the frames measured so far: the frames the meter missed.
    const missed = Math.max(0, Math.round((Date.now() - sessionStartedAt) / FRAME_MS) - frames.length - energyFrom)
    frames = [...new Array<number>(missed).fill(0), ...frames]
  })

  return {
    mimeType,
    stats: () => ({ ...stats }),
    async stop() {
      end()
      await stoppedEvent
      // The last dataavailable comes before stop; its write is queued by now.
      await writes
    },
  }
}
