// Asking the interviewer during Clarify: the candidate types a question (or
// picks a common one); the problem's clarifications answer it, or "that isn't
// specified; state your assumption". Every question is kept on the attempt
// (core/clarify/ask.ts).
import { useState } from 'react'
import type { Attempt } from '../../core/attempts/schema'
import { askQuestion, COMMON_QUESTIONS, repliesOf } from '../../core/clarify/ask'
import type { Problem } from '../../core/problems/schema'

export function AskInterviewer({ problem, attempt, onChange }: { problem: Problem; attempt: Attempt; onChange: (a: Attempt) => void }) {
  const [text, setText] = useState('')
  const replies = repliesOf(attempt)
  const ask = (q: string) => {
    const r = askQuestion(attempt, problem.clarifications, q, Date.now())
    if (!r) return
    onChange(r.attempt)
    setText('')
  }
  return (
    <section className="ask-interviewer" aria-label="Ask the interviewer">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          ask(text)
        }}
      >
        <label>
          Ask the interviewer{' '}
          <input value={text} onChange={(e) => setText(e.target.value)} list="common-questions" maxLength={500} placeholder="Can the input be empty?" />
        </label>
        <datalist id="common-questions">
          {COMMON_QUESTIONS.map((q) => (
            <option key={q} value={q} />
          ))}
        </datalist>{' '}
        <button type="submit" disabled={!/\S/.test(text)}>
          Ask
        </button>
      </form>
      {replies.length ? (
        <ol className="ask-replies" aria-live="polite" data-testid="ask-replies">
          {replies.map((r, i) => (
            <li key={i}>
              <span className="ask-q">{r.asked}</span> — <span className="ask-a">{r.answer}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  )
}
