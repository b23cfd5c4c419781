// One question: what the interviewer wants to learn, the structure to follow
// with this question's prompts, the pitfalls, an example answer for a junior
// (shown on request), the stories that cover it, and the candidate's answers.
import { useMemo, useState } from 'react'
import { Link } from 'wouter'
import { answerLengthMs, ownToQuestion, type AnswerableQuestion } from '../../core/interview/answering'
import { STRUCTURES } from '../../core/interview/deck'
import { questionSchedule } from '../../core/interview/schedule'
import { formatDuration } from '../../core/session/timer'
import { answersStore, ownQuestionsStore, storiesStore } from '../../storage/interview'
import { useDeck } from '../../ui/interview/useDeck'
import { useRecords } from '../../ui/interview/useRecords'
import { targetText } from '../../ui/interview/AnswerSession'
import { useStartAnswer } from './DeckPage'
import './interview.css'

export function QuestionPage({ id }: { id: string }) {
  const loaded = useDeck()
  const own = useRecords(ownQuestionsStore)
  const answers = useRecords(answersStore)
  const stories = useRecords(storiesStore)
  const [start, startError] = useStartAnswer()
  const [showExample, setShowExample] = useState(false)
  const [now] = useState(() => Date.now())
  const mine = useMemo(() => (answers.values ?? []).filter((a) => a.questionId === id).sort((a, b) => b.startedAt - a.startedAt), [answers.values, id])
  const due = useMemo(() => questionSchedule(mine).get(id), [mine, id])

  if (!loaded || !own.values || !answers.values || !stories.values) return <p role="status">Loading the question…</p>
  const deckQ = loaded.deck.questions.find((q) => q.id === id)
  const ownQ = own.values.find((q) => q.id === id)
  const q: AnswerableQuestion | null = deckQ ? { ...deckQ, source: 'deck' } : ownQ ? ownToQuestion(ownQ) : null
  if (!q) return <p role="alert">There is no question “{id}” in the deck or among your own questions.</p>
  const group = loaded.deck.groups.find((g) => g.id === q.group)
  const yourStories = stories.values.filter((s) => s.covers.includes(id))
  const exampleStories = loaded.deck.stories.filter((s) => s.covers.includes(id))

  return (
    <div className="question-page">
      <p className="muted">
        <Link href="/questions">Questions</Link> · {q.source === 'own' ? 'your own question' : group?.title}
      </p>
      <h1>{q.question}</h1>
      <div className="question-actions">
        <button type="button" className="primary" onClick={() => void start(q)}>
          Answer it aloud
        </button>
        <span className="muted">
          Target length {targetText({ minMs: q.targetMs.min, maxMs: q.targetMs.max })}
          {due ? ` · comes back ${due.dueAt <= now ? 'now' : `on ${new Date(due.dueAt).toLocaleDateString()}`}` : ''}
        </span>
        {ownQ ? (
          <button
            type="button"
            onClick={() => {
              if (window.confirm('Delete this question? Your answers to it are kept.')) void ownQuestionsStore.remove(ownQ.id).then(() => history.back())
            }}
          >
            Delete this question
          </button>
        ) : null}
      </div>
      {startError ? <p role="alert" className="error-banner">{startError}</p> : null}
      {q.wants ? (
        <section className="pane" aria-labelledby="wants-h">
          <h2 id="wants-h">What the interviewer wants to learn</h2>
          <p>{q.wants}</p>
        </section>
      ) : null}
      <section className="pane" aria-labelledby="structure-h">
        <h2 id="structure-h">Structure: {STRUCTURES[q.structure].label}</h2>
        <ol className="structure-steps">
          {q.steps.map((s) => (
            <li key={s.id}>
              <strong>{s.label}</strong>
              {s.prompt ? `: ${s.prompt}` : ''}
            </li>
          ))}
        </ol>
      </section>
      {q.pitfalls.length ? (
        <section className="pane" aria-labelledby="pitfalls-h">
          <h2 id="pitfalls-h">Pitfalls</h2>
          <ul>
            {q.pitfalls.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {q.example ? (
        <section className="pane" aria-labelledby="example-h">
          <h2 id="example-h">An example answer, for a junior</h2>
          {showExample ? (
            <blockquote className="example-answer">{q.example}</blockquote>
          ) : (
            <button type="button" className="link-button" onClick={() => setShowExample(true)}>
              Show the example answer (try yours first)
            </button>
          )}
          {q.followUps.length && showExample ? (
            <p className="muted">Follow-ups to expect: {q.followUps.join(' ')}</p>
          ) : null}
        </section>
      ) : null}
      <section className="pane" aria-labelledby="stories-h">
        <h2 id="stories-h">Stories for this question</h2>
        {yourStories.length ? (
          <ul aria-label="Your stories that cover this question">
            {yourStories.map((s) => (
              <li key={s.id}>
                <Link href={`/stories#${s.id}`}>{s.title || 'Untitled story'}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            None of <Link href="/stories">your stories</Link> covers it yet.
          </p>
        )}
        {exampleStories.length ? <p className="muted small">Example stories that fit: {exampleStories.map((s) => s.title).join('; ')}.</p> : null}
      </section>
      <section className="pane" aria-labelledby="answers-h">
        <h2 id="answers-h">Your answers</h2>
        {mine.length === 0 ? (
          <p className="muted">Not answered yet.</p>
        ) : (
          <ol className="history-list" aria-label="Your answers to this question, newest first">
            {mine.map((a) => (
              <li key={a.id}>
                <Link href={`/answer/${a.id}`}>{new Date(a.startedAt).toLocaleString()}</Link>{' '}
                <span className="muted">
                  {a.status === 'in-progress' ? 'unfinished' : `${formatDuration(answerLengthMs(a, a.updatedAt))} · ${a.rating ? `rated ${a.rating} of 4` : 'not rated'}`}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  )
}
