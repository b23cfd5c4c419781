import { useEffect, useMemo, useRef, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { ATTEMPT_OUTCOMES, type AttemptOutcome, type AttemptSummary } from '../../core/attempts/schema'
import { finishedAttempts, unfinishedAttempts } from '../../core/attempts/unfinished'
import type { RestoreIssue } from '../../core/attempts/restore'
import { CATEGORY_LABELS, type Category } from '../../core/problems/schema'
import { dayBoundary, filterAttempts, previousAttempts, type HistoryFilter } from '../../core/review/filters'
import { formatClock, formatDuration } from '../../core/session/timer'
import { loadCatalog } from '../../bank/catalog'
import { deleteAttempt, listAttemptSummariesChecked, restoreDeleted, type DeletedAttempt } from '../../storage/attempts'
import { exportBackup } from '../../storage/backup'
import { subscribeAttemptsChanged } from '../../storage/changes'
import { downloadFile } from '../../ui/download'
import { languageLabel } from '../../core/languages'
import { MockSessions } from './MockSessions'
import './history.css'

/** Rows rendered at first and per "Show more": the list opens fast with thousands of attempts. */
const PAGE = 50

interface FilterForm {
  problemId: string
  category: string
  from: string
  to: string
  outcome: '' | AttemptOutcome
}
const EMPTY: FilterForm = { problemId: '', category: '', from: '', to: '', outcome: '' }

// Filters survive going into an attempt and back (same tab only).
const KEY = 'inkterview.history-filters'
function savedForm(): FilterForm {
  try {
    const raw = sessionStorage.getItem(KEY)
    return raw ? { ...EMPTY, ...(JSON.parse(raw) as Partial<FilterForm>) } : EMPTY
  } catch {
    return EMPTY
  }
}

function toFilter(f: FilterForm): HistoryFilter {
  return {
    problemId: f.problemId || undefined,
    category: f.category || undefined,
    fromMs: dayBoundary(f.from, false),
    toMs: dayBoundary(f.to, true),
    outcome: f.outcome || undefined,
  }
}

/** Every stored attempt, newest first, with filters. Reads summaries only, so it opens fast. */
export function HistoryPage() {
  const [data, setData] = useState<{ summaries: AttemptSummary[]; issues: RestoreIssue[] } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [categories, setCategories] = useState<Map<string, string>>(new Map())
  const [form, setForm] = useState<FilterForm>(savedForm)
  const [, navigate] = useLocation()
  const [limit, setLimit] = useState(PAGE)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [notice, setNotice] = useState<{ text: string; undo?: DeletedAttempt } | null>(null)
  const load = () => listAttemptSummariesChecked().then(setData, (e: Error) => setError(e.message))
  const noticeRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    void load()
    void loadCatalog().then(({ problems }) => setCategories(new Map(problems.map((p) => [p.id, p.category]))))
    // What another tab (or the board's last save, landing as it unmounts) stores shows up here.
    return subscribeAttemptsChanged(() => void load())
  }, [])
  useEffect(() => {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(form))
    } catch {
      /* private mode: filters just are not kept */
    }
  }, [form])

  // Unfinished answers are listed first, apart; the filtered list is of finished ones.
  const unfinished = useMemo(() => unfinishedAttempts(data?.summaries ?? []), [data])
  const summaries = useMemo(() => (data ? finishedAttempts(data.summaries) : undefined), [data])
  const shown = useMemo(() => (summaries ? filterAttempts(summaries, toFilter(form), (id) => categories.get(id)) : []), [summaries, form, categories])
  const previous = useMemo(() => previousAttempts(summaries ?? []), [summaries])
  const problems = useMemo(() => {
    const m = new Map<string, string>()
    for (const s of summaries ?? []) if (!m.has(s.problemId)) m.set(s.problemId, s.problemTitle)
    return [...m].sort((a, b) => a[1].localeCompare(b[1]))
  }, [summaries])
  const presentCategories = useMemo(() => {
    const set = new Set<string>()
    for (const s of summaries ?? []) {
      const c = categories.get(s.problemId)
      if (c) set.add(c)
    }
    return [...set].sort()
  }, [summaries, categories])

  if (error) return <p role="alert">The attempt store could not be opened: {error}</p>
  if (!data) return <p role="status">Loading your attempts…</p>
  const set = (patch: Partial<FilterForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    setLimit(PAGE)
  }
  const remove = async (s: AttemptSummary) => {
    try {
      const gone = await deleteAttempt(s.id)
      setSelected((sel) => new Set([...sel].filter((id) => id !== s.id)))
      const what = s.status === 'in-progress' ? 'Discarded your unfinished answer to' : 'Deleted your attempt at'
      setNotice({ text: `${what} “${s.problemTitle}”.`, ...(gone ? { undo: gone } : {}) })
      await load()
      noticeRef.current?.focus()
    } catch (e) {
      setNotice({ text: (e as Error).message })
    }
  }
  const undo = async (d: DeletedAttempt) => {
    try {
      await restoreDeleted(d)
      setNotice({ text: 'The attempt is back.' })
      await load()
    } catch (e) {
      setNotice({ text: (e as Error).message })
    }
  }
  const exportSelected = async () => {
    const r = await exportBackup([...selected])
    downloadFile(r.bytes, r.fileName)
    setNotice({ text: r.message })
  }
  const toggle = (id: string) =>
    setSelected((sel) => {
      const next = new Set(sel)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const filtered = JSON.stringify(form) !== JSON.stringify(EMPTY)
  return (
    <div className="history">
      <h1>History</h1>
      <MockSessions />
      {data.issues.length ? (
        <div role="alert" className="error-banner">
          {data.issues.length} stored record{data.issues.length === 1 ? '' : 's'} could not be read and {data.issues.length === 1 ? 'is' : 'are'} left
          untouched: {data.issues.slice(0, 3).map((i) => `${i.key} (${i.field || 'record'}: ${i.message})`).join('; ')}
        </div>
      ) : null}
      {data.summaries.length === 0 ? (
        <p>
          No attempts yet. <Link href="/">Pick a problem</Link> and write your first answer.
        </p>
      ) : (
        <>
          <form className="history-filters" aria-label="Filter attempts" onSubmit={(e) => e.preventDefault()}>
            <label>
              Problem
              <select value={form.problemId} onChange={(e) => set({ problemId: e.target.value })}>
                <option value="">All problems</option>
                {problems.map(([id, title]) => (
                  <option key={id} value={id}>
                    {title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Category
              <select value={form.category} onChange={(e) => set({ category: e.target.value })}>
                <option value="">All categories</option>
                {presentCategories.map((c) => (
                  <option key={c} value={c}>
                    {CATEGORY_LABELS[c as Category] ?? c}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Outcome
              <select value={form.outcome} onChange={(e) => set({ outcome: e.target.value as FilterForm['outcome'] })}>
                <option value="">Any outcome</option>
                {ATTEMPT_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </label>
            <label>
              From
              <input type="date" value={form.from} onChange={(e) => set({ from: e.target.value })} />
            </label>
            <label>
              To
              <input type="date" value={form.to} onChange={(e) => set({ to: e.target.value })} />
            </label>
            <button type="button" onClick={() => setForm(EMPTY)} disabled={!filtered}>
              Clear filters
            </button>
          </form>
          <div ref={noticeRef} tabIndex={-1} role="status" className="history-notice">
            {notice ? (
              <>
                {notice.text}{' '}
                {notice.undo ? (
                  <button type="button" onClick={() => void undo(notice.undo!)}>
                    Undo
                  </button>
                ) : null}
              </>
            ) : null}
          </div>
          {selected.size ? (
            <p className="history-selection">
              {selected.size} selected{' '}
              <button type="button" onClick={() => void exportSelected()}>
                Export selected
              </button>{' '}
              <button type="button" onClick={() => setSelected(new Set())}>
                Clear selection
              </button>
            </p>
          ) : null}
          {unfinished.length ? (
            <section className="history-unfinished" aria-labelledby="history-unfinished-title">
              <h2 id="history-unfinished-title">Unfinished</h2>
              <ol className="history-list" aria-label="Unfinished answers, most recent first">
                {unfinished.map((s) => (
                  <li key={s.id}>
                    <Link href={`/attempt/${s.id}`}>{s.problemTitle}</Link>
                    <span className="muted">
                      {' '}
                      started {new Date(s.startedAt).toLocaleString()} · {languageLabel(s.language)} · {s.strokeCount} stroke
                      {s.strokeCount === 1 ? '' : 's'} · {formatClock(s.elapsedMs)} on the clock
                    </span>
                    <Link href={`/attempt/${s.id}`} className="button-link history-resume" aria-label={`Resume your answer to ${s.problemTitle} started ${new Date(s.startedAt).toLocaleString()}`}>
                      Resume
                    </Link>
                    <button
                      type="button"
                      className="history-delete"
                      onClick={() => void remove(s)}
                      aria-label={`Discard your unfinished answer to ${s.problemTitle} started ${new Date(s.startedAt).toLocaleString()}`}
                    >
                      Discard
                    </button>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          <p className="history-count" aria-live="polite" data-testid="history-count">
            Showing {shown.length} of {summaries?.length ?? 0} finished attempts
          </p>
          {shown.length === 0 && summaries?.length ? <p>No attempt matches these filters.</p> : null}
          <ol className="history-list" aria-label="Attempts, newest first">
            {shown.slice(0, limit).map((s) => {
              const prev = previous.get(s.id)
              return (
                <li key={s.id}>
                  <input
                    type="checkbox"
                    className="history-select"
                    checked={selected.has(s.id)}
                    onChange={() => toggle(s.id)}
                    aria-label={`Select the attempt at ${s.problemTitle} of ${new Date(s.startedAt).toLocaleString()}`}
                  />{' '}
                  <Link href={`/attempt/${s.id}`}>{s.problemTitle}</Link>
                  <span className="muted">
                    {' '}
                    {new Date(s.startedAt).toLocaleString()} · {languageLabel(s.language)} · {formatDuration(s.elapsedMs)} of{' '}
                    {formatDuration(s.suggestedMs)} · <span className={`outcome outcome-${s.outcome}`}>{s.outcome}</span>
                  </span>
                  {prev ? (
                    <button
                      type="button"
                      className="history-compare"
                      onClick={() => navigate(`/compare/${prev.id}/${s.id}`)}
                      aria-label={`Compare with previous attempt: ${s.problemTitle}`}
                    >
                      Compare with previous
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="history-delete"
                    onClick={() => void remove(s)}
                    aria-label={`Delete the attempt at ${s.problemTitle} of ${new Date(s.startedAt).toLocaleString()}`}
                  >
                    Delete
                  </button>
                  {s.transcriptPreview ? <pre className="history-preview">{s.transcriptPreview}</pre> : null}
                </li>
              )
            })}
          </ol>
          {shown.length > limit ? (
            <button type="button" onClick={() => setLimit((n) => n + PAGE * 4)}>
              Show more ({shown.length - limit} older)
            </button>
          ) : null}
        </>
      )}
    </div>
  )
}
