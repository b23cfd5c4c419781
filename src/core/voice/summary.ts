// What an attempt's recordings said, kept on the attempt (`voice`): the
// recordings' places on the timeline, the speaking stretches, and the talk
// figures. Computed at Done (and by the review for an attempt that lacks
// them), from the energy frames alone: no audio is decoded.
import type { Attempt, VoiceRecord } from '../attempts/schema'
import { buildTimeline } from '../review/timeline'
import type { AudioSession } from './audioRecord'
import type { Interval } from './intervals'
import { talkFigures } from './talk'
import { detectSpeech } from './vad'

type SessionFacts = Pick<AudioSession, 'startedAt' | 'durationMs' | 'mimeType' | 'energy' | 'frameMs'>

/** Where a session sits on the attempt's axis (ms since Start). */
export const sessionOffset = (a: Pick<Attempt, 'startedAt'>, s: Pick<AudioSession, 'startedAt'>) => Math.max(0, s.startedAt - a.startedAt)

export function voiceRecordOf(a: Attempt, sessions: readonly SessionFacts[]): VoiceRecord | null {
  if (!sessions.length) return null
  // A session without energy (no AudioWorklet) can be played but says nothing about speaking.
  const measured = sessions.filter((s) => s.energy.length > 0)
  const recorded: Interval[] = measured.map((s) => [sessionOffset(a, s), sessionOffset(a, s) + s.durationMs])
  const speaking: [number, number][] = measured.flatMap((s) =>
    detectSpeech(s.energy, s.frameMs).map(([x, y]): [number, number] => [Math.round(sessionOffset(a, s) + x), Math.round(sessionOffset(a, s) + y)]),
  )
  const timeline = buildTimeline(a, a.endedAt ?? a.updatedAt)
  const writing: Interval[] = timeline.segments.filter((s) => s.kind === 'writing').map((s) => [s.start, s.end])
  return {
    sessions: sessions.map((s) => ({ startedAt: s.startedAt, durationMs: Math.round(s.durationMs), mimeType: s.mimeType })),
    speaking,
    talk: talkFigures({ recorded, speaking, writing, firstStrokeMs: timeline.timeToFirstStrokeMs }),
  }
}
