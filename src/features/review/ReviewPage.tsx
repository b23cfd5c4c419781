// Review of one attempt: the handwriting, the transcript to correct, and the
// reference answer, side by side.
import { useEffect, useMemo, useRef, useState } from 'react'
import { Link } from 'wouter'
import type { Attempt } from '../../core/attempts/attempt'
import { editTranscript, transcriptFromReading } from '../../core/session/attemptSession'
import { elapsedMs, formatDuration } from '../../core/session/timer'
import { identifiersOf } from '../../core/problems/schema'
import { patchAttempt } from '../../storage/attempts'
import { CodeEditor } from '../../ui/CodeEditor'
import { langLabel } from '../library/ProblemStatement'
import { recogniser } from '../practice/ocrService'
import { ReferenceAnswer } from '../practice/ReferenceAnswer'
import { useProblem } from '../practice/useProblem'
import { useAttempt } from './useAttempt'
import './review.css'

export function ReviewPage({ id }: { id: string }) {
  const [state, setAttempt] = useAttempt(id)
  if (state.status === 'loading') return <p role="status">Opening the attempt…</p>
  if (state.status === 'missing') return <p role="alert">{state.message}</p>
  return <Review key={id} attempt={state.attempt} onChange={setAttempt} />
}

type SaveState = 'saved' | 'saving' | 'error'

function Review({ attempt, onChange }: { attempt: Attempt; onChange: (a: Attempt) => void }) {
  const problemState = useProblem(attempt.problemId)
  const problem = problemState.status === 'ready' ? problemState.problem : null
  const [save, setSave] = useState<{ state: SaveState; message?: string }>({ state: 'saved' })
  const [reading, setReading] = useState<number | null>(null)
  const latest = useRef(attempt)
  latest.current = attempt
  const timer = useRef(0)

  const imageUrl = useMemo(() => (attempt.image ? URL.createObjectURL(attempt.image) : null), [attempt.image])
  useEffect(() => () => void (imageUrl && URL.revokeObjectURL(imageUrl)), [imageUrl])

  const store = async (a: Attempt) => {
    setSave({ state: 'saving' })
    try {
      await patchAttempt(a.id, { transcript: a.transcript, updatedAt: a.updatedAt })
      setSave({ state: 'saved' })
    } catch (e) {
      setSave({ state: 'error', message: (e as Error).message })
    }
  }

  // Edits are saved half a second after the last keystroke, and when leaving.
  const onEdit = (text: string) => {
    const next = editTranscript(latest.current, text, Date.now())
    onChange(next)
    setSave({ state: 'saving' })
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void store(next), 500)
  }
  useEffect(
    () => () => {
      if (timer.current) {
        window.clearTimeout(timer.current)
        void store(latest.current)
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )

  const readAgain = async () => {
    setReading(0)
    try {
      const t = await recogniser().recognise(attempt.ink, {
        language: attempt.language,
        identifiers: problem ? identifiersOf(problem) : [],
        onProgress: (f) => setReading(f),
      })
      const next: Attempt = {
        ...attempt,
        transcript: transcriptFromReading(t),
        updatedAt: Date.now(),
      }
      onChange(next)
      await store(next)
    } catch (e) {
      setSave({ state: 'error', message: `Reading failed: ${(e as Error).message}` })
    } finally {
      setReading(null)
    }
  }

  const used = elapsedMs(attempt.timer, attempt.endedAt ?? Date.now())
  const text = attempt.transcript?.edited ?? ''
  return (
    <div className="review">
      <header className="review-head">
        <h1>{attempt.problemTitle}</h1>
        <p className="muted">
          {new Date(attempt.startedAt).toLocaleString()} · {langLabel(attempt.language)} · {formatDuration(used)} used of{' '}
          {formatDuration(attempt.timer.suggestedMs)}
          {used > attempt.timer.suggestedMs ? ' (overtime)' : ''} · {attempt.hintsRevealed.length} hint
          {attempt.hintsRevealed.length === 1 ? '' : 's'}
        </p>
        <p>
          <Link href={`/problem/${attempt.problemId}`}>Try this problem again</Link>
        </p>
      </header>
      <div className="review-panes">
        <section className="pane" aria-label="Handwriting">
          <h2>Handwriting</h2>
          {imageUrl ? (
            <img src={imageUrl} alt={`Your handwritten answer (${attempt.ink.strokes.length} strokes)`} className="handwriting" />
          ) : (
            <p className="muted">Nothing was written.</p>
          )}
        </section>
        <section className="pane" aria-label="Transcript">
          <h2>
            Transcript <span className={`save-state save-${save.state}`} role="status">{save.state === 'saving' ? 'Saving…' : save.state === 'saved' ? 'Saved' : 'Not saved'}</span>
          </h2>
          {save.state === 'error' ? <p role="alert" className="error-banner">{save.message}</p> : null}
          {attempt.transcript ? (
            <>
              <p className="muted">Correct what the OCR misread; the original reading is kept.</p>
              <CodeEditor value={text} language={attempt.language} onChange={onEdit} ariaLabel="Transcript of your answer" />
            </>
          ) : (
            <p className="muted">No transcript yet.</p>
          )}
          {attempt.ink.strokes.length ? (
            <button type="button" onClick={() => void readAgain()} disabled={reading !== null}>
              {reading !== null ? `Reading… ${Math.round(reading * 100)}%` : attempt.transcript ? 'Read the handwriting again' : 'Read the handwriting'}
            </button>
          ) : null}
        </section>
        <section className="pane" aria-label="Reference">
          {problem ? <ReferenceAnswer problem={problem} language={attempt.language} /> : <p className="muted">The problem “{attempt.problemId}” is not in this version of the bank.</p>}
        </section>
      </div>
    </div>
  )
}
