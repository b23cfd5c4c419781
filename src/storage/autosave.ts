// Autosave of the unfinished attempt into the drafts store, flushed when the
// page is hidden or left (the last moments a closing tab gets).
import type { Attempt } from '../core/attempts/attempt'
import { createAutosaver, type Autosaver, type AutosaverOptions } from '../core/attempts/autosave'
import { saveDraft } from './attempts'

export type { Autosaver } from '../core/attempts/autosave'

/** An autosaver writing drafts (saveDraft), at most `maxDelayMs` (default 1 s) behind. */
export function createDraftAutosaver(opts: AutosaverOptions = {}): Autosaver<Attempt> {
  return createAutosaver(saveDraft, { maxDelayMs: 1000, ...opts })
}

/** Flushes on pagehide and when the page becomes hidden. Returns the unsubscribe function (call it on unmount). */
export function flushOnPageHide(autosaver: Pick<Autosaver<unknown>, 'flush'>): () => void {
  const flush = () => void autosaver.flush()
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
