// Talk figures of a spoken answer, from its recordings' energy frames alone
// (voice activity, core/voice/vad.ts): how much of it was speech, the silence
// before the first word, the longest silence, the silences of 3 s or more, and
// a speaking rate as stretches of speech per minute of speaking (no speech
// service: nothing but loudness is measured). A reload mid-answer makes a
// second recording; recordings are taken end to end, in order.
import { complement, total } from '../voice/intervals.ts'
import { detectSpeech } from '../voice/vad.ts'
import type { AnswerTalk } from './records.ts'

/** A silence this long inside an answer is worth noticing (a lost thread, not a breath). */
export const LONG_ANSWER_SILENCE_MS = 3000

export interface RecordingFacts {
  /** Energy frames (core/voice/energy.ts); empty when the recording was not measured. */
  energy: ArrayLike<number>
  frameMs: number
  durationMs: number
}

/** The speaking stretches of recordings laid end to end, and where each recording sits on that axis. */
export function answerSpeech(recordings: readonly RecordingFacts[]): { recorded: [number, number][]; speaking: [number, number][] } {
  const recorded: [number, number][] = []
  const speaking: [number, number][] = []
  let at = 0
  for (const r of recordings) {
    if (r.energy.length > 0) {
      recorded.push([at, at + r.durationMs])
      for (const [a, b] of detectSpeech(r.energy, r.frameMs)) speaking.push([at + a, Math.min(at + b, at + r.durationMs)])
    }
    at += r.durationMs
  }
  return { recorded, speaking }
}

/**
 * The answer's figures: `lengthMs` is its clock; the rest come from the
 * recordings that were measured (absent when none was).
 */
export function answerTalkOf(recordings: readonly RecordingFacts[], lengthMs: number): AnswerTalk {
  const { recorded, speaking } = answerSpeech(recordings)
  const length = Math.max(0, Math.round(lengthMs))
  if (!recorded.length) return { lengthMs: length }
  const quiet = complement(speaking, recorded)
  const speakingMs = total(speaking)
  const first = speaking[0]
  return {
    lengthMs: length,
    speakingMs: Math.round(speakingMs),
    firstWordMs: Math.round(first ? first[0] - recorded[0]![0] : total(recorded)),
    longestSilenceMs: Math.round(quiet.reduce((m, [a, b]) => Math.max(m, b - a), 0)),
    longSilences: quiet.filter(([a, b]) => b - a >= LONG_ANSWER_SILENCE_MS).length,
    burstsPerMinute: speakingMs > 0 ? Math.round((speaking.length / (speakingMs / 60_000)) * 10) / 10 : 0,
  }
}

