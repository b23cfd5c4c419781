import { Link, useLocation } from 'wouter'
import { unfinishedAttempts } from '../../core/attempts/unfinished'
import { formatClock } from '../../core/session/timer'
import { useAttemptSummaries } from '../../ui/useAttemptSummaries'

// Screens that show unfinished answers themselves (the board, the problem page, History).
const SHOWS_ITS_OWN = /^\/(attempt|problem|history)\b/

/** App-wide: how many answers are unfinished, with the way back to them. */
export function UnfinishedBanner() {
  const [location] = useLocation()
  const summaries = useAttemptSummaries(location)
  if (SHOWS_ITS_OWN.test(location) || !summaries) return null
  const unfinished = unfinishedAttempts(summaries)
  const [first] = unfinished
  if (!first) return null
  return (
    <div className="resume-banner" role="region" aria-label="Unfinished answers">
      {unfinished.length === 1 ? (
        <>
          <span>
            You have an unfinished answer to <strong>{first.problemTitle}</strong> ({first.strokeCount} strokes, {formatClock(first.elapsedMs)} on
            the clock).
          </span>
          <Link href={`/attempt/${first.id}`} className="button-link">
            Resume
          </Link>
        </>
      ) : (
        <span>
          You have {unfinished.length} unfinished answers, the latest to <strong>{first.problemTitle}</strong>.
        </span>
      )}
      <Link href="/history" className="button-link">
        {unfinished.length === 1 ? 'See it in History' : 'See them in History'}
      </Link>
    </div>
  )
}
