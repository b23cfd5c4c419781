// A stored recording (a spoken answer's, the questions asked back in a mock
// interview) made playable: one object URL per recording session, and the
// energy each carries (measured while recording, or decoded now) for the
// talk figures. Attempts have their own, placed on the replay's timeline
// (features/review/useVoice.ts).
import { useEffect, useState } from 'react'
import type { RecordingFacts } from '../core/interview/figures'
import { measureRecording, meteredWhileRecording } from '../services/audioEnergy'
import { loadAudio } from '../storage/audio'

export interface PlayableRecording extends RecordingFacts {
  url: string
  mimeType: string
  bytes: number
}

export type PlaybackState = { status: 'none' } | { status: 'loading' } | { status: 'missing' } | { status: 'ready'; recordings: PlayableRecording[] }

/** `recordingId` null: nothing was recorded ('none'); 'missing': recorded, but no audio is stored (deleted in Settings). */
export function useRecordingPlayback(recordingId: string | null): PlaybackState {
  const [state, setState] = useState<PlaybackState>({ status: recordingId ? 'loading' : 'none' })
  useEffect(() => {
    if (!recordingId) return setState({ status: 'none' })
    let live = true
    const urls: string[] = []
    setState({ status: 'loading' })
    void (async () => {
      const sessions = await loadAudio(recordingId).then(
        (r) => r.sessions,
        () => [],
      )
      const recordings: PlayableRecording[] = []
      for (const s of sessions) {
        const blob = new Blob(s.parts, { type: s.mimeType })
        const measured = meteredWhileRecording(s) ? null : await measureRecording(blob)
        if (!live) return
        const url = URL.createObjectURL(blob)
        urls.push(url)
        recordings.push({
          url,
          mimeType: s.mimeType,
          bytes: s.bytes,
          energy: measured?.energy ?? (meteredWhileRecording(s) ? s.energy : new Uint8Array(0)),
          frameMs: measured?.frameMs ?? s.frameMs,
          durationMs: measured?.durationMs ?? s.durationMs,
        })
      }
      if (live) setState(recordings.length ? { status: 'ready', recordings } : { status: 'missing' })
    })()
    return () => {
      live = false
      for (const u of urls) URL.revokeObjectURL(u)
    }
  }, [recordingId])
  return state
}
