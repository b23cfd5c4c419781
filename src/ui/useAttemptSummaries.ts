import { useEffect, useState } from 'react'
import type { AttemptSummary } from '../core/attempts/schema'
import { listAttemptSummaries } from '../storage/attempts'

/** The stored attempts' summaries (null while loading, [] when the store cannot be read), reloaded when `refresh` changes. */
export function useAttemptSummaries(refresh: unknown = 0): AttemptSummary[] | null {
  const [summaries, setSummaries] = useState<AttemptSummary[] | null>(null)
  useEffect(() => {
    let live = true
    listAttemptSummaries().then(
      (s) => live && setSummaries(s),
      () => live && setSummaries([]),
    )
    return () => {
      live = false
    }
  }, [refresh])
  return summaries
}
