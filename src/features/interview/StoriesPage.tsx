// Prepared stories: one story can serve several questions. The candidate
// writes their own (situation, task, action, result, what they learnt), picks
// the questions each covers, sees which behavioural questions no story covers
// yet, and can start from the bundled examples.
import { useMemo, useState } from 'react'
import { Link } from 'wouter'
import type { ExampleStory } from '../../core/interview/deck'
import type { StoryRecord } from '../../core/interview/records'
import { newRecordId } from '../../core/records/gate'
import { ownQuestionsStore, storiesStore } from '../../storage/interview'
import { useDeck } from '../../ui/interview/useDeck'
import { useRecords } from '../../ui/interview/useRecords'
import './interview.css'

const FIELDS = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
  ['learnt', 'What I learnt'],
] as const

function blankStory(now: number, from?: ExampleStory): StoryRecord {
  return {
    schemaVersion: 1,
    id: newRecordId('story'),
    title: from?.title ?? '',
    situation: from?.situation ?? '',
    task: from?.task ?? '',
    action: from?.action ?? '',
    result: from?.result ?? '',
    learnt: from?.learnt ?? '',
    covers: from ? [...from.covers] : [],
    fromExample: from?.id ?? null,
    createdAt: now,
    updatedAt: now,
  }
}

export function StoriesPage() {
  const loaded = useDeck()
  const stories = useRecords(storiesStore)
  const own = useRecords(ownQuestionsStore)
  const [editing, setEditing] = useState<StoryRecord | null>(null)
  const [error, setError] = useState<string | null>(null)

  const titles = useMemo(() => {
    const m = new Map<string, string>()
    for (const q of loaded?.deck.questions ?? []) m.set(q.id, q.question)
    for (const q of own.values ?? []) m.set(q.id, q.question)
    return m
  }, [loaded, own.values])

  if (!loaded || !stories.values || !own.values) return <p role="status">Loading your stories…</p>
  const covered = new Set(stories.values.flatMap((s) => s.covers))
  const uncovered = loaded.deck.questions.filter((q) => q.type === 'behavioural' && !covered.has(q.id))

  const save = async (s: StoryRecord) => {
    try {
      await storiesStore.put({ ...s, updatedAt: Date.now() })
      setEditing(null)
      setError(null)
      await stories.reload()
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <div className="stories">
      <h1>Your stories</h1>
      <p className="muted">
        A few well-prepared stories answer most behavioural questions. Write each one once, in STAR order, and mark the questions it can answer. Back to{' '}
        <Link href="/questions">the questions</Link>.
      </p>
      {error ? <p role="alert" className="error-banner">{error}</p> : null}
      {editing ? (
        <StoryForm story={editing} questions={[...titles]} onSave={(s) => void save(s)} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" className="primary" onClick={() => setEditing(blankStory(Date.now()))}>
          Write a new story
        </button>
      )}
      <section className="pane" aria-labelledby="mine-h">
        <h2 id="mine-h">Your stories ({stories.values.length})</h2>
        {stories.values.length === 0 ? <p className="muted">None yet.</p> : null}
        <ul className="story-list" aria-label="Your stories">
          {[...stories.values]
            .sort((a, b) => b.updatedAt - a.updatedAt)
            .map((s) => (
              <li key={s.id} id={s.id}>
                <strong>{s.title || 'Untitled story'}</strong>{' '}
                <button type="button" onClick={() => setEditing(s)} aria-label={`Edit ${s.title || 'this story'}`}>
                  Edit
                </button>{' '}
                <button
                  type="button"
                  onClick={() => {
                    if (window.confirm('Delete this story?')) void storiesStore.remove(s.id).then(() => stories.reload())
                  }}
                  aria-label={`Delete ${s.title || 'this story'}`}
                >
                  Delete
                </button>
                <p className="small">Covers {s.covers.length} question{s.covers.length === 1 ? '' : 's'}:</p>
                <ul className="small" aria-label={`Questions “${s.title}” covers`}>
                  {s.covers.map((id) => (
                    <li key={id}>
                      <Link href={`/questions/${id}`}>{titles.get(id) ?? id}</Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
        </ul>
      </section>
      <section className="pane" aria-labelledby="uncovered-h">
        <h2 id="uncovered-h">Behavioural questions no story covers yet ({uncovered.length})</h2>
        <ul className="small">
          {uncovered.map((q) => (
            <li key={q.id}>
              <Link href={`/questions/${q.id}`}>{q.question}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="pane" aria-labelledby="examples-h">
        <h2 id="examples-h">Example stories</h2>
        <p className="muted small">A junior&apos;s stories, to show the shape. Copy one to make it yours, then change it to what really happened to you.</p>
        <ul className="story-list" aria-label="Example stories">
          {loaded.deck.stories.map((s) => (
            <li key={s.id}>
              <strong>{s.title}</strong>{' '}
              <button type="button" onClick={() => setEditing(blankStory(Date.now(), s))} aria-label={`Copy to my stories: ${s.title}`}>
                Copy to my stories
              </button>
              <dl className="story-star small">
                {FIELDS.map(([k, label]) => (
                  <div key={k}>
                    <dt>{label}</dt>
                    <dd>{s[k]}</dd>
                  </div>
                ))}
              </dl>
              <p className="small muted">Covers: {s.covers.map((id) => titles.get(id) ?? id).join(' · ')}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}

function StoryForm({ story, questions, onSave, onCancel }: { story: StoryRecord; questions: [string, string][]; onSave(s: StoryRecord): void; onCancel(): void }) {
  const [s, setS] = useState(story)
  const [filter, setFilter] = useState('')
  const set = (patch: Partial<StoryRecord>) => setS((x) => ({ ...x, ...patch }))
  const toggle = (id: string) => set({ covers: s.covers.includes(id) ? s.covers.filter((c) => c !== id) : [...s.covers, id] })
  const shown = questions.filter(([id, q]) => s.covers.includes(id) || q.toLowerCase().includes(filter.toLowerCase()))
  return (
    <form
      className="story-form pane"
      aria-label="Your story"
      onSubmit={(e) => {
        e.preventDefault()
        onSave(s)
      }}
    >
      <label>
        Title <input value={s.title} onChange={(e) => set({ title: e.target.value })} maxLength={500} required />
      </label>
      {FIELDS.map(([k, label]) => (
        <label key={k}>
          {label}
          <textarea rows={2} value={s[k]} onChange={(e) => set({ [k]: e.target.value } as Partial<StoryRecord>)} />
        </label>
      ))}
      <fieldset>
        <legend>Questions it can answer ({s.covers.length})</legend>
        <input type="search" placeholder="Find a question" aria-label="Find a question" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <div className="covers-list">
          {shown.map(([id, q]) => (
            <label key={id} className="check-row">
              <input type="checkbox" checked={s.covers.includes(id)} onChange={() => toggle(id)} /> {q}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="primary">
        Save the story
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  )
}
