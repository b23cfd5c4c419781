// The life of an unfinished record on a screen (the board's attempt, an answer
// being spoken, a mock interview running): this tab claims it (one tab writes a record at a time), autosave keeps the
// store at most a second behind and flushes when the page hides, the clocks
// stand at the last save on opening and run once the screen is ready, and
// leaving the screen stops them where they stand.
import { useCallback, useEffect, useRef, useState } from 'react'
import { createAutosaver } from '../core/attempts/autosave'
import { claimAttempt, heldAhead, takeClaimAhead, type AttemptClaim } from '../storage/attemptLock'
import { flushOnPageHide } from '../storage/autosave'

export type Ownership = 'claiming' | 'held' | 'elsewhere' | 'lost'

export interface RecordRules<T> {
  save(value: T): Promise<void>
  /** Still being written (autosaved, clocks running)? */
  isOpen(value: T): boolean
  /** Clocks where they stood at the last save (time away not counted), waiting. */
  atLastSave(value: T): T
  resume(value: T, now: number): T
  pause(value: T, now: number): T
  /** The value as of now, for a save when the page hides (its clocks keep running). */
  stamp(value: T, now: number): T
  /** The stored value, read again when this tab takes the record over from another (null: keep this tab's). */
  load?(id: string): Promise<T | null>
  /** Is this value written by autosave? Default: every value (the board writes its finished attempt itself). */
  autosaves?(value: T): boolean
  /** Do the clocks run once the record is claimed? Default true; false: the screen resumes them when it is ready. */
  resumesOnClaim?: boolean
}

export interface SavedRecord<T> {
  value: T
  /** Changes the record; saved within a second while this tab holds it. */
  update(next: T): void
  current(): T
  ownership: Ownership
  takeOver(): Promise<void>
  saveError: string | null
  /** Writes what is pending now (before moving on). */
  flush(): Promise<boolean>
  /** Writes what is pending and stops autosave (before the screen saves the record its own way). */
  stop(): Promise<void>
  /** Writes the record as of now, clocks included (before the app reloads itself). */
  saveNow(): Promise<void>
  /** Bumped when the record was read again from the store (a take-over): screens remount on it. */
  generation: number
}

const RECLAIM_DELAY_MS = 300

export function useSavedRecord<T extends { id: string }>(initial: T, rules: RecordRules<T>): SavedRecord<T> {
  // The rules are fixed for the record's life on this screen.
  const [r] = useState(rules)
  const [value, setValue] = useState(() => rules.atLastSave(initial))
  const ref = useRef(value)
  // Claimed ahead (Start pressed) and already held: no "Opening…" in between.
  const [ownership, setOwnership] = useState<Ownership>(() => (heldAhead(initial.id) ? 'held' : 'claiming'))
  const [generation, setGeneration] = useState(0)
  const [saveError, setSaveError] = useState<string | null>(null)
  const claimRef = useRef<AttemptClaim | null>(null)
  const [autosaver] = useState(() =>
    createAutosaver<T>(
      async (v) => {
        if (claimRef.current) await rules.save(v)
      },
      { maxDelayMs: 1000, onError: (e) => setSaveError((e as Error).message), onSaved: () => setSaveError(null) },
    ),
  )

  const set = useCallback((next: T) => {
    ref.current = next
    setValue(next)
  }, [])

  const update = useCallback(
    (next: T) => {
      set(next)
      if (claimRef.current && (r.autosaves?.(next) ?? true)) autosaver.schedule(next)
    },
    [autosaver, set, r],
  )
  /** Schedules the record as of now, if it is still being written (what a reopened page resumes from). */
  const scheduleAsOfNow = useCallback(() => {
    const v = ref.current
    if (claimRef.current && r.isOpen(v)) autosaver.schedule(r.stamp(v, Date.now()))
  }, [autosaver, r])

  const hold = useCallback(
    (claim: AttemptClaim) => {
      claimRef.current = claim
      setOwnership('held')
      const v = ref.current
      // The record is stored from the moment it is open here (a new one included).
      if (r.resumesOnClaim === false) autosaver.schedule(v)
      else update(r.isOpen(v) ? r.resume(v, Date.now()) : v)
      void autosaver.flush()
      void claim.lost.then(() => {
        if (claimRef.current !== claim) return
        claimRef.current = null
        autosaver.cancel()
        setOwnership('lost')
      })
    },
    [autosaver, update, r],
  )

  const id = initial.id
  useEffect(() => {
    let live = true
    void (async () => {
      let claim = await (takeClaimAhead(id) ?? claimAttempt(id))
      if (!claim && live) {
        await new Promise((r) => setTimeout(r, RECLAIM_DELAY_MS))
        if (live) claim = await claimAttempt(id)
      }
      if (!live) return claim?.release()
      if (claim) hold(claim)
      else setOwnership('elsewhere')
    })()
    // Hidden or closing: write the clocks as of now, so a reopened tab resumes from here.
    const offPageHide = flushOnPageHide(autosaver, scheduleAsOfNow)
    return () => {
      live = false
      offPageHide()
      const claim = claimRef.current
      if (!claim) return
      const v = ref.current
      if (r.isOpen(v)) autosaver.schedule(r.pause(v, Date.now()))
      void autosaver.flush().finally(() => {
        if (claimRef.current === claim) claimRef.current = null
        claim.release()
      })
    }
  }, [id, autosaver, hold, r, scheduleAsOfNow])

  const takeOver = useCallback(async () => {
    const claim = await claimAttempt(id, { takeOver: true })
    if (!claim) return
    // The other tab saved when it was hidden; carry on from what it wrote.
    const stored = await r.load?.(id).catch(() => null)
    if (stored) set(r.atLastSave(stored))
    setGeneration((g) => g + 1)
    hold(claim)
  }, [id, hold, set, r])

  const flush = useCallback(() => autosaver.flush(), [autosaver])
  const stop = useCallback(async () => {
    await autosaver.flush()
    autosaver.cancel()
  }, [autosaver])
  const saveNow = useCallback(async () => {
    scheduleAsOfNow()
    await autosaver.flush()
  }, [autosaver, scheduleAsOfNow])
  const current = useCallback(() => ref.current, [])

  return { value, update, current, ownership, takeOver, saveError, flush, stop, saveNow, generation }
}
