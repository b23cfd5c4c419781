// The thinking time before a spoken answer, remembered on this device
// (localStorage, like the preferences): a number of milliseconds, 0 to 5
// minutes; anything else reads as the default.
import { DEFAULT_THINK_MS } from '../core/interview/answering'

const KEY = 'inkterview.think-ms'
export const MAX_THINK_MS = 300_000

export function thinkTimeMs(): number {
  try {
    const raw = localStorage.getItem(KEY)
    const v = Number(raw)
    return raw !== null && Number.isFinite(v) && v >= 0 && v <= MAX_THINK_MS ? v : DEFAULT_THINK_MS
  } catch {
    return DEFAULT_THINK_MS // blocked storage (some private modes)
  }
}

export function setThinkTimeMs(ms: number): void {
  try {
    localStorage.setItem(KEY, String(Math.max(0, Math.min(MAX_THINK_MS, Math.round(ms)))))
  } catch {
    /* blocked storage: not remembered */
  }
}
