// The candidate's answering preferences, remembered on this device.
import { DEFAULT_THINK_MS } from '../../core/interview/answering'

const KEY = 'inkterview.think-ms'

export function thinkTimeMs(): number {
  try {
    const v = Number(localStorage.getItem(KEY))
    return Number.isFinite(v) && v >= 0 && v <= 300_000 && localStorage.getItem(KEY) !== null ? v : DEFAULT_THINK_MS
  } catch {
    return DEFAULT_THINK_MS
  }
}

export function setThinkTimeMs(ms: number): void {
  try {
    localStorage.setItem(KEY, String(Math.max(0, Math.min(300_000, Math.round(ms)))))
  } catch {
    /* private mode: not remembered */
  }
}
