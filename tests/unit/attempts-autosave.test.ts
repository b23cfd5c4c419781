import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosaver } from '../../src/core/attempts/autosave'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('autosaver', () => {
  it('writes the newest state at most maxDelayMs behind, even while writing continues', async () => {
    const saved: number[] = []
    const s = createAutosaver(async (v: number) => void saved.push(v), { maxDelayMs: 1000 })
    // A stroke every 100 ms for 2.5 s: a debounce would never save.
    for (let i = 1; i <= 25; i++) {
      s.schedule(i)
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(saved).toEqual([10, 20])
    await vi.advanceTimersByTimeAsync(1000)
    expect(saved).toEqual([10, 20, 25])
    expect(s.status().pending).toBe(false)
  })

  it('says it is idle only when nothing is pending: not while a newer state waits its turn', async () => {
    const events: string[] = []
    const s = createAutosaver(
      async (v: string) => {
        await new Promise((r) => setTimeout(r, 100))
        events.push(`saved ${v}`)
      },
      { maxDelayMs: 500, onIdle: () => events.push('idle') },
    )
    s.schedule('a')
    await vi.advanceTimersByTimeAsync(550) // the save of "a" runs
    s.schedule('b') // typed while "a" was being written
    await vi.advanceTimersByTimeAsync(100) // "a" is written; "b" is being written
    expect(events).toEqual(['saved a'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(events).toEqual(['saved a', 'saved b', 'idle'])
  })

  it('flush writes at once and resolves true', async () => {
    const saved: string[] = []
    const s = createAutosaver(async (v: string) => void saved.push(v))
    s.schedule('a')
    expect(await s.flush()).toBe(true)
    expect(saved).toEqual(['a'])
    await vi.advanceTimersByTimeAsync(5000)
    expect(saved).toEqual(['a'])
  })

  it('never runs two saves at once, and the last state wins', async () => {
    let active = 0
    let maxActive = 0
    const saved: number[] = []
    const s = createAutosaver(async (v: number) => {
      active++
      maxActive = Math.max(maxActive, active)
      await new Promise((r) => setTimeout(r, 700))
      saved.push(v)
      active--
    })
    s.schedule(1)
    await vi.advanceTimersByTimeAsync(1000) // save of 1 starts
    s.schedule(2)
    s.schedule(3)
    const f = s.flush()
    await vi.advanceTimersByTimeAsync(2000)
    expect(await f).toBe(true)
    expect(saved).toEqual([1, 3])
    expect(maxActive).toBe(1)
  })

  it('keeps the state after a failed save and retries it', async () => {
    let fail = true
    const saved: string[] = []
    const errors: unknown[] = []
    const s = createAutosaver(
      async (v: string) => {
        if (fail) throw new Error('QuotaExceededError')
        saved.push(v)
      },
      { maxDelayMs: 1000, retryDelayMs: 3000, onError: (e) => errors.push(e) },
    )
    s.schedule('strokes')
    await vi.advanceTimersByTimeAsync(1000)
    expect(errors).toHaveLength(1)
    expect(s.status()).toMatchObject({ pending: true })
    expect(await s.flush()).toBe(false)
    fail = false
    await vi.advanceTimersByTimeAsync(3000)
    expect(saved).toEqual(['strokes'])
    expect(s.status()).toEqual({ pending: false, saving: false, lastError: null })
  })

  it('cancel drops unsaved state', async () => {
    const saved: number[] = []
    const s = createAutosaver(async (v: number) => void saved.push(v))
    s.schedule(1)
    s.cancel()
    await vi.advanceTimersByTimeAsync(3000)
    expect(await s.flush()).toBe(true)
    expect(saved).toEqual([])
  })
})
