// Writing an answer: the board, the interview clock, the problem beside it,
// hints, and Done. Thin: the attempt's life on the board is useWriting, the
// rules are core/session, the canvas is canvas/, reading is the recogniser.
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { Link } from 'wouter'
import type { Attempt } from '../../core/attempts/schema'
import type { InkDocument } from '../../core/ink/ink'
import { languageLabel } from '../../core/languages'
import { identifiersOf, type Problem } from '../../core/problems/schema'
import { finishAttempt, markAnswerShown, revealNextHint, transcriptFromReading, withInk } from '../../core/session/attemptSession'
import type { InkAnnotation, InkCanvasHandle } from '../../canvas/InkCanvas'
import { noteReadingFailure, recogniser, refreshWriter } from '../../services/recogniser'
import { saveAttempt } from '../../storage/attempts'
import { setPreferences, usePreferences, useResolvedTheme } from '../../ui/usePreferences'
import { beforeAppReload } from '../../ui/reloadGuard'
import { useProblem } from '../../ui/useProblem'
import { HintPanel } from './HintPanel'
import { AnswerToggle } from './AnswerToggle'
import { ProblemBrief } from './ProblemBrief'
import { TimerBadge } from './TimerBadge'
import { useWriting } from './useWriting'
import { AskInterviewer } from './AskInterviewer'
import { PhaseBar } from './PhaseBar'
import { useRecording } from '../../ui/useRecording'
import { RecordingBadge, RecordingMessage } from '../../ui/RecordingStatus'
import { currentPhase } from '../../core/session/phases'
import { givenCode, typedAnswerAtDone, withTypedCode } from '../../core/session/fixTask'
import { interviewBrief } from '../../core/problems/interview'
import { elapsedMs } from '../../core/session/timer'
import { InterviewBrief } from './InterviewBrief'
import { BoardSlot } from './sharedBoard'
import './practice.css'

export { preloadCanvas } from './sharedBoard'
// The editor holding the code of a "fix this code" task loads only for such a task.
const FixCode = lazy(() => import('./FixCode').then((m) => ({ default: m.FixCode })))

interface BoardProps {
  attempt: Attempt
  /** Done was pressed: the reading begins (the route readies the review meanwhile). */
  onFinishing?: () => void
  /** Receives the finished attempt once Done has saved it. */
  onFinished: (a: Attempt) => void
}

/** The board for an unfinished attempt. */
export function PracticeBoard({ attempt, onFinishing, onFinished }: BoardProps) {
  const state = useProblem(attempt.problemId)
  if (state.status === 'loading') return <p role="status">Loading the problem…</p>
  if (state.status === 'missing')
    return (
      <div role="alert">
        <p>
          This answer is to “{attempt.problemTitle}”, which is not in this version of Inkterview, so it cannot be continued here. It is kept
          in <Link href="/history">History</Link>.
        </p>
      </div>
    )
  return <Board problem={state.problem} initial={attempt} onFinishing={onFinishing} onFinished={onFinished} />
}

function Board({ problem, initial, onFinishing, onFinished }: Omit<BoardProps, 'attempt'> & { problem: Problem; initial: Attempt }) {
  const writing = useWriting(initial)
  const { attempt, update, ownership, current, saveNow } = writing
  const language = attempt.language
  const given = givenCode(problem, language)
  const [briefOpen, setBriefOpen] = useState(false)
  // The statement is rendered when first opened, not with the board: Start does not wait for its markdown.
  const [briefShown, setBriefShown] = useState(false)
  if (briefOpen && !briefShown) setBriefShown(true)
  const [finishing, setFinishing] = useState(false)
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [unsaved, setUnsaved] = useState<Attempt | null>(null)
  const canvasRef = useRef<InkCanvasHandle>(null)
  const preferences = usePreferences()
  const theme = useResolvedTheme()
  // The voice: recorded while this tab writes the unfinished attempt and the microphone switch is on.
  const recording = useRecording(attempt.id, preferences.microphone && ownership === 'held' && attempt.status === 'in-progress')
  const boardSettings = useMemo(() => ({ preferences, theme, onPreferencesChange: setPreferences }), [preferences, theme])
  const inkFields = useMemo(() => ({ language }), [language])
  // Practice aid: the reading of each finished line, faintly beside it. Off by
  // default: in a real interview nobody reads it back to you.
  const [liveAid, setLiveAid] = useState(false)
  const [live, setLive] = useState<readonly InkAnnotation[]>([])
  useEffect(() => (liveAid ? recogniser().onLive(setLive) : undefined), [liveAid])
  // The engines start with the board if the problem page has not started them. Not later: on a board
  // resumed with a long page, loading them meanwhile doubled the long frames of the first strokes (bench:app).
  useEffect(() => {
    // The reader learns from corrected answers once it is ready (src/services/recogniser).
    void recogniser()
      .prewarm(language)
      .then(() => refreshWriter())
      .catch(() => undefined)
  }, [language])

  // A reload for a new version first saves the attempt with its newest ink; the URL brings the board back.
  useEffect(
    () =>
      beforeAppReload(async () => {
        const a = current()
        const ink = canvasRef.current?.getInk()
        if (a.status === 'in-progress' && ink) update(withInk(a, ink, Date.now()))
        await saveNow()
      }),
    [current, saveNow, update],
  )

  // Leaving the board (History, another problem): the last strokes may still wait in the
  // canvas's short debounce. Take them now, in a layout cleanup, which runs before
  // useWriting's own cleanup writes the attempt and lets the claim go. Only once the canvas
  // has shown this attempt's ink: before that it would read as a blank page.
  const canvasShowsInk = useRef(false)
  const boardReady = writing.boardReady
  const onReady = useCallback(() => {
    canvasShowsInk.current = true
    boardReady()
  }, [boardReady])
  useEffect(() => {
    canvasShowsInk.current = false // a new canvas (taken over from another tab) is not ready yet
  }, [writing.generation])
  useLayoutEffect(
    () => () => {
      const a = current()
      const ink = canvasShowsInk.current ? canvasRef.current?.getInk() : undefined
      if (a.status === 'in-progress' && ink) update(withInk(a, ink, Date.now()))
    },
    [current, update],
  )

  const onInk = useCallback(
    (ink: InkDocument) => {
      const a = current()
      if (a.status !== 'in-progress') return
      update(withInk(a, ink, Date.now()))
      recogniser().update(ink)
    },
    [current, update],
  )

  const persist = async (finished: Attempt) => {
    try {
      await saveAttempt(finished)
      setUnsaved(null)
      // The board's copy is the finished one now: leaving the board must not save an unfinished one over it.
      writing.update(finished)
      onFinished(finished)
    } catch (e) {
      setUnsaved(finished)
      setError((e as Error).message)
      setFinishing(false)
    }
  }

  const done = async () => {
    const canvas = canvasRef.current
    if (ownership !== 'held') return
    const stoppedAt = Date.now()
    // Done pressed before the board shows the attempt's ink (a fix typed in the editor needs no board): the ink is the attempt's as stored.
    const ink = canvas && canvasShowsInk.current ? canvas.getInk() : writing.current().ink
    setFinishing(true)
    setError(null)
    onFinishing?.()
    // The last audio chunk is stored before the attempt is finished; then any autosave lands, so none can land after the final save.
    await recording.stop()
    await writing.stopAutosave()
    const a = writing.current()
    const image = canvas && canvasShowsInk.current ? await canvas.toPng().catch(() => null) : null
    // A fix typed into the given code is the answer as typed; anything else written is read.
    let transcript: Attempt['transcript'] = given ? typedAnswerAtDone(a, given, ink.strokes.length) : null
    if (!transcript && ink.strokes.length) {
      setProgress({ fraction: 0, stage: 'Reading your handwriting' })
      try {
        const r0 = performance.now()
        const t = await recogniser().recognise(ink, {
          language,
          identifiers: identifiersOf(problem),
          onProgress: (fraction, stage) => setProgress({ fraction, stage }),
        })
        // What Done costs the candidate in reading: visible in DevTools, and read by bench:app.
        performance.measure('inkterview:recognise', { start: r0, detail: { ...t.timings, engine: t.engine } })
        transcript = transcriptFromReading(t)
      } catch (e) {
        // The attempt is kept without a transcript; review offers to read it again.
        noteReadingFailure(a.id, (e as Error).message)
      }
      setProgress(null)
    }
    await persist(finishAttempt(a, { ink, image, transcript }, stoppedAt))
  }

  const onTyped = useCallback((code: string) => update(withTypedCode(current(), code, Date.now())), [current, update])

  const revealHint = () => update(revealNextHint(writing.current(), problem.hints.length, Date.now()))


  if (ownership === 'claiming') return <p role="status">Opening your answer…</p>
  if (ownership === 'elsewhere')
    return (
      <div className="practice-elsewhere" role="alert">
        <p>
          This answer to <strong>{problem.title}</strong> is open in another tab. Writing here would overwrite what you write there, so this
          tab leaves it alone.
        </p>
        <p>
          <button type="button" className="primary" onClick={() => void writing.takeOver()}>
            Continue it here instead
          </button>{' '}
          <Link href="/history">Back to History</Link>
        </p>
      </div>
    )

  return (
    <div className={`practice practice-writing ${briefOpen ? 'brief-open' : ''}`}>
      <div className="practice-bar">
        <button type="button" aria-expanded={briefOpen} aria-controls="practice-brief" onClick={() => setBriefOpen((o) => !o)}>
          {briefOpen ? 'Hide problem' : 'Problem'}
        </button>
        <span className="practice-title">{problem.title}</span>
        <span className="muted">{languageLabel(language)}</span>
        <button
          type="button"
          aria-pressed={liveAid}
          onClick={() => setLiveAid((on) => !on)}
          title="Practice aid: shows how each finished line reads, to help you write legibly"
        >
          Live reading
        </button>
        <RecordingBadge recording={recording} />
        <TimerBadge timer={attempt.timer} />
        <button type="button" className="primary" onClick={() => void done()} disabled={finishing || ownership !== 'held'}>
          Done
        </button>
      </div>
      {ownership === 'lost' ? (
        <div role="alert" className="error-banner">
          This answer is now open in another tab; this tab has stopped saving it.
          <button type="button" onClick={() => void writing.takeOver()}>
            Continue it here
          </button>
        </div>
      ) : null}
      <RecordingMessage recording={recording} />
      <PhaseBar attempt={attempt} onChange={update} />
      {currentPhase(attempt.phases) === 'clarify' && problem.clarifications.length ? <AskInterviewer problem={problem} attempt={attempt} onChange={update} /> : null}
      {progress ? (
        <div className="ocr-progress" role="status" aria-live="polite">
          {progress.stage}… <progress max={1} value={progress.fraction} aria-label="Reading progress" />
        </div>
      ) : null}
      {error || writing.saveError ? (
        <div role="alert" className="error-banner">
          {error ?? writing.saveError}
          {unsaved ? (
            <button type="button" onClick={() => void persist(unsaved)}>
              Try saving again
            </button>
          ) : null}
        </div>
      ) : null}
      {given ? (
        <Suspense fallback={<p role="status">Loading the code to fix…</p>}>
          <FixCode attempt={attempt} given={given} onChange={onTyped} readOnly={ownership !== 'held'} />
        </Suspense>
      ) : null}
      <div className="practice-body">
        <aside id="practice-brief" className="practice-brief" hidden={!briefOpen} aria-label="Problem">
          {briefShown ? (
            <div className="practice-brief-body">
              {attempt.interviewMode && attempt.statementShownAtMs === undefined && interviewBrief(problem) ? (
                <InterviewBrief
                  title={problem.title}
                  brief={interviewBrief(problem)!}
                  attempt={attempt}
                  onShowAll={() => {
                    const a = writing.current()
                    update({ ...a, statementShownAtMs: elapsedMs(a.timer, Date.now()), updatedAt: Date.now() })
                  }}
                />
              ) : (
                <ProblemBrief problem={problem} language={language} />
              )}
              <HintPanel problem={problem} shown={attempt.hintsRevealed.length} onReveal={revealHint} />
              <AnswerToggle
                problem={problem}
                language={language}
                shown={attempt.answerShownAtMs !== undefined}
                onShown={() => update(markAnswerShown(writing.current(), Date.now()))}
              />
            </div>
          ) : null}
        </aside>
        <div className="practice-board" inert={ownership === 'lost'}>
          {/* The board mounted while the problem was read, moved here (sharedBoard.tsx). */}
          <BoardSlot
            key={writing.generation}
            handle={canvasRef}
            initialInk={attempt.ink}
            inkFields={inkFields}
            onInkChange={onInk}
            onReady={onReady}
            settings={boardSettings}
            annotations={liveAid ? live : undefined}
            ariaLabel="Write your answer here"
          />
        </div>
      </div>
    </div>
  )
}
