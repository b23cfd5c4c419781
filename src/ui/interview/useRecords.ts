import { useCallback, useEffect, useState } from 'react'
import type { RestoreIssue } from '../../core/attempts/restore'
import type { RecordStore } from '../../storage/interview'

export interface RecordList<T> {
  /** null while loading. */
  values: T[] | null
  issues: RestoreIssue[]
  error: string | null
  reload(): Promise<void>
}

/** Every readable record of one interview store, reloadable after a change. */
export function useRecords<T extends { id: string }>(store: RecordStore<T>): RecordList<T> {
  const [values, setValues] = useState<T[] | null>(null)
  const [issues, setIssues] = useState<RestoreIssue[]>([])
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(async () => {
    try {
      const r = await store.list()
      setValues(r.values)
      setIssues(r.issues)
      setError(null)
    } catch (e) {
      setValues([])
      setError((e as Error).message)
    }
  }, [store])
  useEffect(() => {
    void reload()
  }, [reload])
  return { values, issues, error, reload }
}
