import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { Link, useLocation } from 'wouter'
import {
  ANSWER_KINDS,
  ANSWER_KIND_LABELS,
  EMPTY_QUERY,
  answerKindOf,
  SORT_KEYS,
  STATUSES,
  allTags,
  libraryView,
  parseQuery,
  pickSurprise,
  statusOf,
  type LibraryQuery,
  type SortKey,
  type Status,
} from '../../core/problems/library'
import { CATEGORIES, CATEGORY_LABELS, DIFFICULTIES, type Problem } from '../../core/problems/schema'
import { loadCatalog, type Catalog } from '../../bank/catalog'
import { useProblemStatuses } from './useStatuses'
import '../../ui/problem.css'
import './library.css'

const QUERY_KEY = 'inkterview.library.query'
const SORT_LABELS: Record<SortKey, string> = { title: 'Title', difficulty: 'Difficulty', minutes: 'Suggested time', category: 'Category' }
const STATUS_LABELS: Record<Status, string> = { new: 'New', attempted: 'Attempted', solved: 'Solved' }
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function readSavedQuery(): LibraryQuery {
  try {
    const raw = sessionStorage.getItem(QUERY_KEY)
    return raw ? parseQuery(JSON.parse(raw)) : EMPTY_QUERY
  } catch {
    return EMPTY_QUERY
  }
}

/**
 * The problem list: search, filters (category, difficulty, tag, status), sort,
 * and "Surprise me". Filters survive going to a problem and back (session
 * storage). `statusById` overrides the statuses read from stored attempts.
 */
export function LibraryPage({ statusById: statusOverride }: { statusById?: Record<string, Status> } = {}) {
  const [catalog, setCatalog] = useState<Catalog | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [query, setQuery] = useState<LibraryQuery>(readSavedQuery)
  const [notice, setNotice] = useState('')
  const stored = useProblemStatuses()
  const statusById = statusOverride ?? stored.statusById
  const [, navigate] = useLocation()
  const ids = useId()
  const searchRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    loadCatalog().then(setCatalog, (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)))
  }, [])
  useEffect(() => {
    try {
      sessionStorage.setItem(QUERY_KEY, JSON.stringify(query))
    } catch {
      // Private mode or storage full: filters just won't be remembered.
    }
  }, [query])

  const problems = useMemo(() => catalog?.problems ?? [], [catalog])
  const visible = useMemo(() => libraryView(problems, query, statusById), [problems, query, statusById])
  const tags = useMemo(() => allTags(problems), [problems])
  const filtered = query.text !== '' || query.category !== '' || query.difficulty !== '' || query.tag !== '' || query.status !== '' || query.kind !== ''

  const set = <K extends keyof LibraryQuery>(key: K, value: LibraryQuery[K]) => {
    setNotice('')
    setQuery((q) => ({ ...q, [key]: value }))
  }

  const surprise = () => {
    const pick = pickSurprise(visible, statusById)
    if (pick) navigate(`/problem/${pick.id}`)
    else setNotice(visible.length ? 'Every problem shown is already solved. Widen the filters for a surprise.' : 'No problems match the filters.')
  }

  if (loadError) return <p role="alert">The problem bank could not be loaded: {loadError}</p>
  if (!catalog) return <p role="status">Loading problems…</p>

  return (
    <div className="library">
      <div className="library-head">
        <h1>Problems</h1>
        <button
          type="button"
          className="surprise"
          onClick={surprise}
          // Wait for the statuses, or a solved problem could be picked.
          disabled={!problems.length || (!statusOverride && !stored.loaded)}
        >
          Surprise me
        </button>
      </div>

      {catalog.errors.length > 0 && (
        <details className="library-errors" role="alert">
          <summary>
            {catalog.errors.length} problem file error{catalog.errors.length === 1 ? '' : 's'}: the problems concerned are left out
          </summary>
          <ul>
            {catalog.errors.map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {stored.error && !statusOverride && (
        <p className="library-note" role="status">
          Your attempts could not be read ({stored.error}), so every problem shows as new.
        </p>
      )}

      <form className="library-filters" role="search" aria-label="Find a problem" onSubmit={(e) => e.preventDefault()}>
        <div className="field field-search">
          <label htmlFor={`${ids}-text`}>Search</label>
          <input
            ref={searchRef}
            id={`${ids}-text`}
            type="search"
            value={query.text}
            placeholder="Title, topic or word"
            autoComplete="off"
            onChange={(e) => set('text', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-category`}>Category</label>
          <select id={`${ids}-category`} value={query.category} onChange={(e) => set('category', e.target.value as LibraryQuery['category'])}>
            <option value="">All categories</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-difficulty`}>Difficulty</label>
          <select
            id={`${ids}-difficulty`}
            value={query.difficulty}
            onChange={(e) => set('difficulty', e.target.value as LibraryQuery['difficulty'])}
          >
            <option value="">Any difficulty</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {cap(d)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-tag`}>Tag</label>
          <select id={`${ids}-tag`} value={query.tag} onChange={(e) => set('tag', e.target.value)}>
            <option value="">Any tag</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-kind`}>Answer</label>
          <select id={`${ids}-kind`} value={query.kind} onChange={(e) => set('kind', e.target.value as LibraryQuery['kind'])}>
            <option value="">Any way</option>
            {ANSWER_KINDS.map((k) => (
              <option key={k} value={k}>
                {ANSWER_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-status`}>Status</label>
          <select id={`${ids}-status`} value={query.status} onChange={(e) => set('status', e.target.value as LibraryQuery['status'])}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-sort`}>Sort by</label>
          <select id={`${ids}-sort`} value={query.sort} onChange={(e) => set('sort', e.target.value as SortKey)}>
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {SORT_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button
            type="button"
            className="clear-filters"
            onClick={() => {
              setNotice('')
              setQuery((q) => ({ ...EMPTY_QUERY, sort: q.sort }))
              searchRef.current?.focus()
            }}
          >
            Clear filters
          </button>
        )}
      </form>

      <p className="library-count" role="status" aria-live="polite">
        {notice || `Showing ${visible.length} of ${problems.length} problems`}
      </p>

      {visible.length === 0 ? (
        <p className="library-empty">No problem matches. Try fewer words or clear the filters.</p>
      ) : (
        <ul className="problem-list" aria-label="Problems">
          {visible.map((p) => (
            <ProblemCard key={p.id} problem={p} status={statusOf(statusById, p.id)} />
          ))}
        </ul>
      )}
    </div>
  )
}

function ProblemCard({ problem: p, status }: { problem: Problem; status: Status }) {
  return (
    <li className="problem-card" data-problem-id={p.id}>
      <div className="problem-card-head">
        <Link href={`/problem/${p.id}`} className="problem-link">
          {p.title}
        </Link>
        <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>
      </div>
      <ul className="problem-facts" aria-label={`About ${p.title}`}>
        <li className={`difficulty difficulty-${p.difficulty}`}>{p.difficulty}</li>
        <li>{CATEGORY_LABELS[p.category]}</li>
        <li>{p.minutes} min</li>
        {answerKindOf(p) === 'choice' ? <li>{ANSWER_KIND_LABELS.choice}</li> : null}
      </ul>
      <p className="problem-tags">{p.tags.map((t) => `#${t}`).join(' ')}</p>
    </li>
  )
}
