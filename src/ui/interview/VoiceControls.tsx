// The microphone on the interview's screens (answering a question, asking
// back in a mock interview): the one microphone switch (the preference the
// board uses), what the recorder is doing, the one-line reason it stopped,
// and the recordings played back.
import { setPreferences, usePreferences } from '../usePreferences'
import { RecordingBadge, RecordingMessage } from '../RecordingStatus'
import type { RecordingState } from '../useRecording'
import type { PlaybackState } from '../useRecordingPlayback'

export function VoiceControls({ recording, label = 'Record my voice' }: { recording: RecordingState; label?: string }) {
  const { microphone } = usePreferences()
  return (
    <div className="voice-controls">
      <label>
        <input type="checkbox" role="switch" checked={microphone} onChange={(e) => setPreferences({ microphone: e.target.checked })} /> {label}
      </label>{' '}
      <RecordingBadge recording={recording} />
      <RecordingMessage recording={recording} />
    </div>
  )
}

/** The recordings of an answer or a stage, one player per recording (a reload mid-answer makes a second). */
export function RecordingPlayers({ playback, label }: { playback: PlaybackState; label: string }) {
  if (playback.status === 'none') return null
  if (playback.status === 'loading') return <p role="status">Loading the recording…</p>
  if (playback.status === 'missing') return <p className="muted small">The recording is no longer on this device (recordings can be deleted in Settings).</p>
  const many = playback.recordings.length > 1
  return (
    <div className="recording-players" data-testid="recording-players">
      {playback.recordings.map((r, i) => (
        <audio key={r.url} controls preload="metadata" src={r.url} aria-label={many ? `${label}, part ${i + 1} of ${playback.recordings.length}` : label} />
      ))}
    </div>
  )
}
