// A problem before writing: the statement, the language, and Start. When an
// answer to this problem is unfinished, the page says so and offers it first;
// Start then makes a new attempt and the old one stays, unfinished.
import { useEffect, useMemo, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { createAttempt } from '../../core/attempts/attempt'
import type { AttemptSummary } from '../../core/attempts/schema'
import { unfinishedAttempts } from '../../core/attempts/unfinished'
import type { Language } from '../../core/languages'
import { interviewBrief } from '../../core/problems/interview'
import type { Problem } from '../../core/problems/schema'
import { formatClock, formatDuration, newTimer } from '../../core/session/timer'
import { handOver } from '../../services/openedAttempts'
import { claimAhead } from '../../storage/attemptLock'
import { recogniser, refreshWriter } from '../../services/recogniser'
import { PaperPicker } from '../../ui/PaperPicker'
import { useAttemptSummaries } from '../../ui/useAttemptSummaries'
import { setPreferences, usePreferences, useResolvedTheme } from '../../ui/usePreferences'
import { LanguageSelect } from '../../ui/LanguageSelect'
import { useProblem } from '../../ui/useProblem'
import { ChoiceQuiz } from './ChoiceQuiz'
import { InterviewBrief } from './InterviewBrief'
import { AnswerToggle } from './AnswerToggle'
import { ProblemBrief } from './ProblemBrief'
import { ParkedBoard } from './sharedBoard'
import './practice.css'

/** The board's code: the canvas (tldraw) and the board around it; then the board itself, mounted unseen (sharedBoard.tsx). */
const boardCode = () => import('./PracticeBoard').then((m) => m.preloadCanvas())

// The engines start once the candidate has read for a moment. Starting them
// (wasm compiled, models loaded in workers) takes seconds of both cores of a
// small machine, and a Start pressed meanwhile waited about twice as long for
// its board (bench:app). A board opened sooner starts them itself.
const READ_BEFORE_ENGINES_MS = 3000

// The parked board changes no preference: nobody can reach it.
const ignore = () => {}

export function ProblemPage({ id }: { id: string }) {
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
  // "Read this code": answered by choosing, not by writing.
  if (state.problem.kind === 'choice') return <ChoiceQuiz key={id} problem={state.problem} />
  return <Reading key={id} problem={state.problem} />
}

const ago = (t: number, now: number) => {
  const ms = Math.max(0, now - t)
  return ms < 60_000 ? 'just now' : `${formatDuration(ms)} ago`
}

function UnfinishedOffer({ unfinished, now }: { unfinished: AttemptSummary[]; now: number }) {
  const [first, ...more] = unfinished
  if (!first) return null
  return (
    <section className="unfinished-offer" aria-label="Your unfinished answer">
      <p>
        You have an unfinished answer to this problem: {first.strokeCount} stroke{first.strokeCount === 1 ? '' : 's'},{' '}
        {formatClock(first.elapsedMs)} on the clock, last written {ago(first.updatedAt, now)}.
      </p>
      <Link href={`/attempt/${first.id}`} className="button-link primary-link">
        Resume it
      </Link>
      {more.length ? (
        <p className="muted">
          {more.length} more unfinished {more.length === 1 ? 'answer' : 'answers'} to this problem in <Link href="/history">History</Link>.
        </p>
      ) : null}
    </section>
  )
}

function Reading({ problem }: { problem: Problem }) {
  const [, navigate] = useLocation()
  const [language, setLanguage] = useState<Language>(problem.languages[0] ?? 'python')
  const summaries = useAttemptSummaries(problem.id)
  const unfinished = summaries ? unfinishedAttempts(summaries, problem.id) : []
  const [now] = useState(() => Date.now())
  const brief = interviewBrief(problem)
  const [interviewMode, setInterviewMode] = useState(false)

  const [boardLoaded, setBoardLoaded] = useState(false)
  const theme = useResolvedTheme()
  const preferences = usePreferences()
  const boardSettings = useMemo(() => ({ preferences, theme, onPreferencesChange: ignore }), [preferences, theme])
  // The board and the OCR worker load while the candidate reads, so neither
  // Start nor Done waits for them: the board's code first (and the board
  // mounted, unseen), then the engines (tens of MB), which otherwise held
  // the connections the board's small chunks waited for (Start to board took
  // seconds on a first visit), and their CPU.
  useEffect(() => {
    let live = true
    // The reader learns from corrected answers once it is ready (src/services/recogniser).
    void (async () => {
      const loaded = await boardCode().then(() => true, () => false)
      if (!live) return
      if (loaded) setBoardLoaded(true)
      await new Promise((r) => setTimeout(r, READ_BEFORE_ENGINES_MS))
      if (!live) return
      await recogniser().prewarm(language)
      await refreshWriter()
    })().catch(() => undefined)
    return () => {
      live = false
    }
  }, [language])

  const start = () => {
    const created = createAttempt({ problemId: problem.id, problemTitle: problem.title, language, suggestedMs: newTimer(problem.minutes).suggestedMs })
    const a = brief && interviewMode ? { ...created, interviewMode: true } : created
    // The board stores it as soon as it opens; the URL names it from now on.
    handOver(a)
    const open = () => navigate(`/attempt/${a.id}`)
    claimAhead(a.id).then(open, open)
  }


  return (
    <div className="practice practice-reading">
      {/* Start takes this board: mounted now, it is ready the moment the board's screen shows. */}
      {boardLoaded ? <ParkedBoard settings={boardSettings} /> : null}
      <div className="practice-brief-body">
        {brief && interviewMode ? (
          <InterviewBrief title={problem.title} brief={brief} onShowAll={() => setInterviewMode(false)} />
        ) : (
          <ProblemBrief problem={problem} language={language} />
        )}
        <p className="muted">{problem.hints.length} hints are available once you start; each one you open is noted on the attempt.</p>
        <AnswerToggle problem={problem} language={language} />
      </div>
      <div className="start-panel" role="group" aria-label="Start the interview">
        <UnfinishedOffer unfinished={unfinished} now={now} />
        <p>
          Suggested time: <strong>{problem.minutes} minutes</strong>. The clock keeps running into overtime; it will not cut you off. Think
          aloud as you write.
        </p>
        <LanguageSelect languages={problem.languages} value={language} onChange={setLanguage} />
        <PaperPicker />
        {brief ? (
          <label className="mic-switch">
            <input type="checkbox" checked={interviewMode} onChange={(e) => setInterviewMode(e.target.checked)} /> Interview mode (the problem stated
            briefly; ask for the details)
          </label>
        ) : null}
        <label className="mic-switch">
          <input type="checkbox" role="switch" checked={preferences.microphone} onChange={(e) => setPreferences({ microphone: e.target.checked })} /> Record my voice
          (the microphone is asked for at Start; the audio stays on this device)
        </label>
        <button type="button" className={unfinished.length ? undefined : 'primary'} onClick={start}>
          {unfinished.length ? 'Start a new attempt' : 'Start'}
        </button>
        {unfinished.length ? <p className="muted start-note">A new attempt keeps your unfinished one in History.</p> : null}
        <p className="start-note">
          Wrote it on paper? <Link href={`/problem/${problem.id}/photo`}>Import a photo of paper</Link>
        </p>
      </div>
    </div>
  )
}
