// History's list of mock interviews: each one session with its parts (the
// attempts and answers it linked), leading to its report or back into it, and
// deleted (after a confirm) with its answers and recordings. Nothing shows
// until there is one.
import { useEffect, useState } from 'react'
import { Link } from 'wouter'
import { STAGE_LABELS } from '../../core/mock/plan'
import type { MockSummary } from '../../core/mock/schema'
import { summarizeSession } from '../../core/mock/session'
import { formatDuration } from '../../core/session/timer'
import { deleteMockSession, mockStore } from '../../storage/interview'
import { confirmDeleteMock } from '../../ui/interview/confirmDeleteMock'

export function MockSessions() {
  const [sessions, setSessions] = useState<MockSummary[]>([])
  const [note, setNote] = useState<string | null>(null)
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    let live = true
    mockStore.list().then(
      ({ values }) => live && setSessions(values.map((s) => summarizeSession(s)).sort((a, b) => b.createdAt - a.createdAt)),
      () => undefined, // History's own list says when the device's storage cannot be read
    )
    return () => {
      live = false
    }
  }, [generation])
  const remove = async (s: MockSummary) => {
    if (!confirmDeleteMock(s)) return
    try {
      const r = await deleteMockSession(s.id)
      setNote(r ? `Deleted the mock interview of ${new Date(s.createdAt).toLocaleString()}${r.answers ? ` and its ${r.answers === 1 ? 'answer' : `${r.answers} answers`}` : ''}.` : null)
    } catch (e) {
      setNote((e as Error).message)
    }
    setGeneration((g) => g + 1)
  }
  if (!sessions.length) return note ? <p role="status">{note}</p> : null
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
            </span>{' '}
            <button type="button" className="link-button" onClick={() => void remove(s)} aria-label={`Delete the mock interview of ${new Date(s.createdAt).toLocaleString()}`}>
              Delete
            </button>
          </li>
        ))}
      </ol>
      {note ? <p role="status">{note}</p> : null}
    </section>
  )
}
