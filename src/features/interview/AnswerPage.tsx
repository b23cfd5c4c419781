// One answer for its whole life (#/answer/<id>): answering while it is
// unfinished, the review once it is done: the talk figures, the notes, a
// self-check against the question's structure and pitfalls, a rating that
// decides when the question comes back, and notes on how it went.
import { useEffect, useMemo, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { createAutosaver } from '../../core/attempts/autosave'
import { answerLengthMs, lengthVerdict, missingQuestion, resolveQuestion, selfCheckTally, toggleStep, togglePitfall, type AnswerableQuestion } from '../../core/interview/answering'
import type { AnswerRecord } from '../../core/interview/records'
import { ANSWER_RATING_LEVELS, questionSchedule } from '../../core/interview/schedule'
import { formatDuration } from '../../core/session/timer'
import { answerTalkOf } from '../../core/interview/figures'
import { answersStore, deleteAnswer, ownQuestionsStore } from '../../storage/interview'
import { AnswerSession, targetText } from '../../ui/interview/AnswerSession'
import { useDeck } from '../../ui/interview/useDeck'
import { useRecords } from '../../ui/interview/useRecords'
import { useStoredRecord } from '../../ui/interview/useStoredRecord'
import { RecordingPlayers } from '../../ui/interview/VoiceControls'
import { useRecordingPlayback } from '../../ui/useRecordingPlayback'
import { useStartAnswer } from './DeckPage'
import './interview.css'

/** The time of a change (called from event handlers, never while rendering). */
const wallClock = () => Date.now()

export function AnswerPage({ id }: { id: string }) {
  const [state, setAnswer] = useStoredRecord(answersStore, id, 'This answer')
  const loaded = useDeck()
  const own = useRecords(ownQuestionsStore)
  if (state.status === 'missing') return <p role="alert">{state.message}</p>
  if (state.status === 'loading' || !loaded || !own.values) return <p role="status">Opening the answer…</p>
  const a = state.value
  const question = resolveQuestion(a, loaded.deck.questions, own.values) ?? missingQuestion(a)
  return a.status === 'in-progress' ? (
    <AnswerSession key={a.id} question={question} answer={a} onFinished={setAnswer} />
  ) : (
    <AnswerReview key={a.id} question={question} initial={a} />
  )
}

function AnswerReview({ question, initial }: { question: AnswerableQuestion; initial: AnswerRecord }) {
  const [a, setA] = useState(initial)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [saver] = useState(() => createAutosaver<AnswerRecord>((v) => answersStore.put(v), { maxDelayMs: 600, onError: (e) => setSaveError((e as Error).message), onSaved: () => setSaveError(null) }))
  useEffect(() => () => void saver.flush(), [saver])
  const [start] = useStartAnswer()
  const [, navigate] = useLocation()
  const change = (patch: Partial<AnswerRecord>, now = false) => {
    const next = { ...a, ...patch, updatedAt: wallClock() }
    setA(next)
    saver.schedule(next)
    if (now) void saver.flush()
  }
  // The recording played back; its talk figures are measured once (from the energy the recorder kept) and stored on the answer.
  const playback = useRecordingPlayback(a.recordingId)
  useEffect(() => {
    if (playback.status !== 'ready' || a.talk?.speakingMs !== undefined) return
    const talk = answerTalkOf(playback.recordings, answerLengthMs(a, a.updatedAt))
    if (talk.speakingMs !== undefined || !a.talk) change({ talk }, true)
    // Measured when the recording is loaded; later edits (ratings, notes) do not change it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playback])
  const length = answerLengthMs(a, a.updatedAt)
  const verdict = lengthVerdict(length, a.target)
  const tally = selfCheckTally(question, a.selfCheck)
  const comesBack = useMemo(() => questionSchedule([a]).get(a.questionId)?.dueAt, [a])

  const remove = async () => {
    if (!window.confirm(a.recordingId ? 'Delete this answer (its notes and its recording)?' : 'Delete this answer (and its notes)?')) return
    try {
      saver.cancel()
      await deleteAnswer(a.id)
      navigate(`/questions/${a.questionId}`)
    } catch (e) {
      setSaveError((e as Error).message)
    }
  }

  return (
    <div className="answer-review">
      <p className="muted">
        <Link href="/questions">Questions</Link> · <Link href={`/questions/${a.questionId}`}>this question</Link> · answered {new Date(a.startedAt).toLocaleString()}
      </p>
      <h1>{a.questionText}</h1>
      {saveError ? <p role="alert" className="error-banner">{saveError}</p> : null}
      <div className="review-panes">
        <section className="pane" aria-labelledby="figures-h">
          <h2 id="figures-h">How it sounded</h2>
          <dl className="talk-figures" data-testid="talk-figures">
            <dt>Length</dt>
            <dd>
              {formatDuration(length)} <span className={`verdict-${verdict}`}>({verdict === 'on-target' ? 'on target' : `too ${verdict}`})</span>, target{' '}
              {targetText(a.target)}
            </dd>
            <dt>Thinking time used</dt>
            <dd>{formatDuration(a.thinking.elapsedMs)}</dd>
            {a.talk?.firstWordMs !== undefined ? (
              <>
                <dt>First word after</dt>
                <dd>{formatDuration(a.talk.firstWordMs)}</dd>
              </>
            ) : null}
            {a.talk?.speakingMs !== undefined ? (
              <>
                <dt>Speaking</dt>
                <dd>{Math.round((100 * a.talk.speakingMs) / Math.max(1, a.talk.lengthMs))}% of the answer</dd>
              </>
            ) : null}
            {a.talk?.longestSilenceMs !== undefined ? (
              <>
                <dt>Longest silence</dt>
                <dd>{formatDuration(a.talk.longestSilenceMs)}</dd>
              </>
            ) : null}
            {a.talk?.longSilences !== undefined ? (
              <>
                <dt>Silences of 3 s or more</dt>
                <dd>{a.talk.longSilences}</dd>
              </>
            ) : null}
            {a.talk?.burstsPerMinute !== undefined ? (
              <>
                <dt>Speaking rate</dt>
                <dd>{a.talk.burstsPerMinute.toFixed(1)} phrases a minute</dd>
              </>
            ) : null}
          </dl>
          {a.recordingId === null ? <p className="muted small">This answer was not recorded (the microphone was off, or could not record).</p> : null}
          <RecordingPlayers playback={playback} label="Your answer, as you said it" />
        </section>
        <section className="pane" aria-labelledby="notes-h">
          <h2 id="notes-h">Your notes</h2>
          {a.notes ? <pre className="answer-notes-text">{a.notes}</pre> : null}
          {a.notesRead ? <pre className="answer-notes-text" aria-label="Hand-written notes as read">{a.notesRead}</pre> : null}
          {!a.notes && !a.notesRead ? <p className="muted">{a.notesInk?.strokes.length ? 'Hand-written notes, not read.' : 'No notes.'}</p> : null}
        </section>
      </div>
      <section className="pane" aria-labelledby="check-h">
        <h2 id="check-h">Self-check</h2>
        <fieldset>
          <legend>
            Which steps did you cover? ({tally.covered} of {tally.steps})
          </legend>
          {question.steps.map((s) => (
            <label key={s.id} className="check-row">
              <input type="checkbox" checked={a.selfCheck?.covered.includes(s.id) ?? false} onChange={() => change({ selfCheck: toggleStep(a.selfCheck, s.id) }, true)} />{' '}
              <strong>{s.label}</strong>
              {s.prompt ? <span className="muted">: {s.prompt}</span> : null}
            </label>
          ))}
        </fieldset>
        {question.pitfalls.length ? (
          <fieldset>
            <legend>Which pitfalls did you fall into? ({tally.pitfalls})</legend>
            {question.pitfalls.map((p, i) => (
              <label key={p} className="check-row">
                <input type="checkbox" checked={a.selfCheck?.pitfalls.includes(i) ?? false} onChange={() => change({ selfCheck: togglePitfall(a.selfCheck, i) }, true)} /> {p}
              </label>
            ))}
          </fieldset>
        ) : null}
        <fieldset>
          <legend>How well did it go?</legend>
          {ANSWER_RATING_LEVELS.map((label, i) => (
            <label key={label} className="check-row">
              <input type="radio" name="answer-rating" checked={a.rating === i + 1} onChange={() => change({ rating: (i + 1) as 1 | 2 | 3 | 4 }, true)} /> {i + 1}. {label}
            </label>
          ))}
        </fieldset>
        <p data-testid="comes-back" role="status">
          {comesBack ? `This question comes back on ${new Date(comesBack).toLocaleDateString()}.` : ''}
        </p>
        <label className="reflection">
          Notes on this answer
          <textarea rows={3} value={a.reflection} onChange={(e) => change({ reflection: e.target.value })} />
        </label>
      </section>
      {question.example ? (
        <section className="pane" aria-labelledby="ex-h">
          <h2 id="ex-h">An example answer, to compare</h2>
          <blockquote className="example-answer">{question.example}</blockquote>
        </section>
      ) : null}
      <p className="review-actions">
        <button type="button" className="primary" onClick={() => void start(question)}>
          Answer it again
        </button>{' '}
        <button type="button" onClick={() => void remove()}>
          Delete this answer
        </button>
      </p>
    </div>
  )
}
