// The review's changes to an attempt (transcript edits, ratings, notes, test
// runs) and their saving: one autosaver holds the newest state and writes it
// at most half a second behind, at once for a score or a test run, and when
// the page hides or the review closes. "Saved" means nothing is waiting.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Attempt } from '../../core/attempts/schema'
import { createAttemptAutosaver, flushOnPageHide } from '../../storage/autosave'

export type SaveState = { state: 'saved' | 'saving' } | { state: 'error'; message: string }

export interface AttemptEdits {
  save: SaveState
  /** The attempt as last changed (for handlers that must not wait for a render). */
  current(): Attempt
  /** Applies a change; `now` writes it at once (a score, a test run) rather than after the pause in typing. */
  change(update: (a: Attempt) => Attempt, opts?: { now?: boolean }): void
}

/** Half a second: a burst of typing becomes one write, never more than this behind. */
const TYPING_DELAY_MS = 500

export function useAttemptEdits(attempt: Attempt, onChange: (a: Attempt) => void): AttemptEdits {
  const latest = useRef(attempt)
  const [save, setSave] = useState<SaveState>({ state: 'saved' })
  const [autosaver] = useState(() =>
    createAttemptAutosaver({
      maxDelayMs: TYPING_DELAY_MS,
      onIdle: () => setSave({ state: 'saved' }),
      onError: (e) => setSave({ state: 'error', message: (e as Error).message }),
    }),
  )
  useEffect(() => {
    const off = flushOnPageHide(autosaver)
    return () => {
      off()
      void autosaver.flush()
    }
  }, [autosaver])

  const change = useCallback(
    (update: (a: Attempt) => Attempt, opts: { now?: boolean } = {}) => {
      const next = update(latest.current)
      latest.current = next
      onChange(next)
      setSave({ state: 'saving' })
      autosaver.schedule(next)
      if (opts.now) void autosaver.flush()
    },
    [autosaver, onChange],
  )
  const current = useCallback(() => latest.current, [])
  return { save, current, change }
}
