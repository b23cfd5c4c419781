// Voice activity from energy: on a generated signal (speech-like syllables in
// stretches, room noise between), every speaking stretch is found, with both
// ends within 100 ms of where they are, and nothing else is.
import { describe, expect, it } from 'vitest'
import { byteToDb, dbToByte, energyOf, EnergyMeter, FRAME_MS } from '../../src/core/voice/energy'
import { detectSpeech } from '../../src/core/voice/vad'
import { planSpeech, renderSpeech } from '../support/speechSignal'

/** Each truth stretch matched one to one, and the worst boundary error. */
function compare(found: [number, number][], truth: [number, number][]) {
  const errors = truth.map(([a, b], i) => {
    const f = found[i]
    return f ? Math.max(Math.abs(f[0] - a), Math.abs(f[1] - b)) : Infinity
  })
  return { count: found.length, worstMs: Math.max(...errors) }
}

describe('energy frames', () => {
  it('turn dBFS into bytes and back in half-dB steps, silence to the floor', () => {
    expect(byteToDb(dbToByte(-37.5))).toBe(-37.5)
    expect(dbToByte(-Infinity)).toBe(0)
    expect(dbToByte(40)).toBe(255)
    // A full-scale sine is -3 dBFS RMS.
    const sine = Float32Array.from({ length: 48_000 }, (_, i) => Math.sin((2 * Math.PI * 440 * i) / 48_000))
    const e = energyOf(sine, 48_000)
    expect(e.length).toBe(1000 / FRAME_MS)
    expect(byteToDb(e[10]!)).toBeCloseTo(-3, 0)
  })

  it('counts frames in samples whatever the block sizes (an AudioWorklet gets 128 at a time)', () => {
    const m = new EnergyMeter(44_100)
    let n = 0
    for (let i = 0; i < 1034; i++) n += m.push(new Float32Array(128)).length
    // 1034 blocks of 128 samples = 132,352 samples = 150 whole frames of 882 (20 ms at 44.1 kHz).
    expect(n).toBe(150)
  })
})

describe('voice activity', () => {
  it.each([1, 2, 3, 4, 5])('finds the speaking stretches of generated signal %i within 100 ms', (seed) => {
    const plan = planSpeech({ seed, stretches: 10 })
    const found = detectSpeech(energyOf(renderSpeech(plan, { seed }), plan.sampleRate))
    const r = compare(found, plan.stretches)
    expect(r.count).toBe(plan.stretches.length)
    expect(r.worstMs).toBeLessThanOrEqual(100)
  })

  it('holds at a quiet voice and a noisy room (20 dB between them)', () => {
    const plan = planSpeech({ seed: 9, stretches: 10 })
    const found = detectSpeech(energyOf(renderSpeech(plan, { seed: 9, speechDb: -34, noiseDb: -58 }), plan.sampleRate))
    const r = compare(found, plan.stretches)
    expect(r.count).toBe(10)
    expect(r.worstMs).toBeLessThanOrEqual(100)
  })

  it('does not take a fan switched on half-way for speaking', () => {
    const plan = planSpeech({ seed: 4, stretches: 30 })
    const half = plan.durationMs / 2
    const found = detectSpeech(energyOf(renderSpeech(plan, { seed: 4, noiseStepAtMs: half, noiseStepDb: 14 }), plan.sampleRate))
    const r = compare(found, plan.stretches)
    expect(r.count).toBe(30)
    expect(r.worstMs).toBeLessThanOrEqual(100)
  })

  it('finds nothing in room noise alone, and nothing in digital silence', () => {
    const plan = { ...planSpeech({ seed: 2 }), stretches: [] as [number, number][] }
    expect(detectSpeech(energyOf(renderSpeech(plan, { seed: 2 }), plan.sampleRate))).toEqual([])
    expect(detectSpeech(new Uint8Array(5000))).toEqual([])
  })

  it('bridges the pauses between words but keeps stretches a second apart', () => {
    const frames = new Uint8Array(300).fill(dbToByte(-70))
    frames.fill(dbToByte(-20), 10, 30) // 200-600 ms
    frames.fill(dbToByte(-20), 40, 60) // 800-1200: a 200 ms gap, bridged
    frames.fill(dbToByte(-20), 110, 140) // 2200-2800: a second later, its own stretch
    frames.fill(dbToByte(-20), 200, 202) // a 40 ms click: dropped
    expect(detectSpeech(frames)).toEqual([
      [200, 1200],
      [2200, 2800],
    ])
  })
})
