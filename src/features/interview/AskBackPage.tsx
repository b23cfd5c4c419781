// Questions to ask the interviewer: the collection grouped by what the answers
// reveal, each with why it lands well and when not to ask it, and the
// candidate's own short list (picked, reworded, ordered) that the mock
// interview ends with.
import { useState } from 'react'
import { ASK_BACK_LIST_ID, type AskBackItem, type AskBackListRecord } from '../../core/interview/records'
import { newRecordId } from '../../core/records/gate'
import { listsStore } from '../../storage/interview'
import { useDeck } from '../../ui/interview/useDeck'
import { useRecords } from '../../ui/interview/useRecords'
import './interview.css'

/** The time of a change (called from event handlers, never while rendering). */
const wallClock = () => Date.now()

/** A short list is the point: three to five is what an interview has time for. */
export const SUGGESTED_LIST_SIZE = 5

export function AskBackPage() {
  const loaded = useDeck()
  const lists = useRecords(listsStore)
  const [own, setOwn] = useState('')
  const [error, setError] = useState<string | null>(null)
  // The list as edited here: changes apply at once and are written in order,
  // so a quick second change never starts from a list the store has not caught up with.
  const [edited, setEdited] = useState<AskBackListRecord | null>(null)
  if (!loaded || !lists.values) return <p role="status">Loading the questions…</p>
  const list: AskBackListRecord = edited ?? lists.values.find((l) => l.id === ASK_BACK_LIST_ID) ?? { schemaVersion: 1, id: ASK_BACK_LIST_ID, items: [], updatedAt: 0 }
  const save = async (items: AskBackItem[]) => {
    const next = { ...list, items, updatedAt: wallClock() }
    setEdited(next)
    try {
      await listsStore.put(next)
      setError(null)
    } catch (e) {
      setError(`Your list could not be saved (it is still shown here): ${(e as Error).message}`)
    }
  }
  const add = (text: string, sourceId: string | null) => void save([...list.items, { id: newRecordId('ask'), text, sourceId }])
  const move = (i: number, d: -1 | 1) => {
    const items = [...list.items]
    const j = i + d
    if (j < 0 || j >= items.length) return
    ;[items[i], items[j]] = [items[j]!, items[i]!]
    void save(items)
  }
  const picked = new Set(list.items.map((i) => i.sourceId))

  return (
    <div className="ask-back">
      <h1>Your questions for the interviewer</h1>
      <p className="muted">
        Almost every interview ends with “Do you have any questions for us?”. Pick three to five, put them in your own words, and practise asking them
        aloud.
      </p>
      {error ? <p role="alert" className="error-banner">{error}</p> : null}
      <section className="pane" aria-labelledby="list-h">
        <h2 id="list-h">
          Your list ({list.items.length}
          {list.items.length > SUGGESTED_LIST_SIZE ? `: more than ${SUGGESTED_LIST_SIZE}, you may not have time for all` : ''})
        </h2>
        {list.items.length === 0 ? <p className="muted">Empty: add questions from the collection below, or write your own.</p> : null}
        <ol className="ask-list" aria-label="Your list of questions to ask">
          {list.items.map((item, i) => (
            <li key={item.id}>
              <input
                aria-label={`Question ${i + 1}`}
                defaultValue={item.text}
                maxLength={1000}
                onBlur={(e) => {
                  const text = e.target.value.trim()
                  if (text && text !== item.text) void save(list.items.map((x) => (x.id === item.id ? { ...x, text } : x)))
                }}
              />
              <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move question ${i + 1} up`}>
                ↑
              </button>
              <button type="button" onClick={() => move(i, 1)} disabled={i === list.items.length - 1} aria-label={`Move question ${i + 1} down`}>
                ↓
              </button>
              <button type="button" onClick={() => void save(list.items.filter((x) => x.id !== item.id))} aria-label={`Remove question ${i + 1}`}>
                Remove
              </button>
            </li>
          ))}
        </ol>
        <form
          className="ask-own"
          onSubmit={(e) => {
            e.preventDefault()
            if (own.trim()) {
              add(own.trim(), null)
              setOwn('')
            }
          }}
        >
          <label>
            A question of your own <input value={own} onChange={(e) => setOwn(e.target.value)} maxLength={1000} />
          </label>{' '}
          <button type="submit">Add it</button>
        </form>
      </section>
      {loaded.deck.askBackGroups.map((g) => (
        <section key={g.id} className="pane" aria-labelledby={`ab-${g.id}`}>
          <h2 id={`ab-${g.id}`}>{g.title}</h2>
          <p className="muted small">{g.reveals}</p>
          <ul className="ask-collection" aria-label={g.title}>
            {loaded.deck.askBack
              .filter((q) => q.group === g.id)
              .map((q) => (
                <li key={q.id}>
                  <strong>{q.question}</strong>{' '}
                  <button type="button" onClick={() => add(q.question, q.id)} disabled={picked.has(q.id)} aria-label={`${picked.has(q.id) ? 'In your list' : 'Add to my list'}: ${q.question}`}>
                    {picked.has(q.id) ? 'In your list' : 'Add to my list'}
                  </button>
                  <p className="small">
                    <span className="muted">Why it lands well:</span> {q.why}
                  </p>
                  <p className="small">
                    <span className="muted">When not to ask it:</span> {q.avoidWhen}
                  </p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
