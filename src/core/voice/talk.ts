// Talk figures of a recorded attempt: how much of it the candidate spent
// speaking, the longest silence, the silence before the first stroke,
// speaking while writing against speaking while paused, and the long
// silences spent writing (the habit to break). Only recorded time counts:
// time without a recording is unknown, never "silent". Pure: intervals on the
// timeline's axis (ms since Start) in, figures out.
import type { TalkFigures } from '../attempts/schema'
import { complement, intersect, normalize, total, type Interval } from './intervals'

export type { TalkFigures } from '../attempts/schema'

/** A silence at least this long, mostly spent writing, is a long silence while writing. */
export const LONG_SILENCE_MS = 20_000

export interface TalkInput {
  /** Where recordings ran. */
  recorded: readonly Interval[]
  /** Where the candidate spoke (inside recordings). */
  speaking: readonly Interval[]
  /** Where the candidate wrote (the timeline's writing segments). */
  writing: readonly Interval[]
  /** When the first stroke began, null without ink. */
  firstStrokeMs: number | null
}

/** Silences inside recordings: the gaps between speaking stretches, and before the first and after the last. */
export function silences(input: Pick<TalkInput, 'recorded' | 'speaking'>): [number, number][] {
  return complement(input.speaking, input.recorded)
}

/** Long silences spent mostly writing. */
export function silentWriting(input: Omit<TalkInput, 'firstStrokeMs'>): [number, number][] {
  return silences(input).filter(([a, b]) => b - a >= LONG_SILENCE_MS && total(intersect([[a, b]], input.writing)) * 2 >= b - a)
}

export function talkFigures(input: TalkInput): TalkFigures {
  const recorded = normalize(input.recorded)
  const speaking = intersect(input.speaking, recorded)
  const recordedMs = total(recorded)
  const speakingMs = total(speaking)
  const writingRecorded = intersect(input.writing, recorded)
  const speakingWhileWritingMs = total(intersect(speaking, writingRecorded))
  const quiet = silences({ recorded, speaking })
  let silenceBeforeFirstStrokeMs: number | null = null
  if (input.firstStrokeMs !== null) {
    const before = intersect(recorded, [[0, input.firstStrokeMs]])
    if (total(before) > 0) silenceBeforeFirstStrokeMs = Math.round(total(intersect(quiet, before)))
  }
  const round = Math.round
  return {
    recordedMs: round(recordedMs),
    speakingMs: round(speakingMs),
    longestSilenceMs: round(quiet.reduce((m, [a, b]) => Math.max(m, b - a), 0)),
    silenceBeforeFirstStrokeMs,
    writingRecordedMs: round(total(writingRecorded)),
    speakingWhileWritingMs: round(speakingWhileWritingMs),
    pausedRecordedMs: round(recordedMs - total(writingRecorded)),
    speakingWhilePausedMs: round(speakingMs - speakingWhileWritingMs),
    silentWritingCount: silentWriting({ recorded, speaking, writing: input.writing }).length,
  }
}

/** The shares Progress charts (null where the time they divide by is none). */
export interface TalkSummary {
  recordedMs: number
  speakingShare: number
  longestSilenceMs: number
  silenceBeforeFirstStrokeMs: number | null
  whileWritingShare: number | null
  whilePausedShare: number | null
  silentWritingCount: number
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null)

export function talkSummary(t: TalkFigures): TalkSummary {
  return {
    recordedMs: t.recordedMs,
    speakingShare: share(t.speakingMs, t.recordedMs) ?? 0,
    longestSilenceMs: t.longestSilenceMs,
    silenceBeforeFirstStrokeMs: t.silenceBeforeFirstStrokeMs,
    whileWritingShare: share(t.speakingWhileWritingMs, t.writingRecordedMs),
    whilePausedShare: share(t.speakingWhilePausedMs, t.pausedRecordedMs),
    silentWritingCount: t.silentWritingCount,
  }
}
