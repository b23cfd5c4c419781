// Talk figures: only recorded time counts, speaking is split between writing
// and pauses, long silences spent writing are found, and an attempt's voice
// summary places each recording on the timeline.
import { describe, expect, it } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import { dbToByte } from '../../src/core/voice/energy'
import { complement, intersect, normalize, total } from '../../src/core/voice/intervals'
import { silentWriting, talkFigures, talkSummary } from '../../src/core/voice/talk'
import { voiceRecordOf } from '../../src/core/voice/summary'

const S = 1000

describe('intervals', () => {
  it('merge, intersect and complement', () => {
    expect(normalize([[5, 9], [1, 3], [2, 4], [9, 10], [7, 7]])).toEqual([[1, 4], [5, 10]])
    expect(intersect([[0, 10], [20, 30]], [[5, 25]])).toEqual([[5, 10], [20, 25]])
    expect(complement([[2, 3], [5, 6]], [[0, 10]])).toEqual([[0, 2], [3, 5], [6, 10]])
    expect(total([[0, 2], [5, 6]])).toBe(3)
  })
})

describe('talk figures', () => {
  // Recorded 0-120 s; wrote 30-60 s and 80-110 s; spoke 0-10, 20-35, 85-90.
  const input = {
    recorded: [[0, 120 * S]] as [number, number][],
    writing: [[30 * S, 60 * S], [80 * S, 110 * S]] as [number, number][],
    speaking: [[0, 10 * S], [20 * S, 35 * S], [85 * S, 90 * S]] as [number, number][],
    firstStrokeMs: 30 * S,
  }

  it('share speaking, longest silence, silence before the first stroke, while writing and while paused', () => {
    const t = talkFigures(input)
    expect(t.recordedMs).toBe(120 * S)
    expect(t.speakingMs).toBe(30 * S)
    expect(t.longestSilenceMs).toBe(50 * S) // 35-85 s
    expect(t.silenceBeforeFirstStrokeMs).toBe(10 * S) // 10-20 s
    expect(t.writingRecordedMs).toBe(60 * S)
    expect(t.speakingWhileWritingMs).toBe(10 * S) // 30-35 and 85-90
    expect(t.pausedRecordedMs).toBe(60 * S)
    expect(t.speakingWhilePausedMs).toBe(20 * S)
    const s = talkSummary(t)
    expect(s.speakingShare).toBe(0.25)
    expect(s.whileWritingShare).toBeCloseTo(1 / 6, 3)
    expect(s.whilePausedShare).toBeCloseTo(1 / 3, 3)
  })

  it('marks long silences spent mostly writing, not long silences spent thinking', () => {
    // 35-85: 25 s of its 50 writing: half, counted. 90-120: 20 s writing of 30: counted.
    expect(silentWriting(input)).toEqual([[35 * S, 85 * S], [90 * S, 120 * S]])
    // Thinking without writing for 50 s is a silence, not a silent-writing stretch.
    expect(silentWriting({ ...input, writing: [[100 * S, 105 * S]] })).toEqual([])
    expect(talkFigures(input).silentWritingCount).toBe(2)
  })

  it('never counts time without a recording as silence', () => {
    // Recorded 0-20 and 100-120 only (a reload between, the microphone off).
    const t = talkFigures({ ...input, recorded: [[0, 20 * S], [100 * S, 120 * S]] })
    expect(t.recordedMs).toBe(40 * S)
    expect(t.longestSilenceMs).toBe(20 * S) // 100-120, not 35-85
    expect(t.speakingMs).toBe(10 * S)
  })

  it('says nothing about the time before the first stroke when none of it was recorded, or there is no ink', () => {
    expect(talkFigures({ ...input, recorded: [[40 * S, 120 * S]] }).silenceBeforeFirstStrokeMs).toBeNull()
    expect(talkFigures({ ...input, firstStrokeMs: null }).silenceBeforeFirstStrokeMs).toBeNull()
  })
})

describe('voice summary of an attempt', () => {
  it('places each recording on the timeline and reads speaking from its energy', () => {
    const a = { ...createAttempt({ problemId: 'p', problemTitle: 'P', language: 'python', suggestedMs: 600_000, now: 1_000_000 }), status: 'finished' as const, endedAt: 1_100_000 }
    a.timer = { suggestedMs: 600_000, elapsedMs: 100_000, runningSince: null }
    a.ink = { format: 'ink/v1', startedAt: 1_030_000, strokes: [{ points: [[0, 0, 0.5, 0], [5, 5, 0.5, 20_000]] }] }
    // Two recordings: 0-40 s, and after a reload 60-100 s. Speech at 2-4 s of the first, 10-12 s of the second.
    const energy = (speech: [number, number]) => {
      const e = new Uint8Array(2000).fill(dbToByte(-70))
      e.fill(dbToByte(-20), speech[0] / 20, speech[1] / 20)
      return e
    }
    const v = voiceRecordOf(a, [
      { startedAt: 1_000_000, durationMs: 40_000, mimeType: 'audio/webm', energy: energy([2000, 4000]), frameMs: 20 },
      { startedAt: 1_060_000, durationMs: 40_000, mimeType: 'audio/webm', energy: energy([10_000, 12_000]), frameMs: 20 },
    ])!
    expect(v.speaking).toEqual([[2000, 4000], [70_000, 72_000]])
    expect(v.talk.recordedMs).toBe(80_000)
    expect(v.talk.speakingMs).toBe(4000)
    // Wrote 30-50 s: 10 s of it recorded (30-40), none of it with speaking.
    expect(v.talk.writingRecordedMs).toBe(10_000)
    expect(v.talk.silenceBeforeFirstStrokeMs).toBe(28_000)
    expect(v.sessions.map((s) => s.startedAt)).toEqual([1_000_000, 1_060_000])
  })
})
