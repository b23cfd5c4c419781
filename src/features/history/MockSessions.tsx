// History's list of mock interviews: each one session with its parts (the
// attempts and answers it linked), leading to its report or back into it.
// Nothing shows until there is one.
import { useEffect, useState } from 'react'
import { Link } from 'wouter'
import { STAGE_LABELS } from '../../core/mock/plan'
import type { MockSummary } from '../../core/mock/schema'
import { summarizeSession } from '../../core/mock/session'
import { formatDuration } from '../../core/session/timer'
import { mockStore } from '../../storage/interview'

export function MockSessions() {
  const [sessions, setSessions] = useState<MockSummary[]>([])
  useEffect(() => {
    let live = true
    mockStore.list().then(
      ({ values }) => live && setSessions(values.map((s) => summarizeSession(s)).sort((a, b) => b.createdAt - a.createdAt)),
      () => undefined, // History's own list says when the device's storage cannot be read
    )
    return () => {
      live = false
    }
  }, [])
  if (!sessions.length) return null
  return (
    <section aria-labelledby="history-mock-title" className="history-mock">
      <h2 id="history-mock-title">Mock interviews</h2>
      <ol aria-label="Mock interviews">
        {sessions.map((s) => (
          <li key={s.id}>
            <Link href={`/mock/${s.id}`}>
              {new Date(s.createdAt).toLocaleString()}, {s.presetMinutes} minutes
            </Link>{' '}
            <span className="muted">
              {s.status === 'finished'
                ? `report: ${formatDuration(s.usedMs)} of ${formatDuration(s.plannedMs)}`
                : `in progress, at “${STAGE_LABELS[s.stages[s.current]?.kind ?? 'coding']}”`}{' '}
              · {s.stages.map((st) => `${STAGE_LABELS[st.kind]}${st.attemptIds.length + st.answerIds.length ? ` (${st.attemptIds.length + st.answerIds.length})` : ''}`).join(', ')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
