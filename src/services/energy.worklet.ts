// The recorder's AudioWorklet: the microphone's loudness, one byte per 20 ms
// frame (core/voice/energy.ts EnergyMeter), measured on the audio thread while
// recording, so the review reads speaking from these bytes instead of decoding
// the whole recording. Posts the frames a few at a time.
import { EnergyMeter } from '../core/voice/energy'

// The AudioWorkletGlobalScope's names (TypeScript's DOM library does not describe that scope).
declare const sampleRate: number
declare class AudioWorkletProcessor {
  readonly port: MessagePort
}
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void

/** Frames per message: 0.5 s. */
const BATCH = 25

class EnergyProcessor extends AudioWorkletProcessor {
  private readonly meter = new EnergyMeter(sampleRate)
  private pending: number[] = []

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0]
    if (channel) {
      for (const b of this.meter.push(channel)) this.pending.push(b)
      if (this.pending.length >= BATCH) {
        this.port.postMessage(Uint8Array.from(this.pending))
        this.pending = []
      }
    }
    return true
  }
}

registerProcessor('inkterview-energy', EnergyProcessor)
