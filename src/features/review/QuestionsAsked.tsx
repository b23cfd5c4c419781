// The clarifying questions asked during the attempt, and the important ones missed (core/clarify/ask.ts).
import type { Attempt } from '../../core/attempts/schema'
import { reviewQuestions } from '../../core/clarify/ask'
import type { Problem } from '../../core/problems/schema'
import { clock } from './Replay'

export function QuestionsAsked({ attempt, problem }: { attempt: Attempt; problem: Problem | null }) {
  const r = reviewQuestions(attempt, problem?.clarifications ?? [])
  return (
    <div data-testid="questions-asked">
      {r.asked.length ? (
        <ol className="questions-asked">
          {r.asked.map((q, i) => (
            <li key={i}>
              <span className="muted small">{clock(q.clockMs)}</span> {q.text} — <span className={q.answered ? undefined : 'muted'}>{q.answer}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">You asked no clarifying questions.</p>
      )}
      {r.importantTotal ? (
        <p>
          Important questions asked: <strong>{r.importantAsked}</strong> of {r.importantTotal}.
        </p>
      ) : null}
      {r.missed.length ? (
        <>
          <h3>Worth asking next time</h3>
          <ul className="questions-missed">
            {r.missed.map((m) => (
              <li key={m.question}>
                {m.question} <span className="muted">({m.answer})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
