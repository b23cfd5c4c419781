// A screen's voice recording (the board's think-aloud, a spoken answer, the
// mock interview's questions asked back): on while `active` (the microphone
// switch is on, this tab writes the record, it is unfinished), off when the
// screen goes (a reload or leaving it ends the session; the next opening
// records the next one under the same recording id). The recorder itself is
// services/recorder.ts.
import { useCallback, useEffect, useRef, useState } from 'react'
import { startRecording, type RecorderStats, type Recording } from '../services/recorder'

export type RecordingStatus = 'off' | 'starting' | 'recording' | 'stopped'

export interface RecordingState {
  status: RecordingStatus
  /** The one-line reason recording stopped or never started, or null. */
  message: string | null
  stats: RecorderStats | null
  /** Stops and waits for the last chunk to be stored (Done). */
  stop(): Promise<void>
}

export function useRecording(recordingId: string, active: boolean): RecordingState {
  const [status, setStatus] = useState<RecordingStatus>('off')
  const [message, setMessage] = useState<string | null>(null)
  const [stats, setStats] = useState<RecorderStats | null>(null)
  const recording = useRef<Promise<Recording | null> | null>(null)

  useEffect(() => {
    if (!active) return
    let live = true
    setStatus('starting')
    const started = startRecording(recordingId, {
      onProblem: (_p, text) => {
        if (!live) return
        setMessage(text)
        setStatus('stopped')
      },
      onSaved: (s) => live && setStats(s),
    })
    recording.current = started
    void started.then((r) => {
      if (live && r) setStatus((s) => (s === 'starting' ? 'recording' : s))
    })
    return () => {
      live = false
      recording.current = null
      void started.then((r) => r?.stop())
    }
  }, [recordingId, active])

  const stop = useCallback(async () => {
    const r = await recording.current
    recording.current = null
    if (r) await r.stop()
    setStatus((s) => (s === 'recording' ? 'stopped' : s))
  }, [])

  return { status, message, stats, stop }
}
