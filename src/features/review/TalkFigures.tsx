// The talk figures of a recorded attempt, as facts beside the Communication
// self-rating (core/voice/talk.ts computes them).
import type { VoiceRecord } from '../../core/attempts/schema'
import { talkSummary } from '../../core/voice/talk'
import { clock } from './Replay'

const pct = (x: number | null) => (x === null ? 'no time to measure' : `${Math.round(x * 100)}%`)

export function TalkFigures({ voice }: { voice: VoiceRecord }) {
  const t = talkSummary(voice.talk)
  return (
    <section className="talk-figures" aria-label="Talk figures" data-testid="talk-figures">
      <h3>How you talked (from the recording)</h3>
      <ul>
        <li>
          Speaking <strong>{pct(t.speakingShare)}</strong> of the {clock(t.recordedMs)} recorded
        </li>
        <li>
          Longest silence <strong>{clock(t.longestSilenceMs)}</strong>
        </li>
        <li>
          Silence before the first stroke{' '}
          <strong>{t.silenceBeforeFirstStrokeMs === null ? 'not known' : clock(t.silenceBeforeFirstStrokeMs)}</strong>
        </li>
        <li>
          Speaking while writing <strong>{pct(t.whileWritingShare)}</strong>, while paused <strong>{pct(t.whilePausedShare)}</strong>
        </li>
        <li>
          Long silences while writing: <strong>{t.silentWritingCount}</strong>
        </li>
      </ul>
      <p className="muted small">Facts for your Communication score: an interviewer hears how you think only when you say it.</p>
    </section>
  )
}
