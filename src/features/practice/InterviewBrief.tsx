// Interview mode: the problem as an interviewer states it, briefly; the
// details the candidate has found out by asking appear under it, and the full
// statement is one click away (noted on the attempt when the clock runs).
import type { Attempt } from '../../core/attempts/schema'
import { revealedDetails } from '../../core/clarify/ask'

export function InterviewBrief({ title, brief, attempt, onShowAll }: { title: string; brief: string; attempt?: Attempt; onShowAll: () => void }) {
  const details = attempt ? revealedDetails(attempt) : []
  return (
    <section aria-label="The problem, as the interviewer states it" data-testid="interview-brief">
      <h2>{title}</h2>
      <p>{brief}</p>
      <p className="muted small">Interview mode: the details are yours to ask for (Clarify, on the board).</p>
      {details.length ? (
        <>
          <h3>What you found out by asking</h3>
          <ul data-testid="revealed-details">
            {details.map((d) => (
              <li key={d.answer}>
                <span className="muted">{d.question}</span> {d.answer}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" className="link-button" onClick={onShowAll}>
        Show the full statement
      </button>
    </section>
  )
}
