import { useEffect, useState } from 'react'
import { useLocation } from 'wouter'
import { onPersistenceResult, type PersistResult } from '../../storage/persistence'
import './settings.css'

const DISMISSED = 'inkterview.persistence-notice-dismissed'

/**
 * One line after the first save when the browser did not grant persistent
 * storage: why it matters and what to do. Mount it once (e.g. in the app shell).
 */
export function PersistenceNotice() {
  const [result, setResult] = useState<PersistResult | null>(null)
  const [dismissed, setDismissed] = useState(() => {
    try {
      return localStorage.getItem(DISMISSED) === '1'
    } catch {
      return false
    }
  })
  useEffect(() => onPersistenceResult(setResult), [])
  const [location] = useLocation()
  // Never on an attempt's screen: the first save happens as the candidate starts
  // writing, and a line appearing above the board would move it under the pen.
  // It waits for the next screen.
  if (dismissed || !result || result.persisted || location.startsWith('/attempt/')) return null
  const dismiss = () => {
    setDismissed(true)
    try {
      localStorage.setItem(DISMISSED, '1')
    } catch {
      /* private mode: dismissed for this page only */
    }
  }
  return (
    <div role="status" className="persistence-notice">
      <span>{result.message}</span>{' '}
      <a href="#/settings">Settings</a>{' '}
      <button type="button" onClick={dismiss}>
        OK
      </button>
    </div>
  )
}
