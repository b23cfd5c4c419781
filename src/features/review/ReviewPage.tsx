// Review of one attempt, like a coach would: the handwriting linked line by
// line to the transcript (with OCR's doubtful words marked), the reference
// answer, the differences between them, a replay of the writing with its
// timeline, the self-assessment and the tests.
import { useEffect, useMemo, useRef, useState } from 'react'
import { EditorView } from '@codemirror/view'
import { EditorSelection } from '@codemirror/state'
import { Link, useLocation } from 'wouter'
import type { Attempt, AttemptRating, AttemptSummary } from '../../core/attempts/attempt'
import { editTranscript, transcriptFromReading } from '../../core/session/attemptSession'
import { elapsedMs, formatDuration } from '../../core/session/timer'
import { identifiersOf, type Lang } from '../../core/problems/schema'
import { linkLines, readOcrLines, type DoubtMark } from '../../core/review/lines'
import { outcomeFromRating, RATING_CRITERIA } from '../../core/review/rating'
import { listAttemptSummariesChecked, patchAttempt } from '../../storage/attempts'
import { CodeEditor } from '../../ui/CodeEditor'
import { langLabel } from '../library/ProblemStatement'
import { recogniser, takeReadingFailure, takeReadingNotice } from '../practice/ocrService'
import { ReferenceAnswer } from '../practice/ReferenceAnswer'
import { useProblem } from '../practice/useProblem'
import { DiffView } from './DiffView'
import { reviewEditorExtensions, setLinkedLine, type ReviewEditorCallbacks } from './editorLinks'
import { InkView, type InkLineGroup } from './InkView'
import { Replay } from './Replay'
import { SelfAssessment } from './SelfAssessment'
import type { StoredTestRun } from '../../core/review/testRun'
import { TestsPanel } from './TestsPanel'
import { useAttempt } from './useAttempt'
import './review.css'

export function ReviewPage({ id }: { id: string }) {
  const [state, setAttempt] = useAttempt(id)
  if (state.status === 'loading') return <p role="status">Opening the attempt…</p>
  if (state.status === 'missing') return <p role="alert">{state.message}</p>
  return <Review key={id} attempt={state.attempt} onChange={setAttempt} />
}

type SaveState = 'saved' | 'saving' | 'error'

const saveText = (s: SaveState) => (s === 'saving' ? 'Saving…' : s === 'saved' ? 'Saved' : 'Not saved')

function Review({ attempt, onChange }: { attempt: Attempt; onChange: (a: Attempt) => void }) {
  const problemState = useProblem(attempt.problemId)
  const problem = problemState.status === 'ready' ? problemState.problem : null
  const [save, setSave] = useState<{ state: SaveState; message?: string }>({ state: 'saved' })
  const [reading, setReading] = useState<number | null>(null)
  const [readingFailure, setReadingFailure] = useState(() => takeReadingFailure(attempt.id))
  const [readingNotice, setReadingNotice] = useState(() => takeReadingNotice(attempt.id))
  const latest = useRef(attempt)
  latest.current = attempt
  const timer = useRef(0)
  const view = useRef<EditorView | null>(null)

  const imageUrl = useMemo(() => (attempt.image ? URL.createObjectURL(attempt.image) : null), [attempt.image])
  useEffect(() => () => void (imageUrl && URL.revokeObjectURL(imageUrl)), [imageUrl])

  // Patches are field by field (patchAttempt runs them in order), so a
  // transcript save and a rating save never overwrite each other.
  const persist = async (patch: Partial<Attempt>) => {
    setSave({ state: 'saving' })
    try {
      await patchAttempt(attempt.id, patch)
      // Not "Saved" while another change still waits for its pause in typing.
      if (!timer.current && !ratingTimer.current) setSave({ state: 'saved' })
    } catch (e) {
      setSave({ state: 'error', message: (e as Error).message })
    }
  }
  const storeTranscript = (a: Attempt) => persist({ transcript: a.transcript, updatedAt: a.updatedAt })

  // Edits are saved half a second after the last keystroke, and when leaving.
  const onEdit = (text: string) => {
    const next = editTranscript(latest.current, text, Date.now())
    latest.current = next
    onChange(next)
    setSave({ state: 'saving' })
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => {
      timer.current = 0
      void storeTranscript(next)
    }, 500)
  }
  const ratingTimer = useRef(0)
  const storeRating = (a: Attempt) => persist({ rating: a.rating, outcome: a.outcome, updatedAt: a.updatedAt })
  useEffect(
    () => () => {
      if (timer.current) {
        window.clearTimeout(timer.current)
        void storeTranscript(latest.current)
      }
      if (ratingTimer.current) {
        window.clearTimeout(ratingTimer.current)
        void storeRating(latest.current)
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )

  const readAgain = async () => {
    setReading(0)
    setReadingFailure(null)
    try {
      const t = await recogniser().recognise(attempt.ink, {
        language: attempt.language,
        identifiers: problem ? identifiersOf(problem) : [],
        onProgress: (f) => setReading(f),
      })
      setReadingNotice(t.notice ?? null)
      const next: Attempt = { ...latest.current, transcript: transcriptFromReading(t), updatedAt: Date.now() }
      latest.current = next
      onChange(next)
      await storeTranscript(next)
    } catch (e) {
      setReadingFailure((e as Error).message)
    } finally {
      setReading(null)
    }
  }

  const rate = (rating: AttemptRating) => {
    const prev = latest.current.rating
    const now = Date.now()
    const outcome = outcomeFromRating(rating)
    const next: Attempt = { ...latest.current, rating, outcome, updatedAt: now }
    latest.current = next
    onChange(next)
    // A score is stored at once; notes are stored after a pause in typing
    // (each save rewrites the whole record, ink and image included).
    window.clearTimeout(ratingTimer.current)
    const notesOnly = RATING_CRITERIA.every((c) => rating[c.key] === prev?.[c.key])
    if (notesOnly) {
      setSave({ state: 'saving' })
      ratingTimer.current = window.setTimeout(() => {
        ratingTimer.current = 0
        void storeRating(latest.current)
      }, 500)
    } else {
      ratingTimer.current = 0
      void storeRating(next)
    }
  }

  const storeRun = (testRun: StoredTestRun) => {
    const now = Date.now()
    const next: Attempt = { ...latest.current, testRun, updatedAt: now }
    latest.current = next
    onChange(next)
    void persist({ testRun, updatedAt: now })
  }

  // ---- transcript <-> ink links ----
  const text = attempt.transcript?.edited ?? ''
  const ocr = useMemo(() => readOcrLines(attempt.transcript?.lines), [attempt.transcript?.lines])
  const links = useMemo(() => linkLines(ocr, text), [ocr, text])
  const [editorLine, setEditorLine] = useState<number | null>(null)
  const [cursorLine, setCursorLine] = useState<number | null>(null)
  const [inkLine, setInkLine] = useState<number | null>(null)
  // A line of ink tapped (touch has no hover): stays lit until the transcript is used.
  const [pinnedLine, setPinnedLine] = useState<number | null>(null)
  const [doubt, setDoubt] = useState<DoubtMark | null>(null)
  const litLine = inkLine ?? editorLine ?? pinnedLine ?? cursorLine
  const lit = useMemo(() => new Set(litLine === null ? [] : (links.strokesOfLine[litLine] ?? [])), [links, litLine])
  const textLines = text.split('\n')
  const groups: InkLineGroup[] = useMemo(
    () =>
      links.strokesOfLine.flatMap((strokes, line) =>
        strokes.length ? [{ line, strokes, label: `Line ${line + 1} of the transcript: ${textLines[line]?.trim() || '(blank)'}` }] : [],
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [links, text],
  )
  const callbacks = useRef<ReviewEditorCallbacks>({ onHoverLine: () => {}, onCursor: () => {} })
  callbacks.current = {
    onHoverLine: setEditorLine,
    onCursor: (line, d) => {
      setCursorLine(line)
      setPinnedLine(null)
      setDoubt(d)
    },
  }
  // The extensions are built once per reading; a new reading remounts the editor.
  const readingKey = `${attempt.transcript?.recognised.length ?? 0}:${attempt.transcript?.ocrMs ?? 0}:${ocr.length}`
  const extensions = useMemo(() => reviewEditorExtensions(ocr, callbacks), [ocr]) // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    view.current?.dispatch({ effects: setLinkedLine.of(inkLine ?? pinnedLine) })
  }, [inkLine, pinnedLine])

  const activateInkLine = (line: number, keyboard: boolean) => {
    const v = view.current
    if (!v || line >= v.state.doc.lines) return
    const l = v.state.doc.line(line + 1)
    if (keyboard) {
      // Into the transcript at that line, ready to correct it.
      v.dispatch({ selection: EditorSelection.cursor(l.from + (l.text.length - l.text.trimStart().length)), scrollIntoView: true })
      v.focus()
    } else {
      // A click or tap shows the line without taking focus (no on-screen keyboard popping up).
      setPinnedLine(line)
      v.dispatch({ effects: EditorView.scrollIntoView(l.from, { y: 'nearest' }) })
    }
  }
  const pickAlternative = (d: DoubtMark, alt: string) => {
    const v = view.current
    if (!v) return
    v.dispatch({ changes: { from: d.from, to: d.to, insert: alt }, selection: EditorSelection.cursor(d.from + alt.length) })
    setDoubt(null)
    v.focus()
  }
  const doubtCount = useMemo(() => ocr.reduce((n, l) => n + l.doubtful.length, 0), [ocr])

  const used = elapsedMs(attempt.timer, attempt.endedAt ?? Date.now())
  const lang = attempt.language as Lang
  const reference = problem ? (problem.references[lang] ?? null) : null
  return (
    <div className="review">
      <header className="review-head">
        <h1>{attempt.problemTitle}</h1>
        <p className="muted">
          {new Date(attempt.startedAt).toLocaleString()} · {langLabel(attempt.language)} · {formatDuration(used)} used of{' '}
          {formatDuration(attempt.timer.suggestedMs)}
          {used > attempt.timer.suggestedMs ? ' (overtime)' : ''} · {attempt.hintsRevealed.length} hint
          {attempt.hintsRevealed.length === 1 ? '' : 's'} · outcome: {attempt.outcome}
        </p>
        <div className="review-actions">
          <Link href={`/problem/${attempt.problemId}`}>Try this problem again</Link>
          {attempt.rating?.correctness === undefined ? (
            <button
              type="button"
              onClick={() => {
                const first = document.querySelector<HTMLInputElement>('.assessment input[type="radio"]')
                first?.scrollIntoView({ block: 'center' })
                first?.focus()
              }}
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
                highlight={lit}
                groups={groups}
                onLineHover={setInkLine}
                onLineActivate={activateInkLine}
                className="linked-ink"
                testId="linked-ink"
              />
              <p className="muted small">
                {groups.length
                  ? 'Point at, tap or tab to a line of writing to find it in the transcript, and the other way round.'
                  : 'This transcript has no line positions, so its lines are not linked to the writing (read the handwriting again to link them).'}
              </p>
            </>
          ) : null}
          {imageUrl ? (
            <figure className="saved-image">
              <img src={imageUrl} alt={`Your handwritten answer (${attempt.ink.strokes.length} strokes)`} className="handwriting" />
              <figcaption className="muted small">The image as saved</figcaption>
            </figure>
          ) : attempt.ink.strokes.length ? null : (
            <p className="muted">Nothing was written.</p>
          )}
        </section>
        <section className="pane" aria-label="Transcript">
          <h2>
            Transcript <span className={`save-state save-${save.state}`} role="status">{saveText(save.state)}</span>
          </h2>
          {save.state === 'error' ? <p role="alert" className="error-banner">{save.message}</p> : null}
          {attempt.transcript ? (
            <>
              <p className="muted small">
                Correct what the OCR misread; the original reading is kept.
                {doubtCount ? ' Words the reading was unsure of are underlined: put the cursor in one to choose another reading.' : ''}
              </p>
              <CodeEditor
                key={readingKey}
                value={text}
                language={attempt.language}
                onChange={onEdit}
                ariaLabel="Transcript of your answer"
                extensions={extensions}
                onView={(v) => (view.current = v)}
              />
              {doubt ? (
                <div className="doubt-picker" aria-live="polite" data-testid="doubt-picker">
                  <span>
                    Line {doubt.line + 1}: unsure of “{doubt.text}”.
                  </span>
                  {doubt.alternatives.map((alt) => (
                    <button key={alt} type="button" onClick={() => pickAlternative(doubt, alt)}>
                      Use “{alt}”
                    </button>
                  ))}
                  <button type="button" onClick={() => setDoubt(null)}>
                    Keep “{doubt.text}”
                  </button>
                </div>
              ) : null}
            </>
          ) : (
            <p className="muted">No transcript yet.</p>
          )}
          {readingNotice ? (
            <p role="status" className="muted">
              {readingNotice}
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
            <p className="muted">{problem ? `There is no ${langLabel(attempt.language)} reference to compare with.` : 'No reference to compare with.'}</p>
          )}
        </section>
        <section className="pane" aria-labelledby="replay-h">
          <h2 id="replay-h">Replay of the writing</h2>
          <Replay attempt={attempt} />
        </section>
        <section className="pane" aria-labelledby="rate-h">
          <h2 id="rate-h">
            How did it go? <span className={`save-state save-${save.state}`} aria-hidden="true">{saveText(save.state)}</span>
          </h2>
          <SelfAssessment rating={attempt.rating} onChange={rate} />
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
    listAttemptSummariesChecked().then(
      ({ summaries }) => {
        if (!live) return
        const same = summaries.filter((s) => s.problemId === attempt.problemId && s.id !== attempt.id).sort((a, b) => b.startedAt - a.startedAt)
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
