import { useCallback, useEffect, useState } from 'react'
import type { RecordStore } from '../../storage/interview'

export type StoredRecord<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'missing'; message: string }

/**
 * One interview record read through its gate for a screen (an answer, a mock
 * interview), with a setter for what the screen changes it to. `what` names it
 * in messages: "This answer", "This mock interview".
 */
export function useStoredRecord<T extends { id: string }>(store: RecordStore<T>, id: string, what: string): [StoredRecord<T>, (value: T) => void] {
  const [state, setState] = useState<StoredRecord<T>>({ status: 'loading' })
  useEffect(() => {
    let live = true
    store.get(id).then(
      ({ value, issues }) => {
        if (!live) return
        if (value) setState({ status: 'ready', value })
        else
          setState({
            status: 'missing',
            message: issues.length
              ? `${what} is stored but could not be read (${issues.map((i) => `${i.field || 'record'}: ${i.message}`).join('; ')}). It has not been changed or deleted.`
              : `${what} is not on this device.`,
          })
      },
      (e: Error) => live && setState({ status: 'missing', message: `Could not open the store: ${e.message}` }),
    )
    return () => {
      live = false
    }
  }, [store, id, what])
  const set = useCallback((value: T) => setState({ status: 'ready', value }), [])
  return [state, set]
}
