// A practice session: read the problem, Start the clock, write by hand, Done.
// Thin: the rules live in core/session, the canvas in canvas/, OCR in ocr/,
// storage in storage/.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import { useLocation } from 'wouter'
import { createAttempt, type Attempt, type AttemptLanguage } from '../../core/attempts/attempt'
import type { InkDocument } from '../../core/ink/ink'
import { identifiersOf, type Problem } from '../../core/problems/schema'
import {
  finishAttempt,
  markAnswerShown,
  resumeAttempt,
  revealNextHint,
  transcriptFromReading,
  withInk,
} from '../../core/session/attemptSession'
import { newTimer } from '../../core/session/timer'
import type { InkAnnotation, InkCanvasHandle } from '../../canvas/InkCanvas'
import { loadDraft, saveAttemptAndClearDraft } from '../../storage/attempts'
import { createDraftAutosaver, flushOnPageHide } from '../../storage/autosave'
import { langLabel, ProblemStatement } from '../library/ProblemStatement'
import { HintPanel } from './HintPanel'
import { noteReadingFailure, noteReadingNotice, recogniser, refreshWriter } from './ocrService'
import { TimerBadge } from './TimerBadge'
import { useProblem } from './useProblem'
import './practice.css'

type Phase = 'reading' | 'writing' | 'finishing'

// tldraw is most of the app's code: it loads while the candidate reads the
// problem (prefetched on open), so the statement and Start appear at once.
const loadCanvas = () => import('../../canvas/InkCanvas')
const InkCanvas = lazy(() => loadCanvas().then((m) => ({ default: m.InkCanvas })))

// The answer (and CodeMirror with it) loads only if the candidate asks for it.
const ReferenceAnswer = lazy(() => import('./ReferenceAnswer').then((m) => ({ default: m.ReferenceAnswer })))

export function PracticePage({ id, resume = false }: { id: string; resume?: boolean }) {
  const state = useProblem(id)
  if (state.status === 'loading') return <p role="status">Loading the problem…</p>
  if (state.status === 'missing')
    return (
      <div role="alert">
        <p>There is no problem “{id}” in this version of Inkterview.</p>
        {state.errors.map((e) => (
          <p key={e} className="muted">
            {e}
          </p>
        ))}
      </div>
    )
  return <Practice key={id} problem={state.problem} resume={resume} />
}

function Practice({ problem, resume }: { problem: Problem; resume: boolean }) {
  const [, navigate] = useLocation()
  const [language, setLanguage] = useState<AttemptLanguage>(problem.languages[0] ?? 'python')
  const [attempt, setAttemptState] = useState<Attempt | null>(null)
  const attemptRef = useRef<Attempt | null>(null)
  const [phase, setPhase] = useState<Phase>('reading')
  const [briefOpen, setBriefOpen] = useState(true)
  const [showAnswer, setShowAnswer] = useState(false)
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [unsaved, setUnsaved] = useState<Attempt | null>(null)
  const canvasRef = useRef<InkCanvasHandle>(null)
  // Practice aid: the reading of each finished line, faintly beside it. Off by
  // default: in a real interview nobody reads it back to you.
  const [liveAid, setLiveAid] = useState(false)
  const [live, setLive] = useState<readonly InkAnnotation[]>([])
  useEffect(() => (liveAid ? recogniser().onLive(setLive) : undefined), [liveAid])

  const setAttempt = useCallback((a: Attempt | null) => {
    attemptRef.current = a
    setAttemptState(a)
  }, [])

  // Autosave: at most about a second behind the pen, flushed when the page hides.
  const [autosaver] = useState(() =>
    createDraftAutosaver({ onError: (e) => setError((e as Error).message), onSaved: () => setError(null) }),
  )
  useEffect(() => {
    const off = flushOnPageHide(autosaver)
    return () => {
      off()
      void autosaver.flush()
    }
  }, [autosaver])

  const update = useCallback(
    (next: Attempt) => {
      setAttempt(next)
      if (next.status === 'in-progress') autosaver.schedule(next)
    },
    [autosaver, setAttempt],
  )

  // The board and the OCR worker load while the candidate reads, so neither
  // Start nor Done waits for them.
  useEffect(() => {
    void loadCanvas()
  }, [])
  useEffect(() => {
    void recogniser()
      .prewarm(language)
      .then(() => refreshWriter())
      .catch(() => undefined)
  }, [language])

  // Resume the unfinished attempt of this problem after a reload or crash.
  useEffect(() => {
    if (!resume) return
    void loadDraft().then((draft) => {
      if (!draft || draft.problemId !== problem.id) return
      const resumed = resumeAttempt(draft, Date.now())
      setLanguage(resumed.language)
      update(resumed)
      setPhase('writing')
      setBriefOpen(false)
    })
  }, [resume, problem.id, update])

  const start = () => {
    const a = createAttempt({
      problemId: problem.id,
      problemTitle: problem.title,
      language,
      suggestedMs: newTimer(problem.minutes).suggestedMs,
    })
    update(a)
    void autosaver.flush()
    setPhase('writing')
    setBriefOpen(false)
  }

  const onInk = useCallback(
    (ink: InkDocument) => {
      const a = attemptRef.current
      if (!a || a.status !== 'in-progress') return
      update(withInk(a, ink, Date.now()))
      recogniser().update(ink)
    },
    [update],
  )

  const persist = async (finished: Attempt) => {
    // Let any draft write land first, so none can reappear after the final save.
    await autosaver.flush()
    autosaver.cancel()
    try {
      await saveAttemptAndClearDraft(finished)
      setUnsaved(null)
      navigate(`/attempt/${finished.id}`)
    } catch (e) {
      setUnsaved(finished)
      setError((e as Error).message)
      setPhase('writing')
    }
  }

  const done = async () => {
    const a = attemptRef.current
    const canvas = canvasRef.current
    if (!a || !canvas) return
    const stoppedAt = Date.now()
    const ink = canvas.getInk()
    setPhase('finishing')
    setError(null)
    const image = await canvas.toPng().catch(() => null)
    let transcript: Attempt['transcript'] = null
    if (ink.strokes.length) {
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
        if (t.notice) noteReadingNotice(a.id, t.notice)
      } catch (e) {
        // The attempt is kept without a transcript; review offers to read it again.
        noteReadingFailure(a.id, (e as Error).message)
      }
      setProgress(null)
    }
    const finished = finishAttempt(a, { ink, image, transcript }, stoppedAt)
    setAttempt(finished)
    await persist(finished)
  }

  const revealHint = () => {
    const a = attemptRef.current
    if (a) update(revealNextHint(a, problem.hints.length, Date.now()))
  }

  const openAnswer = () => {
    if (!window.confirm('Show the reference answer? In a real interview you would not see it.')) return
    setShowAnswer(true)
    const a = attemptRef.current
    if (a?.status === 'in-progress') update(markAnswerShown(a, Date.now()))
  }

  const brief = (
    <div className="practice-brief-body">
      <ProblemStatement problem={problem} />
      {problem.buggy?.[language] ? (
        <section aria-label="Code to fix">
          <h2>The code to fix</h2>
          <pre className="buggy-code">{problem.buggy[language]}</pre>
        </section>
      ) : null}
      {problem.starter[language] ? (
        <section aria-label="Start from">
          <h2>Start from</h2>
          <pre className="starter-code">{problem.starter[language]}</pre>
        </section>
      ) : null}
      {attempt ? (
        <HintPanel problem={problem} shown={attempt.hintsRevealed.length} onReveal={revealHint} />
      ) : (
        <p className="muted">{problem.hints.length} hints are available once you start; each one you open is noted on the attempt.</p>
      )}
      {showAnswer ? (
        <Suspense fallback={<p role="status">Loading the answer…</p>}>
          <ReferenceAnswer problem={problem} language={language} />
        </Suspense>
      ) : (
        <button type="button" className="link-button" onClick={openAnswer}>
          Show the reference answer…
        </button>
      )}
    </div>
  )

  if (phase === 'reading' && !attempt) {
    return (
      <div className="practice practice-reading">
        {brief}
        <div className="start-panel" role="group" aria-label="Start the interview">
          <p>
            Suggested time: <strong>{problem.minutes} minutes</strong>. The clock keeps running into overtime; it
            will not cut you off. Think aloud as you write.
          </p>
          {problem.languages.length > 1 ? (
            <label>
              Language{' '}
              <select value={language} onChange={(e) => setLanguage(e.target.value as AttemptLanguage)}>
                {problem.languages.map((l) => (
                  <option key={l} value={l}>
                    {langLabel(l)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button type="button" className="primary" onClick={start}>
            Start
          </button>
        </div>
      </div>
    )
  }

  return (
    <div className={`practice practice-writing ${briefOpen ? 'brief-open' : ''}`}>
      <div className="practice-bar">
        <button type="button" aria-expanded={briefOpen} aria-controls="practice-brief" onClick={() => setBriefOpen((o) => !o)}>
          {briefOpen ? 'Hide problem' : 'Problem'}
        </button>
        <span className="practice-title">{problem.title}</span>
        <span className="muted">{langLabel(language)}</span>
        <button
          type="button"
          aria-pressed={liveAid}
          onClick={() => setLiveAid((on) => !on)}
          title="Practice aid: shows how each finished line reads, to help you write legibly"
        >
          Live reading
        </button>
        {attempt ? <TimerBadge timer={attempt.timer} /> : null}
        <button type="button" className="primary" onClick={() => void done()} disabled={phase === 'finishing'}>
          Done
        </button>
      </div>
      {progress ? (
        <div className="ocr-progress" role="status" aria-live="polite">
          {progress.stage}… <progress max={1} value={progress.fraction} aria-label="Reading progress" />
        </div>
      ) : null}
      {error ? (
        <div role="alert" className="error-banner">
          {error}
          {unsaved ? (
            <button type="button" onClick={() => void persist(unsaved)}>
              Try saving again
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="practice-body">
        <aside id="practice-brief" className="practice-brief" hidden={!briefOpen} aria-label="Problem">
          {brief}
        </aside>
        <div className="practice-board">
          <Suspense fallback={<p role="status">Preparing the board…</p>}>
            <InkCanvas
              ref={canvasRef}
              initialInk={attempt?.ink}
              inkFields={{ language }}
              onInkChange={onInk}
              annotations={liveAid ? live : []}
              ariaLabel="Write your answer here"
            />
          </Suspense>
        </div>
      </div>
    </div>
  )
}
