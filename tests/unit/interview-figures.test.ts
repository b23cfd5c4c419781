// A spoken answer's talk figures, from energy frames: speech and silence laid
// out by hand (20 ms frames, room noise at -60 dB, speech at -20 dB), and two
// recordings of one answer (a reload mid-answer) taken end to end.
import { describe, expect, it } from 'vitest'
import { answerTalkOf, LONG_ANSWER_SILENCE_MS } from '../../src/core/interview/figures'
import { dbToByte, FRAME_MS } from '../../src/core/voice/energy'

/** Frames for stretches of [speaking?, ms]. */
function frames(...parts: [boolean, number][]): Uint8Array {
  const out: number[] = []
  for (const [loud, ms] of parts) for (let i = 0; i < ms / FRAME_MS; i++) out.push(dbToByte(loud ? -20 : -60))
  return Uint8Array.from(out)
}
const rec = (energy: Uint8Array) => ({ energy, frameMs: FRAME_MS, durationMs: energy.length * FRAME_MS })

describe('answer talk figures', () => {
  it('measure the first word, speaking time, silences and the rate from voice activity', () => {
    // 2 s to the first word, three stretches of speech (4 s, 5 s, 3 s), a 4 s and a 1 s silence between, 2 s at the end.
    const e = frames([false, 2000], [true, 4000], [false, 4000], [true, 5000], [false, 1000], [true, 3000], [false, 2000])
    const t = answerTalkOf([rec(e)], 21_000)
    expect(t.lengthMs).toBe(21_000)
    expect(t.firstWordMs).toBeGreaterThanOrEqual(1900)
    expect(t.firstWordMs).toBeLessThanOrEqual(2100)
    expect(t.speakingMs! / 1000).toBeCloseTo(12, 0)
    expect(t.longestSilenceMs! / 1000).toBeCloseTo(4, 0)
    // The 4 s silence is long; the 2 s ones and the 1 s one are not.
    expect(t.longSilences).toBe(1)
    // 3 stretches in 12 s of speaking: 15 a minute.
    expect(t.burstsPerMinute).toBeCloseTo(15, 0)
    expect(LONG_ANSWER_SILENCE_MS).toBe(3000)
  })

  it('take two recordings of one answer end to end', () => {
    const a = frames([false, 1000], [true, 3000], [false, 1000])
    const b = frames([false, 5000], [true, 2000])
    const t = answerTalkOf([rec(a), rec(b)], 12_000)
    expect(t.speakingMs! / 1000).toBeCloseTo(5, 0)
    expect(t.firstWordMs! / 1000).toBeCloseTo(1, 0)
    // The end of the first and the start of the second make one 6 s silence.
    expect(t.longestSilenceMs! / 1000).toBeCloseTo(6, 0)
    expect(t.longSilences).toBe(1)
  })

  it('say nothing about speaking without measured recordings', () => {
    expect(answerTalkOf([], 40_000)).toEqual({ lengthMs: 40_000 })
    expect(answerTalkOf([{ energy: new Uint8Array(0), frameMs: 20, durationMs: 5000 }], 5000)).toEqual({ lengthMs: 5000 })
  })
})
