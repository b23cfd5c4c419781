// The review's voice: the attempt's recordings as playable files placed on the
// timeline, and what they said (speaking stretches, talk figures). Speaking is
// read from the loudness the recorder measured while recording; a recording
// without it is decoded (services/audioEnergy.ts). What is found is kept on the attempt
// (`voice`), so the next review reads it instead of decoding again.
import { useEffect, useState } from 'react'
import type { Attempt, VoiceRecord } from '../../core/attempts/schema'
import { FRAME_MS } from '../../core/voice/energy'
import { sessionOffset, voiceRecordOf } from '../../core/voice/summary'
import { silentWriting } from '../../core/voice/talk'
import { buildTimeline } from '../../core/review/timeline'
import { meteredWhileRecording, measureRecording } from '../../services/audioEnergy'
import { loadAudio, type AudioSession } from '../../storage/audio'

export interface VoiceTrack {
  /** One playable file per recording, at its place on the timeline's axis (ms since Start). */
  sessions: { url: string; offsetMs: number; durationMs: number; mimeType: string; bytes: number }[]
  speaking: [number, number][]
  /** Long silences spent writing, on the same axis. */
  silentWriting: [number, number][]
  record: VoiceRecord | null
}

export type VoiceState = { status: 'loading' } | { status: 'none' } | { status: 'ready'; track: VoiceTrack; note: string | null }

export function useVoice(attempt: Attempt, keep: (voice: VoiceRecord) => void): VoiceState {
  const [state, setState] = useState<VoiceState>({ status: 'loading' })
  const id = attempt.id
  useEffect(() => {
    let live = true
    const urls: string[] = []
    void (async () => {
      let sessions: AudioSession[]
      const read0 = performance.now()
      try {
        sessions = (await loadAudio(id)).sessions
        // Reading the chunks through the audio gate: what a long recording costs the review (bench:voice).
        performance.measure('inkterview:voice-read', { start: read0, detail: { sessions: sessions.length } })
      } catch {
        sessions = []
      }
      if (!live) return
      if (!sessions.length) return setState({ status: 'none' })
      const t0 = performance.now()
      const blobs = sessions.map((s) => new Blob(s.parts, { type: s.mimeType }))
      const stored = attempt.voice
      // Measured before (kept on the attempt): read, not decoded again.
      const known = stored && stored.sessions.length === sessions.length ? stored : null
      const measured: (Awaited<ReturnType<typeof measureRecording>>)[] = []
      // The recorder measured loudness while recording (energy.worklet.ts): read it where it covers the
      // recording; decode only what it does not (no AudioWorklet, audio not allowed to run).
      const metered = sessions.map(meteredWhileRecording)
      for (const [i, b] of blobs.entries()) measured.push(known || metered[i] ? null : await measureRecording(b))
      if (!live) return
      performance.measure('inkterview:voice-analysis', { start: t0, detail: { sessions: sessions.length, bytes: sessions.reduce((n, s) => n + s.bytes, 0) } })
      const facts = sessions.map((s, i) => ({
        ...s,
        durationMs: measured[i]?.durationMs ?? known?.sessions[i]?.durationMs ?? s.durationMs,
        energy: measured[i]?.energy ?? (metered[i] ? s.energy : new Uint8Array(0)),
        frameMs: measured[i] ? FRAME_MS : s.frameMs,
      }))
      const record = known ?? voiceRecordOf(attempt, facts)
      if (record && record !== stored) keep(record)
      const timeline = buildTimeline(attempt, attempt.endedAt ?? attempt.updatedAt)
      const writing = timeline.segments.filter((s) => s.kind === 'writing').map((s): [number, number] => [s.start, s.end])
      const recorded = facts.map((s): [number, number] => [sessionOffset(attempt, s), sessionOffset(attempt, s) + s.durationMs])
      const speaking = record?.speaking ?? []
      const track: VoiceTrack = {
        sessions: facts.map((s, i) => {
          const url = URL.createObjectURL(blobs[i]!)
          urls.push(url)
          return { url, offsetMs: sessionOffset(attempt, s), durationMs: s.durationMs, mimeType: s.mimeType, bytes: s.bytes }
        }),
        speaking,
        silentWriting: silentWriting({ recorded, speaking, writing }),
        record,
      }
      const undecoded = known ? 0 : measured.filter((m, i) => m === null && !metered[i]).length
      setState({ status: 'ready', track, note: undecoded ? `${undecoded} of ${sessions.length} recordings could not be measured for speaking; they still play.` : null })
    })()
    return () => {
      live = false
      for (const u of urls) URL.revokeObjectURL(u)
    }
    // The recordings are read once per attempt; later edits (ratings, transcript) do not change them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])
  return state
}
