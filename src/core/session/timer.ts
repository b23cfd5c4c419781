// The interview clock: a countdown that warns in its last minutes and keeps
// counting into overtime rather than cutting the candidate off. Pure state +
// functions of `now`, so it survives reloads (persist the state, not a timer).

import type { z } from 'zod'
import type { timerSchema } from '../attempts/schema'

/**
 * suggestedMs; elapsedMs, the time on the clock before the current run began;
 * runningSince, epoch ms when the clock was last started (null while paused or
 * stopped). Its shape is the attempt record's (core/attempts/schema.ts).
 */
export type TimerState = z.infer<typeof timerSchema>

export type TimerPhase = 'ready' | 'running' | 'warning' | 'overtime'

export const WARNING_MS = 5 * 60_000

export function newTimer(suggestedMinutes: number): TimerState {
  return { suggestedMs: Math.round(suggestedMinutes * 60_000), elapsedMs: 0, runningSince: null }
}

export function startTimer(t: TimerState, now: number): TimerState {
  return t.runningSince === null ? { ...t, runningSince: now } : t
}

export function pauseTimer(t: TimerState, now: number): TimerState {
  return t.runningSince === null ? t : { ...t, elapsedMs: elapsedMs(t, now), runningSince: null }
}

export function elapsedMs(t: TimerState, now: number): number {
  return t.elapsedMs + (t.runningSince === null ? 0 : Math.max(0, now - t.runningSince))
}

/** Negative once in overtime. */
export function remainingMs(t: TimerState, now: number): number {
  return t.suggestedMs - elapsedMs(t, now)
}

export function timerPhase(t: TimerState, now: number): TimerPhase {
  const used = elapsedMs(t, now)
  if (used === 0 && t.runningSince === null) return 'ready'
  const left = t.suggestedMs - used
  if (left < 0) return 'overtime'
  if (left <= WARNING_MS) return 'warning'
  return 'running'
}

/** "14:05" counting down; "+02:13" in overtime. Hours appear only when needed. */
export function formatClock(ms: number): string {
  const over = ms < 0
  const total = Math.floor(Math.abs(ms) / 1000) + (over ? 0 : Math.abs(ms) % 1000 > 0 ? 1 : 0)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const mm = h > 0 ? `${h}:${String(m).padStart(2, '0')}` : String(m).padStart(2, '0')
  return `${over ? '+' : ''}${mm}:${String(s).padStart(2, '0')}`
}

/** Short human duration for lists: "12 min", "1 h 05 min", "40 s". */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000)
  if (s < 60) return `${s} s`
  const m = Math.round(s / 60)
  if (m < 60) return `${m} min`
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`
}

/**
 * What a screen reader is told about the clock (a polite live region): it
 * changes only at milestones, never every second: every 5 minutes while
 * running, every minute in the last 5, when time is up, then every 5 minutes
 * of overtime. Empty before the start.
 */
export function timerAnnouncement(t: TimerState, now: number): string {
  const phase = timerPhase(t, now)
  const left = remainingMs(t, now)
  const min = (n: number) => `${n} minute${n === 1 ? '' : 's'}`
  switch (phase) {
    case 'ready':
      return ''
    case 'running':
      return `${min(Math.ceil(left / (5 * 60_000)) * 5)} left`
    case 'warning':
      return `${min(Math.max(1, Math.ceil(left / 60_000)))} left`
    case 'overtime': {
      const over = Math.floor(-left / (5 * 60_000)) * 5
      return over === 0 ? 'Time is up; the clock goes on into overtime' : `${min(over)} over time`
    }
  }
}
