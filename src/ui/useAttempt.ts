import { useEffect, useState } from 'react'
import type { Attempt } from '../core/attempts/schema'
import { forgetHandedOver, handedOver } from '../services/openedAttempts'
import { loadAttemptChecked } from '../storage/attempts'

export type AttemptState =
  | { status: 'loading' }
  | { status: 'ready'; attempt: Attempt }
  | { status: 'missing'; message: string }

/**
 * One attempt by id: the one just started (handed over in memory) or the
 * stored one, through the restore gate. Mount it keyed by id.
 */
export function useAttempt(id: string): [AttemptState, (a: Attempt) => void] {
  const [state, setState] = useState<AttemptState>(() => {
    const handed = handedOver(id)
    return handed ? { status: 'ready', attempt: handed } : { status: 'loading' }
  })
  const loading = state.status === 'loading'
  useEffect(() => forgetHandedOver(id), [id])
  useEffect(() => {
    if (!loading) return
    let live = true
    loadAttemptChecked(id).then(
      ({ attempt, issues }) => {
        if (!live) return
        if (attempt) setState({ status: 'ready', attempt })
        else
          setState({
            status: 'missing',
            message: issues.length
              ? `This attempt is stored but could not be read (${issues.map((i) => `${i.field || 'record'}: ${i.message}`).join('; ')}). It has not been changed or deleted.`
              : 'There is no such attempt on this device. It may have been discarded or deleted.',
          })
      },
      (e: Error) => live && setState({ status: 'missing', message: `Could not open the attempt store: ${e.message}` }),
    )
    return () => {
      live = false
    }
  }, [id, loading])
  return [state, (attempt) => setState({ status: 'ready', attempt })]
}
