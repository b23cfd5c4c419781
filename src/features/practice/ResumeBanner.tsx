import { useEffect, useState } from 'react'
import { Link, useLocation } from 'wouter'
import type { Attempt } from '../../core/attempts/attempt'
import { elapsedMs, formatDuration } from '../../core/session/timer'
import { clearDraft, loadDraft } from '../../storage/attempts'

/** Offers to resume (or discard) the attempt left unfinished by a reload, crash or closed tab. */
export function ResumeBanner() {
  const [location] = useLocation()
  const [draft, setDraft] = useState<Attempt | null>(null)
  useEffect(() => {
    if (location.startsWith('/problem/')) return setDraft(null)
    let live = true
    void loadDraft().then((d) => live && setDraft(d), () => undefined)
    return () => {
      live = false
    }
  }, [location])
  if (!draft) return null
  const used = elapsedMs(draft.timer, Math.max(draft.updatedAt, draft.timer.runningSince ?? 0))
  const discard = async () => {
    if (!window.confirm(`Discard your unfinished answer to “${draft.problemTitle}”? Its strokes will be lost.`)) return
    await clearDraft()
    setDraft(null)
  }
  return (
    <div className="resume-banner" role="region" aria-label="Unfinished attempt">
      <span>
        You have an unfinished answer to <strong>{draft.problemTitle}</strong> ({draft.ink.strokes.length} strokes,{' '}
        {formatDuration(used)} on the clock).
      </span>
      <Link href={`/problem/${draft.problemId}/resume`} className="button-link">
        Resume
      </Link>
      <button type="button" onClick={() => void discard()}>
        Discard
      </button>
    </div>
  )
}
