import { describe, expect, it } from 'vitest'
import {
  elapsedMs,
  formatClock,
  timerAnnouncement,
  newTimer,
  pauseTimer,
  remainingMs,
  startTimer,
  timerPhase,
} from '../../src/core/session/timer'

const MIN = 60_000

describe('interview timer', () => {
  it('is ready before Start and counts down once started', () => {
    const t = newTimer(20)
    expect(timerPhase(t, 0)).toBe('ready')
    const running = startTimer(t, 1_000)
    expect(remainingMs(running, 1_000 + 3 * MIN)).toBe(17 * MIN)
    expect(timerPhase(running, 1_000 + 3 * MIN)).toBe('running')
  })

  it('warns in the last five minutes', () => {
    const t = startTimer(newTimer(20), 0)
    expect(timerPhase(t, 15 * MIN - 1)).toBe('running')
    expect(timerPhase(t, 15 * MIN)).toBe('warning')
    expect(timerPhase(t, 20 * MIN)).toBe('warning')
  })

  it('keeps counting into overtime instead of stopping', () => {
    const t = startTimer(newTimer(10), 0)
    expect(timerPhase(t, 10 * MIN + 1)).toBe('overtime')
    expect(remainingMs(t, 12 * MIN + 13_000)).toBe(-(2 * MIN + 13_000))
    expect(formatClock(remainingMs(t, 12 * MIN + 13_000))).toBe('+02:13')
  })

  it('survives a pause and a restart (state, not a running timer)', () => {
    let t = startTimer(newTimer(10), 0)
    t = pauseTimer(t, 2 * MIN)
    expect(elapsedMs(t, 50 * MIN)).toBe(2 * MIN)
    const persisted = JSON.parse(JSON.stringify(t))
    const resumed = startTimer(persisted, 60 * MIN)
    expect(elapsedMs(resumed, 61 * MIN)).toBe(3 * MIN)
  })

  it('formats the clock as a person reads it', () => {
    expect(formatClock(20 * MIN)).toBe('20:00')
    expect(formatClock(59_001)).toBe('01:00')
    expect(formatClock(59_000)).toBe('00:59')
    expect(formatClock(0)).toBe('00:00')
    expect(formatClock(-1_500)).toBe('+00:01')
    expect(formatClock(75 * MIN)).toBe('1:15:00')
  })
})

describe('the clock as a screen reader hears it', () => {
  const t = { suggestedMs: 15 * 60_000, elapsedMs: 0, runningSince: 0 }
  const at = (ms: number) => timerAnnouncement(t, ms)
  it('says nothing before the start, then changes only at milestones', () => {
    expect(timerAnnouncement({ ...t, runningSince: null }, 0)).toBe('')
    expect(at(1_000)).toBe('15 minutes left')
    // The same text for every second of a five-minute stretch: no announcement each second.
    const texts = new Set(Array.from({ length: 240 }, (_, s) => at(1_000 + s * 1000)))
    expect(texts).toEqual(new Set(['15 minutes left']))
    expect(at(5 * 60_000 + 1)).toBe('10 minutes left')
    expect(at(10 * 60_000 + 1)).toBe('5 minutes left')
    expect(at(14 * 60_000 + 30_000)).toBe('1 minute left')
    expect(at(15 * 60_000 + 1)).toMatch(/Time is up/)
    expect(at(20 * 60_000 + 1)).toBe('5 minutes over time')
  })
})
