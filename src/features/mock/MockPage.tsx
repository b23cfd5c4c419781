// One mock interview for its whole life (#/mock/<id>): its stages in order on
// their own clocks while it runs, the report once it is over. Coding stages
// open the practice board for their bank problems (the attempts are linked to
// the stage); the questions stage uses the answering screen (ui/interview);
// the last stage is asking the candidate's own list back. A reload or a closed
// tab comes back at the stage it was in. Thin: the rules are core/mock.
import { useEffect, useMemo, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { createAttempt } from '../../core/attempts/attempt'
import { createAnswer, resolveQuestion } from '../../core/interview/answering'
import type { AnswerRecord } from '../../core/interview/records'
import { LANGUAGES, type Language } from '../../core/languages'
import { STAGE_LABELS } from '../../core/mock/plan'
import { buildReport, reportAnswerOf, reportAttemptOf, type ReportAnswer, type ReportAttempt } from '../../core/mock/report'
import type { MockSession, MockStage } from '../../core/mock/schema'
import {
  currentStage,
  endStage,
  linkAnswer,
  linkAttempt,
  nextQuestion,
  patchStage,
  pauseSession,
  resumeSession,
  sessionAtLastSave,
  stageUsedMs,
} from '../../core/mock/session'
import { elapsedMs, formatClock, formatDuration } from '../../core/session/timer'
import { handOver } from '../../services/openedAttempts'
import { answersStore, deleteMockSession, mockStore, ownQuestionsStore } from '../../storage/interview'
import { confirmDeleteMock } from '../../ui/interview/confirmDeleteMock'
import { AnswerSession } from '../../ui/interview/AnswerSession'
import { ownershipGate, SavingNotices } from '../../ui/interview/RecordNotices'
import { useDeck } from '../../ui/interview/useDeck'
import { useRecords } from '../../ui/interview/useRecords'
import { useStoredRecord } from '../../ui/interview/useStoredRecord'
import { useAttemptSummaries } from '../../ui/useAttemptSummaries'
import { useNow } from '../../ui/useNow'
import { useSavedRecord, type RecordRules, type SavedRecord } from '../../ui/useSavedRecord'
import { usePreferences } from '../../ui/usePreferences'
import { useRecording, type RecordingState } from '../../ui/useRecording'
import { useRecordingPlayback } from '../../ui/useRecordingPlayback'
import { RecordingPlayers, VoiceControls } from '../../ui/interview/VoiceControls'
import { backFromBoard, isAtBoard, leaveForBoard } from './away'
import './mock.css'

/** The time of a change (called from event handlers, never while rendering). */
const wallClock = () => Date.now()

const RATINGS = ['1: it went badly', '2: shaky', '3: good', '4: strong'] as const

export function MockPage({ id }: { id: string }) {
  const [state, setSession] = useStoredRecord(mockStore, id, 'This mock interview')
  if (state.status === 'missing') return <p role="alert">{state.message}</p>
  if (state.status === 'loading') return <p role="status">Opening the mock interview…</p>
  const s = state.value
  return s.status === 'in-progress' ? <MockRun key={s.id} initial={s} onFinished={setSession} /> : <MockReportView key={s.id} initial={s} />
}

/** The session's saving rules; leaving for one of its boards keeps its clocks running (away.ts). */
function mockRules(): RecordRules<MockSession> {
  return {
    save: (s) => mockStore.put(s),
    isOpen: (s) => s.status === 'in-progress',
    atLastSave: (s) => (isAtBoard(s.id) ? s : sessionAtLastSave(s)),
    resume: (s, now) => {
      backFromBoard(s.id)
      return resumeSession(s, now)
    },
    pause: (s, now) => (isAtBoard(s.id) ? { ...s, updatedAt: now } : pauseSession(s, now)),
    stamp: (s, now) => ({ ...s, updatedAt: now }),
    load: async (id) => (await mockStore.get(id)).value,
  }
}

function MockRun({ initial, onFinished }: { initial: MockSession; onFinished(s: MockSession): void }) {
  const [rules] = useState(mockRules)
  const rec = useSavedRecord(initial, rules)
  const s = rec.value
  const now = useNow(500, s.status === 'in-progress')
  const [rating, setRating] = useState<MockStage['selfRating']>(null)
  const [error, setError] = useState<string | null>(null)
  const st = currentStage(s)
  // "Your questions for us" is recorded too (switch on), under the stage's own recording id; the
  // questions stage records each answer on the answering screen.
  const { microphone } = usePreferences()
  const askBackRecordingId = st?.recordingId ?? `${s.id}-ask-back`
  const recording = useRecording(askBackRecordingId, microphone && rec.ownership === 'held' && s.status === 'in-progress' && st?.kind === 'ask-back')
  const { current, update } = rec
  const stageIndex = s.current
  useEffect(() => {
    if (recording.status !== 'recording') return
    const cur = current()
    if (cur.stages[stageIndex]?.recordingId === null) update(patchStage(cur, stageIndex, { recordingId: askBackRecordingId }, Date.now()))
  }, [recording.status, askBackRecordingId, stageIndex, current, update])

  const gate = ownershipGate(rec, 'mock interview')
  if (gate) return gate

  const moveOn = async (skipped: boolean) => {
    const at = Date.now()
    // The last chunk of the stage's recording is stored before the stage ends.
    await recording.stop()
    const next = endStage(rec.current(), at, { skipped, selfRating: skipped ? null : rating })
    rec.update(next)
    setRating(null)
    if (next.status === 'finished') {
      try {
        await mockStore.put(next)
        await rec.flush()
        onFinished(next)
      } catch (e) {
        setError((e as Error).message)
      }
    }
  }

  const lastStage = s.stages.filter((x) => x.status === 'pending').length === 0
  const total = elapsedMs(s.clock, now)
  return (
    <div className="mock-run">
      <div className="mock-bar">
        <h1>Mock interview</h1>
        <div className="mock-clock" role="timer" aria-label="Interview clock">
          <span className="timer-label">Interview</span>
          <span className="timer-clock" data-testid="mock-clock">
            {formatClock(total)}
          </span>
          <span className="muted">of {formatDuration(s.clock.suggestedMs)}</span>
        </div>
        {st ? (
          <div className={`mock-clock${stageUsedMs(st, now) > st.plannedMs ? ' mock-clock-over' : ''}`} role="timer" aria-label="Stage clock">
            <span className="timer-label">This stage, left</span>
            <span className="timer-clock" data-testid="stage-clock">
              {formatClock(st.plannedMs - stageUsedMs(st, now))}
            </span>
            <span className="muted">of {formatDuration(st.plannedMs)}</span>
          </div>
        ) : null}
      </div>
      <SavingNotices rec={rec} what="mock interview" error={error} />
      <ol className="mock-stages" aria-label="Stages">
        {s.stages.map((x, i) => (
          <li key={i} className={`mock-stage-${x.status}`} aria-current={i === s.current ? 'step' : undefined}>
            {STAGE_LABELS[x.kind]} <span className="muted small">({formatDuration(x.plannedMs)}, {x.status === 'active' ? 'now' : x.status})</span>
          </li>
        ))}
      </ol>
      {st ? (
        <section className="pane mock-current" aria-labelledby="stage-h">
          <h2 id="stage-h">
            Stage {s.current + 1} of {s.stages.length}: {STAGE_LABELS[st.kind]}
          </h2>
          {st.kind === 'questions' ? (
            <QuestionsStage rec={rec} stage={st} />
          ) : st.kind === 'ask-back' ? (
            <AskBackStage rec={rec} stage={st} recording={recording} />
          ) : (
            <ProblemsStage rec={rec} stage={st} />
          )}
          <div className="mock-next">
            <label>
              How did this stage go?{' '}
              <select value={rating ?? ''} onChange={(e) => setRating(e.target.value ? (Number(e.target.value) as 1 | 2 | 3 | 4) : null)}>
                <option value="">Not rated</option>
                {RATINGS.map((r, i) => (
                  <option key={r} value={i + 1}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="primary" onClick={() => void moveOn(false)} disabled={rec.ownership !== 'held'}>
              {lastStage ? 'Finish the interview' : 'Next stage'}
            </button>
            <button type="button" onClick={() => void moveOn(true)} disabled={rec.ownership !== 'held'}>
              Skip this stage
            </button>
          </div>
        </section>
      ) : null}
    </div>
  )
}

interface StageProps {
  rec: SavedRecord<MockSession>
  stage: MockStage
}

/** Coding test, fix this code, small build: each problem on the practice board, its attempt linked to the stage. */
function ProblemsStage({ rec, stage }: StageProps) {
  const summaries = useAttemptSummaries()
  const [, navigate] = useLocation()
  const linked = (summaries ?? []).filter((a) => stage.attemptIds.includes(a.id))
  const sessionId = rec.value.id

  const start = async (p: MockStage['problems'][number]) => {
    const language: Language = (LANGUAGES as readonly string[]).includes(p.language) ? (p.language as Language) : 'python'
    const a = createAttempt({ problemId: p.id, problemTitle: p.title, language, suggestedMs: p.plannedMs })
    handOver(a)
    rec.update(linkAttempt(rec.current(), a.id, wallClock()))
    await rec.flush()
    leaveForBoard(sessionId)
    navigate(`/attempt/${a.id}`)
  }

  return (
    <>
      <p className="muted">
        Write each answer by hand on the board, as in the practice page. When you press Done there and have seen the review, come back here with “Back to
        the mock interview”.
      </p>
      <ul className="mock-problems" aria-label="Problems in this stage">
        {stage.problems.map((p) => {
          const a = linked.find((x) => x.problemId === p.id)
          return (
            <li key={p.id}>
              <strong>{p.title}</strong> <span className="muted small">({formatDuration(p.plannedMs)})</span>{' '}
              {!a ? (
                <button type="button" className="primary" onClick={() => void start(p)} disabled={rec.ownership !== 'held'}>
                  Start writing: {p.title}
                </button>
              ) : a.status === 'in-progress' ? (
                <Link href={`/attempt/${a.id}`} className="button-link" onClick={() => leaveForBoard(sessionId)}>
                  Continue writing
                </Link>
              ) : (
                <>
                  <span>
                    Done{a.tests ? `: ${a.tests.passed} of ${a.tests.total} tests passed` : ', tests not run yet'}
                  </span>{' '}
                  <Link href={`/attempt/${a.id}`} className="button-link" onClick={() => leaveForBoard(sessionId)}>
                    Review
                  </Link>
                </>
              )}
            </li>
          )
        })}
      </ul>
    </>
  )
}

/** Common questions, one after another, on the answering screen. */
function QuestionsStage({ rec, stage }: StageProps) {
  const loaded = useDeck()
  const own = useRecords(ownQuestionsStore)
  const lastId = stage.answerIds.at(-1) ?? null
  // The last answer of the stage as stored (undefined while it is read).
  const [last, setLast] = useState<{ id: string; answer: AnswerRecord | null } | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!lastId) return
    let live = true
    void answersStore.get(lastId).then(
      (r) => live && setLast({ id: lastId, answer: r.value }),
      () => live && setLast({ id: lastId, answer: null }),
    )
    return () => {
      live = false
    }
  }, [lastId])

  if (!loaded || !own.values || (lastId && last?.id !== lastId)) return <p role="status">Opening the questions…</p>
  const lastOpen = !!last?.answer && last.answer.status === 'in-progress'
  const next = nextQuestion(stage, lastOpen)
  if (!next) return <p>All {stage.questionIds.length} questions answered. Rate and review them from the report at the end.</p>
  const qid = stage.questionIds[next.index]!
  const question = resolveQuestion({ questionId: qid, source: 'deck' }, loaded.deck.questions, own.values)

  const ask = async () => {
    if (!question) return
    const a = createAnswer({ question, now: Date.now(), thinkMs: rec.current().config.thinkMs, mockSessionId: rec.current().id })
    try {
      await answersStore.put(a)
      rec.update(linkAnswer(rec.current(), a.id, Date.now()))
      await rec.flush()
      setLast({ id: a.id, answer: a })
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <div className="mock-questions">
      <p className="muted">
        Question {next.index + 1} of {stage.questionIds.length}
      </p>
      {error ? <p role="alert">{error}</p> : null}
      {next.openAnswer && last?.answer && question ? (
        <AnswerSession key={last.answer.id} question={question} answer={last.answer} onFinished={(f) => setLast({ id: f.id, answer: f })} />
      ) : question ? (
        <button type="button" className="primary" onClick={() => void ask()} disabled={rec.ownership !== 'held'}>
          {next.index === 0 ? 'Ask me the first question' : 'Ask me the next question'}
        </button>
      ) : (
        <p role="alert">Question “{qid}” is no longer in the deck: skip it with Next stage.</p>
      )}
    </div>
  )
}

/** "Do you have any questions for us?": the candidate's list, asked aloud, ticked as asked. */
function AskBackStage({ rec, stage, recording }: StageProps & { recording: RecordingState }) {
  const i = rec.value.current
  const toggle = (id: string) => {
    const s = rec.current()
    const asked = stage.asked.includes(id) ? stage.asked.filter((x) => x !== id) : [...stage.asked, id]
    rec.update(patchStage(s, i, { asked }, wallClock()))
  }
  return (
    <>
      <p>“We have a few minutes left. Do you have any questions for us?” Ask yours aloud, and tick each one as you ask it.</p>
      <VoiceControls recording={recording} label="Record my questions" />
      {stage.askBack.length === 0 ? <p className="muted">Your list was empty when this interview started.</p> : null}
      <ul className="mock-ask" aria-label="Your questions to ask">
        {stage.askBack.map((q) => (
          <li key={q.id}>
            <label>
              <input type="checkbox" checked={stage.asked.includes(q.id)} onChange={() => toggle(q.id)} disabled={rec.ownership !== 'held'} /> {q.text}
            </label>
          </li>
        ))}
      </ul>
      <p className="muted small">
        Change your list in <Link href="/ask-back">your questions for the interviewer</Link>; this interview keeps the list it started with.
      </p>
    </>
  )
}

/** The saved report: each stage against its plan, what it produced, and what to practise next. */
function MockReportView({ initial }: { initial: MockSession }) {
  const [s, setS] = useState(initial)
  const summaries = useAttemptSummaries()
  const answers = useRecords(answersStore)
  const own = useRecords(ownQuestionsStore)
  const loaded = useDeck()
  const [saveError, setSaveError] = useState<string | null>(null)

  const report = useMemo(() => {
    if (!summaries || !answers.values || !own.values || !loaded) return null
    const ids = new Set(s.stages.flatMap((st) => st.attemptIds))
    const attempts = new Map<string, ReportAttempt>(summaries.filter((a) => ids.has(a.id)).map((a) => [a.id, reportAttemptOf(a)]))
    const found = new Map<string, ReportAnswer>(
      answers.values
        .filter((a) => a.mockSessionId === s.id)
        .map((a) => [a.id, reportAnswerOf(a, resolveQuestion(a, loaded.deck.questions, own.values ?? []))]),
    )
    return buildReport(s, { attempts, answers: found }, s.endedAt ?? s.updatedAt)
  }, [s, summaries, answers.values, own.values, loaded])

  const saveReflection = async (reflection: string) => {
    if (reflection === s.reflection) return
    const next = { ...s, reflection, updatedAt: Date.now() }
    setS(next)
    try {
      await mockStore.put(next)
      setSaveError(null)
    } catch (e) {
      setSaveError((e as Error).message)
    }
  }

  const [, navigate] = useLocation()
  const remove = async () => {
    if (!confirmDeleteMock(s)) return
    try {
      await deleteMockSession(s.id)
      navigate('/history')
    } catch (e) {
      setSaveError((e as Error).message)
    }
  }

  if (!report) return <p role="status">Putting the report together…</p>
  return (
    <div className="mock-report">
      <p className="muted">
        <Link href="/mock">Mock interviews</Link> · {new Date(s.createdAt).toLocaleString()}
      </p>
      <h1>Mock interview report</h1>
      <p data-testid="mock-total">
        {formatDuration(report.usedMs)} used of {formatDuration(report.plannedMs)} planned ({s.config.presetMinutes}-minute interview).
      </p>
      {saveError ? <p role="alert" className="error-banner">{saveError}</p> : null}
      <section className="pane" aria-labelledby="next-h">
        <h2 id="next-h">What to practise next</h2>
        {report.practiseNext.length ? (
          <ul aria-label="What to practise next">
            {report.practiseNext.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        ) : (
          <p>Nothing stood out: try a longer preset, or a harder difficulty.</p>
        )}
      </section>
      <table className="mock-report-table" aria-label="Stages against the plan">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Planned</th>
            <th scope="col">Used</th>
            <th scope="col">Self-rating</th>
            <th scope="col">What it produced</th>
          </tr>
        </thead>
        <tbody>
          {report.stages.map((st) => (
            <tr key={st.index}>
              <th scope="row">
                {st.label}
                {st.status === 'skipped' ? <span className="muted"> (skipped)</span> : null}
              </th>
              <td>{formatDuration(st.plannedMs)}</td>
              <td className={st.overMs > 0 ? 'verdict-long' : ''}>
                {formatDuration(st.usedMs)}
                {st.overMs > 0 ? ` (${formatDuration(st.overMs)} over)` : ''}
              </td>
              <td>{st.selfRating ? `${st.selfRating} of 4` : '—'}</td>
              <td>
                <ul className="mock-parts">
                  {st.parts.map((p, k) => (
                    <li key={k}>
                      {p.type === 'attempt' ? (
                        <>
                          <Link href={`/attempt/${p.id}`}>{p.problemTitle}</Link>: {p.status === 'finished' ? 'done' : 'unfinished'},{' '}
                          {formatDuration(p.usedMs)} of {formatDuration(p.plannedMs)}
                          {p.tests ? `, ${p.tests.passed} of ${p.tests.total} tests` : ', tests not run'}
                          {p.talk?.speakingShare !== undefined ? `, spoke ${Math.round(p.talk.speakingShare * 100)}% of the time` : ''}
                        </>
                      ) : p.type === 'answer' ? (
                        <>
                          <Link href={`/answer/${p.id}`}>{p.questionText}</Link>: {formatDuration(p.lengthMs)} (
                          {p.verdict === 'on-target' ? 'on target' : `too ${p.verdict}`})
                          {p.talk?.speakingMs !== undefined ? `, spoke ${Math.min(100, Math.round((100 * p.talk.speakingMs) / Math.max(1, p.lengthMs)))}% of it` : ''}
                          {p.rating ? `, rated ${p.rating} of 4` : ', not rated yet'}
                        </>
                      ) : p.type === 'ask-back' ? (
                        <>
                          Asked {p.asked} of {p.listed} questions
                          <StageRecording id={s.stages[st.index]?.recordingId ?? null} />
                        </>
                      ) : (
                        <span className="muted">A linked {p.what} is no longer on this device.</span>
                      )}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">Rate and self-check each answer from its link: the advice above takes them in.</p>
      <label className="reflection">
        Notes on this interview
        <textarea rows={3} defaultValue={s.reflection} onBlur={(e) => void saveReflection(e.target.value)} />
      </label>
      <p className="review-actions">
        <button type="button" onClick={() => void remove()}>
          Delete this mock interview
        </button>
      </p>
    </div>
  )
}

/** The questions asked back, as recorded. */
function StageRecording({ id }: { id: string | null }) {
  const playback = useRecordingPlayback(id)
  return <RecordingPlayers playback={playback} label="Your questions for them, as you asked them" />
}
