// Voice activity from the signal's energy: when the candidate was speaking.
// No speech recognition, nothing leaves the device: a frame is speech when it
// stands clearly above the room's noise floor. The floor is measured locally
// (the quietest tenth of the seconds around), so a fan switched on half-way
// does not turn into half an hour of "speaking". Hysteresis (a
// higher level to start than to go on), short gaps between words bridged and
// clicks dropped turn frames into speaking stretches.
import { byteToDb, FRAME_MS } from './energy'

export interface VadOptions {
  /** dB above the floor a frame needs to start speech. */
  onsetDb: number
  /** dB above the floor that keeps speech going. */
  releaseDb: number
  /** The floor is never taken above this (a recording of nothing but speech has no quiet tenth). */
  maxFloorDb: number
  /** Nothing quieter than this is speech, whatever the floor. */
  minSpeechDb: number
  /** Gaps shorter than this inside speech are the pauses between words. */
  bridgeMs: number
  /** Speech shorter than this is a click or a knock. */
  minSpeechMs: number
  /** Half-width of the window the floor is measured over. */
  floorWindowMs: number
}

export const VAD_DEFAULTS: VadOptions = {
  onsetDb: 12,
  releaseDb: 7,
  maxFloorDb: -42,
  minSpeechDb: -62,
  bridgeMs: 350,
  minSpeechMs: 100,
  floorWindowMs: 5_000,
}

const BLOCK_FRAMES = 10

/** Per block, the 10th percentile (as a byte) of the frames in blocks [b + from, b + to]. */
function slidingP10(hist: readonly Uint32Array[], from: number, to: number): number[] {
  const out: number[] = []
  const sum = new Uint32Array(256)
  let n = 0
  let lo = 0
  let hi = -1
  for (let b = 0; b < hist.length; b++) {
    const wantLo = Math.max(0, b + from)
    const wantHi = Math.min(hist.length - 1, b + to)
    while (hi < wantHi) {
      hi++
      for (let k = 0; k < 256; k++) sum[k]! += hist[hi]![k]!
      n += hist[hi]!.reduce((x, y) => x + y, 0)
    }
    while (lo < wantLo) {
      for (let k = 0; k < 256; k++) sum[k]! -= hist[lo]![k]!
      n -= hist[lo]!.reduce((x, y) => x + y, 0)
      lo++
    }
    const target = Math.max(1, Math.ceil(n * 0.1))
    let acc = 0
    let k = 0
    for (; k < 255; k++) {
      acc += sum[k]!
      if (acc >= target) break
    }
    out.push(k)
  }
  return out
}

/**
 * The noise floor per block of frames: the quietest tenth of the seconds
 * before it and of the seconds after it, whichever is louder. Where the room
 * gets noisier, the louder side wins, so the new noise is never heard as
 * speech (at worst quiet speech right before the change is missed).
 */
function localFloors(frames: ArrayLike<number>, windowBlocks: number): number[] {
  const blocks = Math.ceil(frames.length / BLOCK_FRAMES)
  const hist: Uint32Array[] = []
  for (let b = 0; b < blocks; b++) {
    const h = new Uint32Array(256)
    for (let i = b * BLOCK_FRAMES; i < Math.min(frames.length, (b + 1) * BLOCK_FRAMES); i++) h[frames[i]! & 255]!++
    hist.push(h)
  }
  const before = slidingP10(hist, -windowBlocks, 0)
  const after = slidingP10(hist, 0, windowBlocks)
  return before.map((x, b) => byteToDb(Math.max(x, after[b]!)))
}

/** Speaking stretches, [start, end] in ms from the first frame, in order. */
export function detectSpeech(frames: ArrayLike<number>, frameMs = FRAME_MS, options: Partial<VadOptions> = {}): [number, number][] {
  const o = { ...VAD_DEFAULTS, ...options }
  if (frames.length === 0) return []
  const floors = localFloors(frames, Math.max(1, Math.round(o.floorWindowMs / (BLOCK_FRAMES * frameMs))))
  const raw: [number, number][] = []
  let start = -1
  for (let i = 0; i < frames.length; i++) {
    const db = byteToDb(frames[i]!)
    const floor = Math.min(floors[Math.floor(i / BLOCK_FRAMES)]!, o.maxFloorDb)
    if (start < 0) {
      if (db >= Math.max(floor + o.onsetDb, o.minSpeechDb)) start = i
    } else if (db < Math.max(floor + o.releaseDb, o.minSpeechDb)) {
      raw.push([start * frameMs, i * frameMs])
      start = -1
    }
  }
  if (start >= 0) raw.push([start * frameMs, frames.length * frameMs])
  const bridged: [number, number][] = []
  for (const s of raw) {
    const last = bridged[bridged.length - 1]
    if (last && s[0] - last[1] < o.bridgeMs) last[1] = s[1]
    else bridged.push([s[0], s[1]])
  }
  return bridged.filter(([a, b]) => b - a >= o.minSpeechMs)
}
