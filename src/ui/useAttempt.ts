import { useEffect, useState } from 'react'
import type { Attempt } from '../../core/attempts/attempt'
import { loadAttemptChecked } from '../../storage/attempts'

export type AttemptState =
  | { status: 'loading' }
  | { status: 'ready'; attempt: Attempt }
  | { status: 'missing'; message: string }

export function useAttempt(id: string): [AttemptState, (a: Attempt) => void] {
  const [state, setState] = useState<AttemptState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    loadAttemptChecked(id).then(
      ({ attempt, issues }) => {
        if (!live) return
        if (attempt) setState({ status: 'ready', attempt })
        else
          setState({
            status: 'missing',
            message: issues.length
              ? `This attempt is stored but could not be read (${issues.map((i) => `${i.field || 'record'}: ${i.message}`).join('; ')}). It has not been changed or deleted.`
              : 'There is no such attempt on this device.',
          })
      },
      (e: Error) => live && setState({ status: 'missing', message: `Could not open the attempt store: ${e.message}` }),
    )
    return () => {
      live = false
    }
  }, [id])
  return [state, (attempt) => setState({ status: 'ready', attempt })]
}
