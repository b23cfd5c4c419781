import { useEffect, useState } from 'react'
import type { AttemptSummary } from '../core/attempts/schema'
import { listAttemptSummaries } from '../storage/attempts'
import { subscribeAttemptsChanged } from '../storage/changes'

/**
 * The stored attempts' summaries (null while loading, [] when the store cannot
 * be read), reloaded when `refresh` changes and after every stored change (in
 * this tab or another).
 */
export function useAttemptSummaries(refresh: unknown = 0): AttemptSummary[] | null {
  const [summaries, setSummaries] = useState<AttemptSummary[] | null>(null)
  useEffect(() => {
    let live = true
    // Reads may finish out of order; only the latest one's answer is shown.
    let latest = 0
    const load = () => {
      const n = ++latest
      listAttemptSummaries().then(
        (s) => live && n === latest && setSummaries(s),
        () => live && n === latest && setSummaries([]),
      )
    }
    load()
    const off = subscribeAttemptsChanged(load)
    return () => {
      live = false
      off()
    }
  }, [refresh])
  return summaries
}
