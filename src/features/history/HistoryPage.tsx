import { useEffect, useState } from 'react'
import { Link } from 'wouter'
import type { AttemptSummary } from '../../core/attempts/attempt'
import type { RestoreIssue } from '../../core/attempts/restore'
import { formatDuration } from '../../core/session/timer'
import { listAttemptSummariesChecked } from '../../storage/attempts'
import { langLabel } from '../library/ProblemStatement'

/** Every stored attempt, newest first. Reads summaries only, so it opens fast. */
export function HistoryPage() {
  const [data, setData] = useState<{ summaries: AttemptSummary[]; issues: RestoreIssue[] } | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    listAttemptSummariesChecked().then(setData, (e: Error) => setError(e.message))
  }, [])
  if (error) return <p role="alert">The attempt store could not be opened: {error}</p>
  if (!data) return <p role="status">Loading your attempts…</p>
  return (
    <div className="history">
      <h1>History</h1>
      {data.issues.length ? (
        <div role="alert" className="error-banner">
          {data.issues.length} stored record{data.issues.length === 1 ? '' : 's'} could not be read and {data.issues.length === 1 ? 'is' : 'are'} left
          untouched: {data.issues.slice(0, 3).map((i) => `${i.key} (${i.field || 'record'}: ${i.message})`).join('; ')}
        </div>
      ) : null}
      {data.summaries.length === 0 ? (
        <p>
          No attempts yet. <Link href="/">Pick a problem</Link> and write your first answer.
        </p>
      ) : (
        <ol className="history-list" aria-label="Attempts, newest first">
          {data.summaries.map((s) => (
            <li key={s.id}>
              <Link href={`/attempt/${s.id}`}>{s.problemTitle}</Link>
              <span className="muted">
                {' '}
                {new Date(s.startedAt).toLocaleString()} · {langLabel(s.language)} · {formatDuration(s.elapsedMs)} of{' '}
                {formatDuration(s.suggestedMs)} · {s.outcome}
              </span>
              {s.transcriptPreview ? <pre className="history-preview">{s.transcriptPreview}</pre> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
