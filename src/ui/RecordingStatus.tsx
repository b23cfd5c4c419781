// What the recorder is doing, wherever the voice is recorded (the board, a
// spoken answer, the questions asked back): a badge while it records, and the
// one line saying why it stopped or never started.
import type { RecordingState } from './useRecording'

export function RecordingBadge({ recording }: { recording: RecordingState }) {
  if (recording.status !== 'recording' && recording.status !== 'starting') return null
  return (
    <span className="recording-badge" role="status" data-testid="recording-status" title={recording.stats ? `${recording.stats.chunks} chunks saved` : undefined}>
      ● {recording.status === 'starting' ? 'Starting the microphone…' : 'Recording'}
    </span>
  )
}

export function RecordingMessage({ recording }: { recording: RecordingState }) {
  return recording.message ? (
    <p role="status" className="recording-message" data-testid="recording-message">
      {recording.message}
    </p>
  ) : null
}
