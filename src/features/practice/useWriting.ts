// The life of an unfinished attempt on the board: this tab claims it (one tab
// writes an attempt at a time), autosave keeps the store at most a second
// behind the pen and flushes when the page hides, leaving the board pauses
// the clock, and another tab taking it over stops this one from saving.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Attempt } from '../../core/attempts/schema'
import { clockAtLastSave, pauseAttempt, resumeAttempt } from '../../core/session/attemptSession'
import { claimAttempt, type AttemptClaim } from '../../storage/attemptLock'
import { loadAttempt } from '../../storage/attempts'
import { createAttemptAutosaver, flushOnPageHide } from '../../storage/autosave'

/** Who writes this attempt: this tab, another tab, or nobody yet. */
export type Ownership = 'claiming' | 'held' | 'elsewhere' | 'lost'

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

// A claim can meet the previous page's claim still being released (a reload,
// React's double mount in development): look again once before saying "elsewhere".
const RECLAIM_DELAY_MS = 300

export function useWriting(initial: Attempt): Writing {
  // The clock waits for the board (loading it is not the candidate's time).
  const [attempt, setAttempt] = useState(() => clockAtLastSave(initial))
  const ref = useRef(attempt)
  const [ownership, setOwnership] = useState<Ownership>('claiming')
  const [generation, setGeneration] = useState(0)
  const [saveError, setSaveError] = useState<string | null>(null)
  const claimRef = useRef<AttemptClaim | null>(null)
  const [autosaver] = useState(() =>
    createAttemptAutosaver({
      canWrite: () => claimRef.current !== null,
      onError: (e) => setSaveError((e as Error).message),
      onSaved: () => setSaveError(null),
    }),
  )

  /** Schedules the attempt with its clock as of now (what a reopened page resumes from). */
  const scheduleAsOfNow = useCallback(() => {
    const a = ref.current
    if (claimRef.current && a.status === 'in-progress') autosaver.schedule({ ...a, updatedAt: Date.now() })
  }, [autosaver])

  const set = useCallback((next: Attempt) => {
    ref.current = next
    setAttempt(next)
  }, [])

  const update = useCallback(
    (next: Attempt) => {
      set(next)
      if (next.status === 'in-progress' && claimRef.current) autosaver.schedule(next)
    },
    [autosaver, set],
  )

  const hold = useCallback(
    (claim: AttemptClaim) => {
      claimRef.current = claim
      setOwnership('held')
      // The attempt is stored from the moment it is open here (a new one from Start).
      autosaver.schedule(ref.current)
      void autosaver.flush()
      void claim.lost.then(() => {
        if (claimRef.current !== claim) return
        claimRef.current = null
        autosaver.cancel()
        setOwnership('lost')
      })
    },
    [autosaver],
  )

  const id = initial.id
  useEffect(() => {
    let live = true
    void (async () => {
      let claim = await claimAttempt(id)
      if (!claim && live) {
        await new Promise((r) => setTimeout(r, RECLAIM_DELAY_MS))
        if (live) claim = await claimAttempt(id)
      }
      if (!live) return claim?.release()
      if (claim) hold(claim)
      else setOwnership('elsewhere')
    })()
    // Hidden or closing: write the clock as of now, so a reopened tab resumes from here.
    const offPageHide = flushOnPageHide(autosaver, () => scheduleAsOfNow())
    return () => {
      live = false
      offPageHide()
      const claim = claimRef.current
      if (!claim) return
      // Leaving the board: the clock stops where it stands; the claim goes once that is written.
      const a = ref.current
      if (a.status === 'in-progress') autosaver.schedule(pauseAttempt(a, Date.now()))
      void autosaver.flush().finally(() => {
        if (claimRef.current === claim) claimRef.current = null
        claim.release()
      })
    }
  }, [id, autosaver, hold, scheduleAsOfNow])

  const takeOver = useCallback(async () => {
    const claim = await claimAttempt(id, { takeOver: true })
    if (!claim) return
    // The other tab saved when it was hidden; carry on from what it wrote.
    const stored = await loadAttempt(id).catch(() => null)
    if (stored?.status === 'in-progress') set(clockAtLastSave(stored))
    setGeneration((g) => g + 1)
    hold(claim)
  }, [id, hold, set])

  const stopAutosave = useCallback(async () => {
    await autosaver.flush()
    autosaver.cancel()
  }, [autosaver])

  const boardReady = useCallback(() => {
    const a = ref.current
    if (a.status === 'in-progress' && a.timer.runningSince === null) update(resumeAttempt(a, Date.now()))
  }, [update])

  const current = useCallback(() => ref.current, [])

  const saveNow = useCallback(async () => {
    scheduleAsOfNow()
    await autosaver.flush()
  }, [autosaver, scheduleAsOfNow])

  return { attempt, update, current, ownership, takeOver, generation, saveError, stopAutosave, boardReady, saveNow }
}
