// The life of an unfinished attempt on the board, on the one pattern every
// unfinished record follows (ui/useSavedRecord): this tab claims it, autosave
// keeps the store at most a second behind the pen and flushes when the page
// hides, leaving the board pauses the clock, and another tab taking it over
// stops this one from saving. What is the board's own: the clock waits for the
// board to take ink, and Done writes the finished attempt itself.
import { useCallback } from 'react'
import type { Attempt } from '../../core/attempts/schema'
import { clockAtLastSave, pauseAttempt, resumeAttempt } from '../../core/session/attemptSession'
import { loadAttempt, saveAttempt, saveUnfinishedAttempt } from '../../storage/attempts'
import { useSavedRecord, type Ownership, type RecordRules } from '../../ui/useSavedRecord'

export type { Ownership } from '../../ui/useSavedRecord'

export interface Writing {
  attempt: Attempt
  /** Changes the attempt; saved within a second while this tab holds it. */
  update(next: Attempt): void
  /** The attempt as it is now (for callbacks that must not wait for a render). */
  current(): Attempt
  ownership: Ownership
  /** Moves the attempt to this tab from the one that has it; the board reloads what that tab saved. */
  takeOver(): Promise<void>
  /** Bumped when the attempt was reloaded from the store (the board remounts on it). */
  generation: number
  /** The last save's error, in words, or null. */
  saveError: string | null
  /** Writes what is pending and stops autosave (before the finished attempt is saved). */
  stopAutosave(): Promise<void>
  /** The board takes ink: the clock runs from now. */
  boardReady(): void
  /** Writes the attempt as it is now (before the app reloads itself for a new version). */
  saveNow(): Promise<void>
}

const isOpen = (a: Attempt) => a.status === 'in-progress'

const attemptRules: RecordRules<Attempt> = {
  // An unfinished attempt is never written over a finished one (another tab's Done).
  save: async (a) => {
    if (isOpen(a)) await saveUnfinishedAttempt(a)
    else await saveAttempt(a)
  },
  isOpen,
  atLastSave: clockAtLastSave,
  resume: resumeAttempt,
  pause: pauseAttempt,
  stamp: (a, now) => ({ ...a, updatedAt: now }),
  // Another tab's copy, if it is still being written there.
  load: async (id) => {
    const stored = await loadAttempt(id)
    return stored && isOpen(stored) ? stored : null
  },
  // Done writes the finished attempt itself.
  autosaves: isOpen,
  // The clock waits for the board (loading it is not the candidate's time): boardReady.
  resumesOnClaim: false,
}

export function useWriting(initial: Attempt): Writing {
  const rec = useSavedRecord(initial, attemptRules)
  const { update, current } = rec
  const boardReady = useCallback(() => {
    const a = current()
    if (isOpen(a) && a.timer.runningSince === null) update(resumeAttempt(a, Date.now()))
  }, [current, update])
  return {
    attempt: rec.value,
    update,
    current,
    ownership: rec.ownership,
    takeOver: rec.takeOver,
    generation: rec.generation,
    saveError: rec.saveError,
    stopAutosave: rec.stop,
    boardReady,
    saveNow: rec.saveNow,
  }
}
