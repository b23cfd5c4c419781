// Autosave of an unfinished attempt into the attempts store (the one write
// path), flushed when the page is hidden or left (the last moments a closing
// tab gets).
import type { Attempt } from '../core/attempts/schema'
import { createAutosaver, type Autosaver, type AutosaverOptions } from '../core/attempts/autosave'
import { saveAttempt, saveUnfinishedAttempt } from './attempts'

export type { Autosaver } from '../core/attempts/autosave'

/** An autosaver writing attempts (an unfinished one never over a finished one), at most `maxDelayMs` (default 1 s) behind. `canWrite` false skips writes (another tab took the attempt). */
export function createAttemptAutosaver(opts: AutosaverOptions & { canWrite?: () => boolean } = {}): Autosaver<Attempt> {
  const { canWrite = () => true, ...rest } = opts
  return createAutosaver(async (a: Attempt) => {
    if (!canWrite()) return
    if (a.status === 'in-progress') await saveUnfinishedAttempt(a)
    else await saveAttempt(a)
  }, { maxDelayMs: 1000, ...rest })
}

/**
 * Flushes on pagehide and when the page becomes hidden; `prepare` runs first
 * (e.g. to schedule the state as of now). Returns the unsubscribe function.
 */
export function flushOnPageHide(autosaver: Pick<Autosaver<unknown>, 'flush'>, prepare?: () => void): () => void {
  const flush = () => {
    prepare?.()
    void autosaver.flush()
  }
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush()
  }
  window.addEventListener('pagehide', flush)
  document.addEventListener('visibilitychange', onVisibility)
  return () => {
    window.removeEventListener('pagehide', flush)
    document.removeEventListener('visibilitychange', onVisibility)
  }
}
