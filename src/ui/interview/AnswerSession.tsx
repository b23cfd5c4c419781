// Answering a question aloud: the question, a short thinking time, then the
// answer with a visible clock against its target length, and bullet notes,
// typed or hand-written on the board (read by the recogniser). Shared by the
// deck (features/interview) and the mock interview (features/mock). Thin: the
// rules are core/interview/answering.ts, the saving useSavedRecord.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import {
  answerAtLastSave,
  answerLengthMs,
  finishAnswer,
  lengthVerdict,
  pauseAnswer,
  resumeAnswer,
  startAnswering,
  tick,
  type AnswerableQuestion,
} from '../../core/interview/answering'
import type { AnswerRecord } from '../../core/interview/records'
import type { InkDocument } from '../../core/ink/ink'
import { elapsedMs, formatClock } from '../../core/session/timer'
import type { InkCanvasHandle } from '../../canvas/InkCanvas'
import { recogniser } from '../../services/recogniser'
import { answersStore } from '../../storage/interview'
import { useNow } from '../useNow'
import { setPreferences, usePreferences, useResolvedTheme } from '../usePreferences'
import { useRecording } from '../useRecording'
import { useSavedRecord, type RecordRules } from '../useSavedRecord'
import { ownershipGate, SavingNotices } from './RecordNotices'
import { measuredTalk } from './answerTalk'
import { VoiceControls } from './VoiceControls'
import './interview.css'

const InkCanvas = lazy(() => import('../../canvas/InkCanvas').then((m) => ({ default: m.InkCanvas })))

export const answerRules: RecordRules<AnswerRecord> = {
  save: (a) => answersStore.put(a),
  isOpen: (a) => a.status === 'in-progress',
  atLastSave: answerAtLastSave,
  resume: resumeAnswer,
  pause: pauseAnswer,
  stamp: (a, now) => ({ ...a, updatedAt: now }),
  load: async (id) => (await answersStore.get(id)).value,
}

const seconds = (ms: number) => formatClock(ms).replace(/^\+/, '')

/** "1:30–2:30" */
export function targetText(t: { minMs: number; maxMs: number }): string {
  return `${seconds(t.minMs)}–${seconds(t.maxMs)}`
}

export interface AnswerSessionProps {
  question: AnswerableQuestion
  answer: AnswerRecord
  /** Called once the finished answer is saved. */
  onFinished(a: AnswerRecord): void
  /** Shown in the bar (e.g. the mock interview's clock). */
  extra?: ReactNode
}

export function AnswerSession({ question, answer, onFinished, extra }: AnswerSessionProps) {
  const rec = useSavedRecord(answer, answerRules)
  const { current, update, ownership } = rec
  const a = rec.value
  const now = useNow(200, a.status === 'in-progress')
  const [finishing, setFinishing] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const preferences = usePreferences()
  // The spoken answer is recorded (switch on) from the end of the thinking time to Done, under
  // the answer's own id; a reload mid-answer records on into it. The recorder's rules (chunks stored
  // as they come, one line when it cannot) are the board's.
  const recordingId = a.recordingId ?? a.id
  const recording = useRecording(recordingId, preferences.microphone && ownership === 'held' && a.status === 'in-progress' && a.phase === 'answering')
  useEffect(() => {
    if (recording.status !== 'recording' || current().recordingId !== null) return
    update({ ...current(), recordingId, updatedAt: Date.now() })
  }, [recording.status, recordingId, current, update])

  // Thinking time runs out: the answer starts at that moment.
  useEffect(() => {
    if (ownership !== 'held') return
    const next = tick(current(), now)
    if (next !== current()) update(next)
  }, [now, ownership, current, update])
  const onNotes = useCallback((patch: Partial<AnswerRecord>) => update({ ...current(), ...patch, updatedAt: Date.now() }), [current, update])

  const startNow = () => rec.update(startAnswering(rec.current(), Date.now()))

  const done = async () => {
    const at = Date.now()
    setFinishing(true)
    setError(null)
    // The last chunk is stored before the answer is finished.
    await recording.stop()
    let finished = finishAnswer(rec.current(), at)
    // The talk figures go with the finished answer (the mock's report reads them), measured from the stored recording.
    const talk = finished.recordingId ? await measuredTalk(finished.recordingId, answerLengthMs(finished, at)) : null
    if (talk) finished = { ...finished, talk }
    rec.update(finished)
    try {
      await answersStore.put(finished)
      await rec.flush()
      onFinished(finished)
    } catch (e) {
      setError((e as Error).message)
      setFinishing(false)
    }
  }

  const gate = ownershipGate(rec, 'answer')
  if (gate) return gate

  const thinking = a.phase === 'thinking'
  const thinkLeft = a.thinking.suggestedMs - elapsedMs(a.thinking, now)
  const length = answerLengthMs(a, now)
  const verdict = lengthVerdict(length, a.target)
  return (
    <div className="answer-session" data-phase={a.phase}>
      <div className="answer-bar">
        <h1 className="answer-question">{question.question}</h1>
        {extra}
      </div>
      <SavingNotices rec={rec} what="answer" error={error} />
      <VoiceControls recording={recording} label="Record my answer" />
      <div className="answer-clock-row">
        {thinking ? (
          <div className="answer-clock answer-clock-think" role="timer" aria-label={`Thinking time left: ${seconds(Math.max(0, thinkLeft))}`}>
            <span className="timer-label">Thinking time</span>
            <span className="timer-clock" data-testid="think-clock">
              {seconds(Math.max(0, thinkLeft))}
            </span>
          </div>
        ) : (
          <div className={`answer-clock answer-clock-${verdict}`} role="timer" aria-label={`Answer length ${seconds(length)}, target ${targetText(a.target)}`}>
            <span className="timer-label">Speaking</span>
            <span className="timer-clock" data-testid="answer-clock">
              {seconds(length)}
            </span>
            <span className="answer-target">target {targetText(a.target)}</span>
            <meter min={0} max={a.target.maxMs * 1.25} low={a.target.minMs} high={a.target.maxMs} optimum={(a.target.minMs + a.target.maxMs) / 2} value={length} aria-hidden="true" />
          </div>
        )}
        {thinking ? (
          <button type="button" className="primary" onClick={startNow} disabled={rec.ownership !== 'held'}>
            Start answering now
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void done()} disabled={finishing || rec.ownership !== 'held'}>
            Done
          </button>
        )}
      </div>
      <p className="muted answer-hint">
        {thinking
          ? `Plan your answer: ${question.steps.map((s) => s.label.toLowerCase()).join(', then ')}. The answer starts when the thinking time ends.`
          : verdict === 'short'
            ? 'Keep going: add a concrete detail, then the result.'
            : verdict === 'long'
              ? 'Past the target: say the result and wrap up.'
              : 'On target.'}
      </p>
      <ol className="answer-steps" aria-label="Structure to follow">
        {question.steps.map((s) => (
          <li key={s.id}>{s.label}</li>
        ))}
      </ol>
      <AnswerNotes value={a} onChange={onNotes} disabled={rec.ownership !== 'held'} />
    </div>
  )
}

/** Bullet notes: typed, or hand-written on a small board and read by the recogniser. */
export function AnswerNotes({
  value,
  onChange,
  disabled,
}: {
  value: Pick<AnswerRecord, 'notes' | 'notesInk' | 'notesRead'>
  onChange(patch: Partial<Pick<AnswerRecord, 'notes' | 'notesInk' | 'notesRead'>>): void
  disabled?: boolean
}) {
  const [mode, setMode] = useState<'type' | 'write'>(value.notesInk?.strokes.length ? 'write' : 'type')
  const canvas = useRef<InkCanvasHandle>(null)
  const [reading, setReading] = useState(false)
  const [readError, setReadError] = useState<string | null>(null)
  const onInk = useCallback((ink: InkDocument) => onChange({ notesInk: ink }), [onChange])
  const preferences = usePreferences()
  const theme = useResolvedTheme()
  const boardSettings = useMemo(() => ({ preferences, theme, onPreferencesChange: setPreferences }), [preferences, theme])

  const read = async () => {
    const ink = canvas.current?.getInk() ?? value.notesInk
    if (!ink?.strokes.length) return
    setReading(true)
    setReadError(null)
    try {
      const t = await recogniser().recognise(ink, { language: 'text' })
      onChange({ notesInk: ink, notesRead: t.text })
    } catch (e) {
      setReadError((e as Error).message)
    } finally {
      setReading(false)
    }
  }

  return (
    <section className="answer-notes" aria-label="Your notes">
      <div className="answer-notes-tabs" role="group" aria-label="How to take notes">
        <button type="button" aria-pressed={mode === 'type'} onClick={() => setMode('type')}>
          Type notes
        </button>
        <button type="button" aria-pressed={mode === 'write'} onClick={() => setMode('write')}>
          Write notes
        </button>
      </div>
      {mode === 'type' ? (
        <textarea
          aria-label="Notes, a few bullet points"
          placeholder={'- the situation\n- what I did\n- the result'}
          value={value.notes}
          onChange={(e) => onChange({ notes: e.target.value })}
          rows={5}
          disabled={disabled}
        />
      ) : (
        <>
          <div className="answer-notes-board">
            <Suspense fallback={<p role="status">Preparing the board…</p>}>
              <InkCanvas ref={canvas} initialInk={value.notesInk} onInkChange={onInk} ariaLabel="Write your notes here" settings={boardSettings} />
            </Suspense>
          </div>
          <button type="button" onClick={() => void read()} disabled={reading || disabled || !value.notesInk?.strokes.length}>
            {reading ? 'Reading your notes…' : 'Read my notes'}
          </button>
          {readError ? <p role="alert">Your notes are kept as written; they could not be read: {readError}</p> : null}
          {value.notesRead !== null ? (
            <label className="answer-notes-read">
              As read (correct it if you like)
              <textarea value={value.notesRead} onChange={(e) => onChange({ notesRead: e.target.value })} rows={4} disabled={disabled} />
            </label>
          ) : null}
        </>
      )}
    </section>
  )
}
