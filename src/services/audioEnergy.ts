// Loudness of a stored recording the recorder could not measure while
// recording (no AudioWorklet, audio not allowed to run): the browser decodes
// it off the main thread (at 8 kHz, plenty for loudness), and the energy
// frames are counted in slices of a few seconds of audio, yielding between
// them, so a long recording never freezes the page. Shared by the review of
// an attempt and of a spoken answer.
import { EnergyMeter, FRAME_MS } from '../core/voice/energy'
import type { AudioSession } from '../core/voice/audioRecord'

const DECODE_RATE = 8000
/** Samples counted between two yields to the page: 5 s of audio at DECODE_RATE. */
const SLICE = DECODE_RATE * 5

const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0))

/** Energy frames of a recording, decoded by the browser and measured in slices; null when it cannot be decoded. */
export async function measureRecording(blob: Blob): Promise<{ energy: Uint8Array; durationMs: number; frameMs: number } | null> {
  try {
    const ctx = new OfflineAudioContext(1, 1, DECODE_RATE)
    const buffer = await ctx.decodeAudioData(await blob.arrayBuffer())
    const samples = buffer.getChannelData(0)
    const meter = new EnergyMeter(buffer.sampleRate)
    const frames: number[] = []
    for (let i = 0; i < samples.length; i += SLICE) {
      for (const b of meter.push(samples.subarray(i, i + SLICE))) frames.push(b)
      await yieldToPage()
    }
    return { energy: Uint8Array.from(frames), durationMs: buffer.duration * 1000, frameMs: FRAME_MS }
  } catch {
    return null
  }
}

/** Whether the loudness measured while recording covers the recording (else it is decoded). */
export const meteredWhileRecording = (s: Pick<AudioSession, 'energy' | 'frameMs' | 'endMs'>) => s.energy.length * s.frameMs >= 0.8 * s.endMs
