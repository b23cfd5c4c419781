// The question deck: every bundled question by group, the candidate's own
// questions, and the ones due for practice again (weak answers come back).
// Answering one makes an answer record and opens it (#/answer/<id>).
import { useMemo, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { createAnswer, ownToQuestion, type AnswerableQuestion } from '../../core/interview/answering'
import { DECK_GROUPS, QUESTION_TYPES, STRUCTURES, STRUCTURE_IDS, DEFAULT_TARGET_SECONDS, type DeckGroupId, type QuestionType, type StructureId } from '../../core/interview/deck'
import { newRecordId } from '../../core/records/gate'
import { dueQuestions, questionSchedule } from '../../core/interview/schedule'
import { answersStore, ownQuestionsStore } from '../../storage/interview'
import { useDeck } from '../../ui/interview/useDeck'
import { useRecords } from '../../ui/interview/useRecords'
import { setThinkTimeMs, thinkTimeMs } from '../../storage/thinkTime'
import './interview.css'
import { dateShort } from '../../ui/dates'


/** Makes and stores a new answer, then opens it. */
export function useStartAnswer(): [(q: AnswerableQuestion) => Promise<void>, string | null] {
  const [, navigate] = useLocation()
  const [error, setError] = useState<string | null>(null)
  const start = async (q: AnswerableQuestion) => {
    const a = createAnswer({ question: q, now: Date.now(), thinkMs: thinkTimeMs() })
    try {
      await answersStore.put(a)
      navigate(`/answer/${a.id}`)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return [start, error]
}

export function DeckPage() {
  const loaded = useDeck()
  const answers = useRecords(answersStore)
  const own = useRecords(ownQuestionsStore)
  const [group, setGroup] = useState<DeckGroupId | 'own' | ''>('')
  const [text, setText] = useState('')
  const [think, setThink] = useState(() => Math.round(thinkTimeMs() / 1000))
  const [start, startError] = useStartAnswer()
  const [now] = useState(() => Date.now())

  const schedule = useMemo(() => questionSchedule(answers.values ?? []), [answers.values])
  const due = useMemo(() => dueQuestions(answers.values ?? [], now), [answers.values, now])
  const counts = useMemo(() => {
    const m = new Map<string, number>()
    for (const a of answers.values ?? []) if (a.status === 'finished') m.set(a.questionId, (m.get(a.questionId) ?? 0) + 1)
    return m
  }, [answers.values])

  if (!loaded || !answers.values || !own.values) return <p role="status">Loading the questions…</p>
  const { deck, errors } = loaded
  const words = text.toLowerCase().split(/\s+/).filter(Boolean)
  const matches = (s: string) => words.every((w) => s.toLowerCase().includes(w))
  const allQuestions: AnswerableQuestion[] = [...deck.questions.map((q) => ({ ...q, source: 'deck' as const })), ...own.values.map(ownToQuestion)]
  const byId = new Map(allQuestions.map((q) => [q.id, q]))

  const status = (id: string) => {
    const n = counts.get(id) ?? 0
    const s = schedule.get(id)
    if (!n || !s) return 'not answered yet'
    return `answered ${n}× · ${s.dueAt <= now ? 'due now' : `back on ${dateShort(s.dueAt)}`}`
  }
  const row = (q: AnswerableQuestion) => (
    <li key={q.id}>
      <Link href={`/questions/${q.id}`}>{q.question}</Link> <span className="muted small">{status(q.id)}</span>{' '}
      <button type="button" onClick={() => void start(q)} aria-label={`Answer: ${q.question}`}>
        Answer
      </button>
    </li>
  )

  return (
    <div className="deck">
      <h1>Interview questions</h1>
      <p className="muted">
        Answer aloud: a short thinking time, then speak to a target length. Review it, tick what you covered, and rate it; weak answers come back
        sooner. Also: <Link href="/stories">your stories</Link> · <Link href="/ask-back">questions to ask the interviewer</Link> ·{' '}
        <Link href="/mock">a mock interview</Link>
      </p>
      {errors.length ? (
        <div role="alert" className="error-banner">
          {errors.length} part{errors.length === 1 ? '' : 's'} of the deck could not be read and {errors.length === 1 ? 'is' : 'are'} left out: {errors.slice(0, 2).join('; ')}
        </div>
      ) : null}
      {startError ? <p role="alert" className="error-banner">{startError}</p> : null}
      <section className="pane" aria-labelledby="due-q-h">
        <h2 id="due-q-h">Due for practice</h2>
        {due.length === 0 ? (
          <p className="muted">Nothing is due. Answers you rate weak come back the next day, shaky or good ones in three days, strong ones in a week and more.</p>
        ) : (
          <ul className="deck-list" aria-label="Questions due for practice">
            {due.map((d) => {
              const q = byId.get(d.key)
              return q ? row(q) : null
            })}
          </ul>
        )}
      </section>
      <form className="deck-filters" aria-label="Find a question" onSubmit={(e) => e.preventDefault()}>
        <label>
          Group{' '}
          <select value={group} onChange={(e) => setGroup(e.target.value as DeckGroupId | 'own' | '')}>
            <option value="">All groups</option>
            {deck.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
            <option value="own">Your own questions</option>
          </select>
        </label>
        <label>
          Search <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          Thinking time (seconds){' '}
          <input
            type="number"
            min={0}
            max={300}
            step={5}
            value={think}
            onChange={(e) => {
              const s = Math.max(0, Math.min(300, Number(e.target.value) || 0))
              setThink(s)
              setThinkTimeMs(s * 1000)
            }}
          />
        </label>
      </form>
      {deck.groups
        .filter((g) => !group || group === g.id)
        .map((g) => {
          const qs = deck.questions.filter((q) => q.group === g.id && matches(`${q.question} ${q.tags.join(' ')}`))
          if (!qs.length) return null
          return (
            <section key={g.id} className="pane" aria-labelledby={`g-${g.id}`}>
              <h2 id={`g-${g.id}`}>
                {g.title} <span className="muted small">({qs.length})</span>
              </h2>
              <p className="muted small">{g.about}</p>
              <ul className="deck-list" aria-label={g.title}>
                {qs.map((q) => row({ ...q, source: 'deck' }))}
              </ul>
            </section>
          )
        })}
      {!group || group === 'own' ? (
        <section className="pane" aria-labelledby="own-h">
          <h2 id="own-h">Your own questions</h2>
          <ul className="deck-list" aria-label="Your own questions">
            {own.values.filter((q) => matches(q.question)).map((q) => row(ownToQuestion(q)))}
          </ul>
          <OwnQuestionForm onSaved={() => void own.reload()} />
        </section>
      ) : null}
    </div>
  )
}

/** Adds a question of the candidate's own (one they expect, or were asked). */
function OwnQuestionForm({ onSaved }: { onSaved(): void }) {
  const [question, setQuestion] = useState('')
  const [group, setGroup] = useState<DeckGroupId>('working-style')
  const [type, setType] = useState<QuestionType>('behavioural')
  const [structure, setStructure] = useState<StructureId>('star')
  const [error, setError] = useState<string | null>(null)
  const save = async () => {
    const now = Date.now()
    const [min, max] = DEFAULT_TARGET_SECONDS[type]
    try {
      await ownQuestionsStore.put({
        schemaVersion: 1,
        id: newRecordId('q'),
        question: question.trim(),
        group,
        type,
        structure: type === 'behavioural' ? 'star' : structure,
        wants: '',
        pitfalls: [],
        targetSeconds: [min, max],
        notes: '',
        createdAt: now,
        updatedAt: now,
      })
      setQuestion('')
      setError(null)
      onSaved()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <form
      className="own-question-form"
      aria-label="Add a question of your own"
      onSubmit={(e) => {
        e.preventDefault()
        if (question.trim()) void save()
      }}
    >
      <label>
        Your question <input value={question} onChange={(e) => setQuestion(e.target.value)} maxLength={1000} required />
      </label>
      <label>
        Group{' '}
        <select value={group} onChange={(e) => setGroup(e.target.value as DeckGroupId)}>
          {DECK_GROUPS.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </label>
      <label>
        Kind{' '}
        <select value={type} onChange={(e) => setType(e.target.value as QuestionType)}>
          {QUESTION_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        Structure{' '}
        <select value={type === 'behavioural' ? 'star' : structure} onChange={(e) => setStructure(e.target.value as StructureId)} disabled={type === 'behavioural'}>
          {STRUCTURE_IDS.map((s) => (
            <option key={s} value={s}>
              {STRUCTURES[s].label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Add the question</button>
      {error ? <p role="alert">{error}</p> : null}
      <p className="muted small">Behavioural questions follow STAR. Answers to it come back on the same schedule as the deck&apos;s.</p>
    </form>
  )
}
