// Review of one attempt, like a coach would: the handwriting linked line by
// line to the transcript (with OCR's doubtful words marked), the reference
// answer, the differences between them, a replay of the writing with its
// timeline, the self-assessment and the tests.
import { useEffect, useMemo, useRef, useState } from 'react'
import { Link, useLocation } from 'wouter'
import type { Attempt, AttemptRating, AttemptSummary, StoredTestRun } from '../../core/attempts/schema'
import { languageLabel } from '../../core/languages'
import { identifiersOf, type Lang } from '../../core/problems/schema'
import { outcomeFromRating, RATING_CRITERIA } from '../../core/review/rating'
import { editTranscript, transcriptFromReading } from '../../core/session/attemptSession'
import { elapsedMs, formatDuration } from '../../core/session/timer'
import { forgetReadingFailure, readingFailureOf, recogniser } from '../../services/recogniser'
import { listAttemptSummaries } from '../../storage/attempts'
import { CodeEditor } from '../../ui/CodeEditor'
import { ReferenceAnswer } from '../../ui/ReferenceAnswer'
import { useProblem } from '../../ui/useProblem'
import { DiffView } from './DiffView'
import { InkView } from './InkView'
import { Replay, type ReplayJump } from './Replay'
import { lineStartMs, timeInk } from '../../core/review/timeline'
import { SelfAssessment, type SelfAssessmentHandle } from './SelfAssessment'
import { TestsPanel } from './TestsPanel'
import { useAttemptEdits, type SaveState } from './useAttemptEdits'
import { useInkLinks } from './useInkLinks'
import { PhaseReport } from './PhaseReport'
import { QuestionsAsked } from './QuestionsAsked'
import { TalkFigures } from './TalkFigures'
import { useVoice } from './useVoice'
import './review.css'

export function ReviewPage({ attempt, onChange }: { attempt: Attempt; onChange: (a: Attempt) => void }) {
  return <Review key={attempt.id} attempt={attempt} onChange={onChange} />
}

const saveText = (s: SaveState) => (s.state === 'saving' ? 'Saving…' : s.state === 'saved' ? 'Saved' : 'Not saved')

function Review({ attempt, onChange }: { attempt: Attempt; onChange: (a: Attempt) => void }) {
  const problemState = useProblem(attempt.problemId)
  const problem = problemState.status === 'ready' ? problemState.problem : null
  const edits = useAttemptEdits(attempt, onChange)
  const { save } = edits
  const [reading, setReading] = useState<number | null>(null)
  const [readingFailure, setReadingFailure] = useState(() => readingFailureOf(attempt.id))
  useEffect(() => forgetReadingFailure(attempt.id), [attempt.id])
  const assessment = useRef<SelfAssessmentHandle>(null)
  const text = attempt.transcript?.edited ?? ''
  // Jumping to a line (a line of ink tapped, the cursor put on a line of the transcript) takes the replay and its voice there.
  const timedInk = useMemo(() => timeInk(attempt.ink), [attempt.ink])
  const [jump, setJump] = useState<ReplayJump | null>(null)
  const strokesOf = useRef<(line: number) => readonly number[]>(() => [])
  const jumpToLine = (line: number) => {
    const at = lineStartMs(timedInk, strokesOf.current(line))
    if (at !== null) setJump((j) => ({ inkMs: at, seq: (j?.seq ?? 0) + 1 }))
  }
  const links = useInkLinks(attempt, text, jumpToLine)
  strokesOf.current = links.strokesOf
  // What the recordings said is kept on the attempt once measured.
  const voice = useVoice(attempt, (v) => edits.change((a) => ({ ...a, voice: v }), { now: true }))
  const voiceRecord = voice.status === 'ready' ? (voice.track.record ?? attempt.voice) : attempt.voice

  const imageUrl = useMemo(() => (attempt.image ? URL.createObjectURL(attempt.image) : null), [attempt.image])
  useEffect(() => () => void (imageUrl && URL.revokeObjectURL(imageUrl)), [imageUrl])

  const onEdit = (edited: string) => edits.change((a) => editTranscript(a, edited, Date.now()))

  const readAgain = async () => {
    setReading(0)
    setReadingFailure(null)
    try {
      const t = await recogniser().recognise(attempt.ink, {
        language: attempt.language,
        identifiers: problem ? identifiersOf(problem) : [],
        onProgress: (f) => setReading(f),
      })
      edits.change((a) => ({ ...a, transcript: transcriptFromReading(t), updatedAt: Date.now() }), { now: true })
    } catch (e) {
      setReadingFailure((e as Error).message)
    } finally {
      setReading(null)
    }
  }

  // A score is written at once; notes after the pause in typing.
  const rate = (rating: AttemptRating) => {
    const prev = edits.current().rating
    const notesOnly = RATING_CRITERIA.every((c) => rating[c.key] === prev?.[c.key])
    edits.change((a) => ({ ...a, rating, outcome: outcomeFromRating(rating), updatedAt: Date.now() }), { now: !notesOnly })
  }

  const storeRun = (testRun: StoredTestRun) => edits.change((a) => ({ ...a, testRun, updatedAt: Date.now() }), { now: true })

  const used = elapsedMs(attempt.timer, attempt.endedAt ?? attempt.updatedAt)
  const lang = attempt.language as Lang
  const reference = problem ? (problem.references[lang] ?? null) : null
  return (
    <div className="review">
      <header className="review-head">
        <h1>{attempt.problemTitle}</h1>
        <p className="muted">
          {new Date(attempt.startedAt).toLocaleString()} · {languageLabel(attempt.language)} · {formatDuration(used)} used of{' '}
          {formatDuration(attempt.timer.suggestedMs)}
          {used > attempt.timer.suggestedMs ? ' (overtime)' : ''} · {attempt.hintsRevealed.length} hint
          {attempt.hintsRevealed.length === 1 ? '' : 's'} · outcome: {attempt.outcome}
        </p>
        <div className="review-actions">
          <Link href={`/problem/${attempt.problemId}`}>Try this problem again</Link>
          {attempt.rating?.correctness === undefined ? (
            <button
              type="button"
              onClick={() => assessment.current?.focusFirst()}
            >
              Rate this attempt
            </button>
          ) : null}
          <CompareWith attempt={attempt} />
        </div>
      </header>
      <div className="review-panes">
        <section className="pane" aria-label="Handwriting">
          <h2>Handwriting</h2>
          {attempt.ink.strokes.length ? (
            <>
              <InkView
                ink={attempt.ink}
                label="Handwriting, linked to the transcript: each line of writing is a button; arrow keys move between lines, Enter goes to the line in the transcript"
                highlight={links.lit}
                groups={links.groups}
                onLineHover={links.onInkLineHover}
                onLineActivate={(line, keyboard) => {
                  links.activateInkLine(line, keyboard)
                  jumpToLine(line)
                }}
                className="linked-ink"
                testId="linked-ink"
              />
              <p className="muted small">
                {links.groups.length
                  ? 'Point at, tap or tab to a line of writing to find it in the transcript, and the other way round.'
                  : 'This transcript has no line positions, so its lines are not linked to the writing (read the handwriting again to link them).'}
              </p>
            </>
          ) : null}
          {imageUrl ? (
            <figure className="saved-image">
              <img src={imageUrl} alt={attempt.ink.strokes.length ? `Your handwritten answer (${attempt.ink.strokes.length} strokes)` : 'Your handwritten answer (a photo of paper)'} className="handwriting" />
              <figcaption className="muted small">The image as saved</figcaption>
            </figure>
          ) : attempt.ink.strokes.length ? null : (
            <p className="muted">Nothing was written.</p>
          )}
        </section>
        <section className="pane" aria-label="Transcript">
          <h2>
            Transcript <span className={`save-state save-${save.state}`} role="status">{saveText(save)}</span>
          </h2>
          {save.state === 'error' ? <p role="alert" className="error-banner">{save.message}</p> : null}
          {attempt.transcript ? (
            <>
              <p className="muted small">
                Correct what the OCR misread; the original reading is kept.
                {links.doubtCount ? ' Words the reading was unsure of are underlined: put the cursor in one to choose another reading.' : ''}
              </p>
              <CodeEditor
                key={links.readingKey}
                value={text}
                language={attempt.language}
                onChange={onEdit}
                ariaLabel="Transcript of your answer"
                extensions={links.extensions}
                onView={links.onView}
              />
              {links.doubt ? (
                <div className="doubt-picker" aria-live="polite" data-testid="doubt-picker">
                  <span>
                    Line {links.doubt.line + 1}: unsure of “{links.doubt.text}”.
                  </span>
                  {links.doubt.alternatives.map((alt) => (
                    <button key={alt} type="button" onClick={() => links.pickAlternative(links.doubt!, alt)}>
                      Use “{alt}”
                    </button>
                  ))}
                  <button type="button" onClick={links.dismissDoubt}>
                    Keep “{links.doubt.text}”
                  </button>
                </div>
              ) : null}
            </>
          ) : (
            <p className="muted">No transcript yet.</p>
          )}
          {attempt.transcript?.notice ? (
            <p role="status" className="muted">
              {attempt.transcript.notice}
            </p>
          ) : null}
          {readingFailure ? (
            <p role="alert" className="error-banner">
              Your answer is saved, but the handwriting could not be read: {readingFailure}
            </p>
          ) : null}
          {attempt.ink.strokes.length ? (
            <button type="button" onClick={() => void readAgain()} disabled={reading !== null}>
              {reading !== null ? `Reading… ${Math.round(reading * 100)}%` : attempt.transcript ? 'Read the handwriting again' : 'Read the handwriting'}
            </button>
          ) : null}
        </section>
        <section className="pane" aria-label="Reference">
          {problem ? (
            <ReferenceAnswer problem={problem} language={attempt.language} />
          ) : problemState.status === 'loading' ? (
            <p className="muted">Loading the reference…</p>
          ) : (
            <p className="muted">The problem “{attempt.problemId}” is not in this version of the bank.</p>
          )}
        </section>
      </div>
      <div className="review-more">
        <section className="pane" aria-labelledby="diff-h">
          <h2 id="diff-h">Your transcript against the reference</h2>
          {reference ? (
            <DiffView a={text} b={reference.code} aName="your transcript" bName="the reference" label="Differences between your transcript and the reference" />
          ) : (
            <p className="muted">{problem ? `There is no ${languageLabel(attempt.language)} reference to compare with.` : 'No reference to compare with.'}</p>
          )}
        </section>
        <section className="pane" aria-labelledby="replay-h">
          <h2 id="replay-h">{voice.status === 'ready' ? 'Replay of the writing and your voice' : 'Replay of the writing'}</h2>
          {voice.status === 'loading' ? (
            <p role="status" className="muted small">
              Looking for a recording…
            </p>
          ) : null}
          {voice.status === 'ready' ? (
            <p className="muted small" data-testid="recording-facts">
              Recorded: {voice.track.sessions.length} {voice.track.sessions.length === 1 ? 'recording' : 'recordings'},{' '}
              {Math.round(voice.track.sessions.reduce((n, s) => n + s.bytes, 0) / 1024)} KB. {voice.note}
            </p>
          ) : null}
          <Replay attempt={attempt} voice={voice.status === 'ready' ? voice.track : null} jump={jump} />
        </section>
        <section className="pane" aria-labelledby="phases-h">
          <h2 id="phases-h">Phases</h2>
          <PhaseReport attempt={attempt} />
        </section>
        <section className="pane" aria-labelledby="questions-h">
          <h2 id="questions-h">Clarifying questions</h2>
          <QuestionsAsked attempt={attempt} problem={problem} />
        </section>
        <section className="pane" aria-labelledby="rate-h">
          <h2 id="rate-h">
            How did it go? <span className={`save-state save-${save.state}`} aria-hidden="true">{saveText(save)}</span>
          </h2>
          {voiceRecord ? <TalkFigures voice={voiceRecord} /> : null}
          <SelfAssessment ref={assessment} rating={attempt.rating} onChange={rate} />
        </section>
        {problem && problem.languages.includes(lang) ? (
          <section className="pane" aria-labelledby="tests-h">
            <h2 id="tests-h">Tests</h2>
            <TestsPanel problem={problem} language={lang} code={text} stored={attempt.testRun} onRun={storeRun} />
          </section>
        ) : null}
      </div>
    </div>
  )
}

/** Other attempts of the same problem, to open side by side with this one. */
function CompareWith({ attempt }: { attempt: Attempt }) {
  const [others, setOthers] = useState<AttemptSummary[]>([])
  const [pick, setPick] = useState('')
  const [, navigate] = useLocation()
  useEffect(() => {
    let live = true
    listAttemptSummaries().then(
      (summaries) => {
        if (!live) return
        const same = summaries
          .filter((s) => s.problemId === attempt.problemId && s.id !== attempt.id && s.status === 'finished')
          .sort((a, b) => b.startedAt - a.startedAt)
        setOthers(same)
        setPick(same[0]?.id ?? '')
      },
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [attempt.id, attempt.problemId])
  if (!others.length) return null
  return (
    <form
      className="compare-with"
      onSubmit={(e) => {
        e.preventDefault()
        if (pick) navigate(`/compare/${pick}/${attempt.id}`)
      }}
    >
      <label>
        Compare with{' '}
        <select value={pick} onChange={(e) => setPick(e.target.value)}>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {new Date(o.startedAt).toLocaleString()} · {o.outcome}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit">Compare</button>
    </form>
  )
}
