import { useEffect, useState } from 'react'
import { statusFromAttempts, type Status } from '../../core/problems/library'
import { listAttemptSummaries } from '../../storage/attempts'

export interface StatusesState {
  statusById: Record<string, Status>
  /** Set when attempts could not be read: every problem then shows as new. */
  error: string | null
  loaded: boolean
}

/** new / attempted / solved per problem id, from the stored attempt summaries. */
export function useProblemStatuses(): StatusesState {
  const [state, setState] = useState<StatusesState>({ statusById: {}, error: null, loaded: false })
  useEffect(() => {
    let live = true
    listAttemptSummaries().then(
      (summaries) => live && setState({ statusById: statusFromAttempts(summaries), error: null, loaded: true }),
      (e: unknown) => live && setState({ statusById: {}, error: e instanceof Error ? e.message : String(e), loaded: true }),
    )
    return () => {
      live = false
    }
  }, [])
  return state
}
