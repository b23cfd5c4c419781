import { useEffect, useState } from 'react'
import { applyUpdate, subscribeUpdate } from './updates'

/** One line when a new version is ready; Reload saves the attempt in progress first. */
export function UpdatePrompt() {
  const [ready, setReady] = useState(false)
  const [busy, setBusy] = useState(false)
  useEffect(() => subscribeUpdate(setReady), [])
  if (!ready) return null
  return (
    <div className="update-prompt" role="status">
      <span>A new version is ready —</span>{' '}
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true)
          void applyUpdate()
        }}
      >
        {busy ? 'Saving…' : 'reload'}
      </button>
    </div>
  )
}
