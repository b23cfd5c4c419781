// Two attempts of the same problem side by side: handwriting, transcript,
// timeline and rating, and the differences between the two transcripts.
import { useMemo } from 'react'
import { Link } from 'wouter'
import type { Attempt } from '../../core/attempts/schema'
import { buildTimeline } from '../../core/review/timeline'
import { RATING_CRITERIA } from '../../core/review/rating'
import { elapsedMs, formatDuration } from '../../core/session/timer'
import { CodeEditor } from '../../ui/CodeEditor'
import { languageLabel } from '../../core/languages'
import { DiffView } from './DiffView'
import { InkView } from './InkView'
import { TimelineBar } from './Replay'
import { readStoredTestRun } from '../../core/review/testRun'
import { useAttempt } from '../../ui/useAttempt'
import './review.css'

const when = (a: Attempt) => new Date(a.startedAt).toLocaleString()

function Column({ attempt, name }: { attempt: Attempt; name: string }) {
  const timeline = useMemo(() => buildTimeline(attempt), [attempt])
  const used = elapsedMs(attempt.timer, attempt.endedAt ?? attempt.updatedAt)
  const run = readStoredTestRun(attempt.testRun)
  return (
    <section className="pane" aria-label={`${name}: ${when(attempt)}`}>
      <h2>
        <Link href={`/attempt/${attempt.id}`}>{name}</Link> <span className="muted small">{when(attempt)}</span>
      </h2>
      <ul className="compare-facts">
        <li>
          {formatDuration(used)} used of {formatDuration(attempt.timer.suggestedMs)} · {languageLabel(attempt.language)}
        </li>
        <li>Outcome: {attempt.outcome}</li>
        <li>
          Rating:{' '}
          {attempt.rating
            ? RATING_CRITERIA.map((c) => `${c.label} ${attempt.rating?.[c.key] ?? '–'}`).join(', ')
            : 'not rated'}
        </li>
        {run ? (
          <li>
            Tests: {run.result.passed} of {run.result.total} passed
          </li>
        ) : null}
        <li>Hints: {attempt.hintsRevealed.length}</li>
      </ul>
      {attempt.ink.strokes.length ? <InkView ink={attempt.ink} label={`Handwriting of ${name}`} /> : <p className="muted">Nothing was written.</p>}
      <h3>Transcript</h3>
      <CodeEditor value={attempt.transcript?.edited ?? ''} language={attempt.language} readOnly ariaLabel={`Transcript of ${name}`} />
      <h3>Timeline</h3>
      <TimelineBar timeline={timeline} />
      {attempt.rating?.notes ? (
        <>
          <h3>Notes</h3>
          <p className="notes">{attempt.rating.notes}</p>
        </>
      ) : null}
    </section>
  )
}

export function ComparePage({ a, b }: { a: string; b: string }) {
  const [sa] = useAttempt(a)
  const [sb] = useAttempt(b)
  if (sa.status === 'loading' || sb.status === 'loading') return <p role="status">Opening the attempts…</p>
  if (sa.status === 'missing') return <p role="alert">First attempt: {sa.message}</p>
  if (sb.status === 'missing') return <p role="alert">Second attempt: {sb.message}</p>
  // Older on the left, so the diff reads as "what changed since".
  const [left, right] = sa.attempt.startedAt <= sb.attempt.startedAt ? [sa.attempt, sb.attempt] : [sb.attempt, sa.attempt]
  return (
    <div className="compare">
      <h1>Compare attempts: {left.problemTitle}</h1>
      {left.problemId !== right.problemId ? (
        <p role="alert" className="error-banner">
          These are attempts at different problems ({left.problemTitle} and {right.problemTitle}).
        </p>
      ) : null}
      <div className="compare-cols">
        <Column attempt={left} name="Earlier attempt" />
        <Column attempt={right} name="Later attempt" />
      </div>
      <section className="pane compare-diff" aria-labelledby="compare-diff-h">
        <h2 id="compare-diff-h">What changed between the two transcripts</h2>
        <DiffView
          a={left.transcript?.edited ?? ''}
          b={right.transcript?.edited ?? ''}
          aName="the earlier attempt"
          bName="the later attempt"
          label="Differences between the earlier and the later transcript"
        />
      </section>
    </div>
  )
}
