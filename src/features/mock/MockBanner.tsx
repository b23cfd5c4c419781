import { Link, useLocation } from 'wouter'
import { useEffect, useState } from 'react'
import { STAGE_LABELS } from '../../core/mock/plan'
import type { MockSession } from '../../core/mock/schema'
import { mockStore } from '../../storage/interview'

/**
 * App-wide: a mock interview in progress, with the way back to it (from a
 * stage's board or review, or anywhere else). Hidden on the mock's own screens.
 */
export function MockBanner() {
  const [location] = useLocation()
  const [open, setOpen] = useState<MockSession | null>(null)
  const hidden = location.startsWith('/mock')
  useEffect(() => {
    if (hidden) return
    let live = true
    mockStore.list().then(
      ({ values }) => live && setOpen(values.filter((s) => s.status === 'in-progress').sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null),
      () => live && setOpen(null),
    )
    return () => {
      live = false
    }
  }, [location, hidden])
  if (hidden || !open) return null
  const stage = open.stages[open.current]
  return (
    <div className="resume-banner" role="region" aria-label="Mock interview in progress">
      <span>
        A mock interview is in progress{stage ? `, at “${STAGE_LABELS[stage.kind]}”` : ''}.
      </span>
      <Link href={`/mock/${open.id}`} className="button-link">
        Back to the mock interview
      </Link>
    </div>
  )
}
