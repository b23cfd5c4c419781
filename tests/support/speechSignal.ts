// A generated signal like a candidate thinking aloud: speaking stretches made
// of syllables (a voiced tone with harmonics and vibrato, shaped by an
// attack-decay envelope, with short dips between syllables), silences of
// room noise between stretches. The truth (where each stretch starts and
// ends) comes with it. Used by the VAD unit tests and, rendered to a WAV
// file, by the browser test and the bench.

// A small deterministic PRNG (mulberry32), the one the performance tests' inputs use.
import { random as rng } from '../../src/core/problems/performance'

export { rng }

export interface SpeechPlan {
  sampleRate: number
  /** Speaking stretches, ms from the start. */
  stretches: [number, number][]
  durationMs: number
}

export interface SpeechOptions {
  seed?: number
  sampleRate?: number
  /** Room noise, dBFS RMS. */
  noiseDb?: number
  /** Speech level, dBFS peak of a syllable. */
  speechDb?: number
  stretches?: number
  /** Where (ms) the room gets noisier (a fan switched on), and by how many dB. */
  noiseStepAtMs?: number
  noiseStepDb?: number
}

/** A plan of stretches and silences (ms): silences 0.7-5 s, stretches 0.8-4 s. */
export function planSpeech(o: SpeechOptions = {}): SpeechPlan {
  const r = rng(o.seed ?? 1)
  const stretches: [number, number][] = []
  let t = 600 + Math.round(r() * 1500)
  for (let i = 0; i < (o.stretches ?? 8); i++) {
    const len = 800 + Math.round(r() * 3200)
    stretches.push([t, t + len])
    t += len + 700 + Math.round(r() * 4300)
  }
  return { sampleRate: o.sampleRate ?? 48_000, stretches, durationMs: t }
}

/** The samples of a plan (mono, -1..1). */
export function renderSpeech(plan: SpeechPlan, o: SpeechOptions = {}): Float32Array {
  const sr = plan.sampleRate
  const r = rng((o.seed ?? 1) * 7919)
  const out = new Float32Array(Math.ceil((plan.durationMs / 1000) * sr))
  const noiseAmp = 10 ** ((o.noiseDb ?? -62) / 20) * Math.sqrt(3)
  const stepAt = o.noiseStepAtMs === undefined ? Infinity : (o.noiseStepAtMs / 1000) * sr
  const stepAmp = 10 ** ((o.noiseStepDb ?? 0) / 20)
  // Room noise: white, lightly low-passed.
  let lp = 0
  for (let i = 0; i < out.length; i++) {
    lp = 0.7 * lp + 0.3 * (r() * 2 - 1)
    out[i] = lp * noiseAmp * 1.6 * (i >= stepAt ? stepAmp : 1)
  }
  const peak = 10 ** ((o.speechDb ?? -18) / 20)
  for (const [a, b] of plan.stretches) {
    // Syllables of 120-320 ms with 40-200 ms dips between them, filling the stretch exactly.
    let t = a
    while (b - t > 0) {
      // The last syllable ends the stretch exactly, so the truth is where the sound is.
      let syl = 120 + r() * 200
      if (b - t - syl < 200) syl = b - t
      const f0 = 110 + r() * 110
      const s0 = Math.round((t / 1000) * sr)
      const n = Math.round((syl / 1000) * sr)
      for (let k = 0; k < n && s0 + k < out.length; k++) {
        const x = k / n
        // 15 ms attack, a slow decay to 40%, 25 ms release.
        const env = Math.min(1, ((k / sr) * 1000) / 15) * Math.min(1, (((n - k) / sr) * 1000) / 25) * (1 - 0.6 * x)
        const ph = (2 * Math.PI * f0 * k) / sr + 0.3 * Math.sin((2 * Math.PI * 5 * k) / sr)
        const v = Math.sin(ph) + 0.5 * Math.sin(2 * ph) + 0.3 * Math.sin(3 * ph) + 0.15 * Math.sin(5 * ph)
        out[s0 + k]! += (peak / 1.95) * env * v
      }
      t += syl
      if (t >= b) break
      // A dip between syllables, always leaving room for one more.
      t += Math.min(40 + r() * 160, b - t - 60)
    }
  }
  return out
}

/** 16-bit PCM WAV bytes (mono) of samples. */
export function wavBytes(samples: Float32Array, sampleRate: number): Uint8Array {
  const data = samples.length * 2
  const buf = new ArrayBuffer(44 + data)
  const v = new DataView(buf)
  const str = (o: number, s: string) => [...s].forEach((c, i) => v.setUint8(o + i, c.charCodeAt(0)))
  str(0, 'RIFF')
  v.setUint32(4, 36 + data, true)
  str(8, 'WAVE')
  str(12, 'fmt ')
  v.setUint32(16, 16, true)
  v.setUint16(20, 1, true)
  v.setUint16(22, 1, true)
  v.setUint32(24, sampleRate, true)
  v.setUint32(28, sampleRate * 2, true)
  v.setUint16(32, 2, true)
  v.setUint16(34, 16, true)
  str(36, 'data')
  v.setUint32(40, data, true)
  for (let i = 0; i < samples.length; i++) v.setInt16(44 + i * 2, Math.max(-1, Math.min(1, samples[i]!)) * 0x7fff, true)
  return new Uint8Array(buf)
}
