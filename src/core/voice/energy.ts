// The signal's energy, frame by frame: what voice activity is read from. A
// recording keeps one byte per 20 ms frame (its loudness in dBFS, half-dB
// steps), measured while recording (src/voice's AudioWorklet runs
// EnergyMeter) so nothing has to be decoded afterwards: a 30-minute answer
// is 90,000 bytes of energy. Pure: samples in, bytes out.

/** Length of one energy frame. */
export const FRAME_MS = 20
/** The quietest level kept; digital silence and anything below read as this. */
export const FLOOR_DB = -100

/** dBFS to one byte: half-dB steps from FLOOR_DB (0) up to +27.5 dBFS (255). */
export function dbToByte(db: number): number {
  if (!Number.isFinite(db)) return 0
  return Math.max(0, Math.min(255, Math.round((db - FLOOR_DB) * 2)))
}

export function byteToDb(b: number): number {
  return b / 2 + FLOOR_DB
}

/** Loudness of a frame from its mean square: 10·log10, clamped to FLOOR_DB for silence. */
export function meanSquareToDb(meanSquare: number): number {
  return meanSquare > 0 ? Math.max(FLOOR_DB, 10 * Math.log10(meanSquare)) : FLOOR_DB
}

/**
 * Turns a stream of samples (any block sizes, as an AudioWorklet receives
 * them) into energy bytes, one per FRAME_MS. The frame length is whole
 * samples, so frames never drift against the audio.
 */
export class EnergyMeter {
  readonly frameSamples: number
  private sum = 0
  private n = 0

  constructor(sampleRate: number) {
    this.frameSamples = Math.max(1, Math.round((sampleRate * FRAME_MS) / 1000))
  }

  /** Adds samples; returns the bytes of the frames they completed (often none). */
  push(samples: ArrayLike<number>): number[] {
    const out: number[] = []
    for (let i = 0; i < samples.length; i++) {
      const v = samples[i]!
      this.sum += v * v
      if (++this.n === this.frameSamples) {
        out.push(dbToByte(meanSquareToDb(this.sum / this.n)))
        this.sum = 0
        this.n = 0
      }
    }
    return out
  }
}

/** Energy bytes of a whole signal (tests, and audio decoded after the fact). */
export function energyOf(samples: ArrayLike<number>, sampleRate: number): Uint8Array {
  return Uint8Array.from(new EnergyMeter(sampleRate).push(samples))
}
