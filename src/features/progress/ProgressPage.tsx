// Progress over time: attempts per week, time used against suggested,
// self-rated correctness by category (charts: recharts, in this page's own
// chunk), and the problems due for another try. Each chart has its numbers as
// a table too, for screen readers and for reading exact values. Charts draw
// without animation: it re-rendered every chart for 1.5 s after the first paint
// and showed nothing a table of one's own figures needs.
import { useEffect, useMemo, useState } from 'react'
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { Link } from 'wouter'
import { CATEGORY_LABELS, type Category } from '../../core/problems/schema'
import { attemptsPerWeek, correctnessByCategory, dueForRetry, habitsPerWeek, timeAgainstSuggested } from '../../core/review/progress'
import type { AttemptSummary } from '../../core/attempts/schema'
import { loadCatalog } from '../../bank/catalog'
import { finishedAttempts } from '../../core/attempts/unfinished'
import { listAttemptSummaries } from '../../storage/attempts'
import { MockProgress } from './MockProgress'
import './progress.css'
import { dateShort } from '../../ui/dates'

const DAY = 86_400_000
const catLabel = (c: string) => CATEGORY_LABELS[c as Category] ?? c

function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <details className="chart-table">
      <summary>Show as a table</summary>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}

export function ProgressPage() {
  const [records, setRecords] = useState<AttemptSummary[] | null>(null)
  const [categories, setCategories] = useState<Map<string, string>>(new Map())
  const [error, setError] = useState<string | null>(null)
  const [now] = useState(() => Date.now())

  useEffect(() => {
    let live = true
    // Summaries carry what the charts need (correctness included): no ink or image is read.
    listAttemptSummaries().then(
      (summaries) => live && setRecords(finishedAttempts(summaries)),
      (e: Error) => live && setError(e.message),
    )
    return () => {
      live = false
    }
  }, [])

  // The catalog (every problem, validated) is read once the charts above have their data: only
  // the category chart needs it, and parsing it first held up the page's first paint.
  const haveRecords = records !== null
  useEffect(() => {
    if (!haveRecords) return
    let live = true
    void loadCatalog().then(({ problems }) => live && setCategories(new Map(problems.map((p) => [p.id, p.category]))))
    return () => {
      live = false
    }
  }, [haveRecords])

  const weekly = useMemo(() => (records ? attemptsPerWeek(records, now, 12).map((w) => ({ ...w, label: dateShort(w.weekStart) })) : []), [records, now])
  const times = useMemo(() => (records ? timeAgainstSuggested(records, 30).map((r) => ({ ...r, label: dateShort(r.startedAt) })) : []), [records])
  const byCategory = useMemo(
    () => (records ? correctnessByCategory(records, (id) => categories.get(id)).map((c) => ({ ...c, label: catLabel(c.category) })) : []),
    [records, categories],
  )
  const habits = useMemo(() => (records ? habitsPerWeek(records, now, 12).map((w) => ({ ...w, label: dateShort(w.weekStart) })) : []), [records, now])
  const due = useMemo(() => (records ? dueForRetry(records, now) : []), [records, now])

  if (error) return <p role="alert">Your attempts could not be read: {error}</p>
  if (!records) return <p role="status">Loading your progress…</p>
  if (records.length === 0)
    return (
      <div className="progress">
        <h1>Progress</h1>
        <p>
          No attempts yet. <Link href="/">Pick a problem</Link> and write your first answer.
        </p>
        <MockProgress />
      </div>
    )
  return (
    <div className="progress">
      <h1>Progress</h1>
      <div className="progress-grid">
        <section className="pane" aria-labelledby="due-h">
          <h2 id="due-h">Due for another try</h2>
          <p className="muted small">
            After a failed attempt, try again in a day; after a partial or unrated one, in three days; after a solve, in a week, doubling with each solve in a row
            (up to 60 days).
          </p>
          {due.length === 0 ? (
            <p>Nothing is due today.</p>
          ) : (
            <ul className="due-list" aria-label="Problems due for another try">
              {due.map((d) => (
                <li key={d.problemId}>
                  <Link href={`/problem/${d.problemId}`}>{d.problemTitle}</Link>{' '}
                  <span className="muted">
                    last {d.lastOutcome} on {dateShort(d.lastAttemptAt)} · {d.attempts} attempt{d.attempts === 1 ? '' : 's'} ·{' '}
                    {d.overdueMs < DAY ? 'due today' : `due ${Math.floor(d.overdueMs / DAY)} day${Math.floor(d.overdueMs / DAY) === 1 ? '' : 's'} ago`}
                  </span>{' '}
                  <Link href={`/attempt/${d.lastAttemptId}`} aria-label={`Last attempt at ${d.problemTitle}`}>
                    last attempt
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="pane" aria-labelledby="weekly-h">
          <h2 id="weekly-h">Attempts per week</h2>
          <div className="chart" data-testid="chart-weekly">
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={weekly} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" fontSize={12} />
                <YAxis allowDecimals={false} fontSize={12} />
                <Tooltip />
                <Legend />
                <Bar isAnimationActive={false} dataKey="attempts" name="Attempts" fill="#1d4ed8" />
                <Bar isAnimationActive={false} dataKey="solved" name="Solved" fill="#15803d" />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <DataTable caption="Attempts per week" head={['Week of', 'Attempts', 'Solved']} rows={weekly.map((w) => [w.label, w.attempts, w.solved])} />
        </section>
        <section className="pane" aria-labelledby="time-h">
          <h2 id="time-h">Time used against suggested</h2>
          {times.length === 0 ? (
            <p className="muted">No finished attempt yet.</p>
          ) : (
            <>
              <div className="chart" data-testid="chart-time">
                <ResponsiveContainer width="100%" height={240}>
                  <ComposedChart data={times} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="label" fontSize={12} />
                    <YAxis unit=" min" fontSize={12} width={64} />
                    <Tooltip />
                    <Legend />
                    <Bar isAnimationActive={false} dataKey="usedMin" name="Used (min)" fill="#1d4ed8" />
                    <Line isAnimationActive={false} dataKey="suggestedMin" name="Suggested (min)" stroke="#b45309" strokeWidth={2} dot={false} type="stepAfter" />
                  </ComposedChart>
                </ResponsiveContainer>
              </div>
              <DataTable caption="Time used against suggested" head={['Attempt', 'Problem', 'Used (min)', 'Suggested (min)']} rows={times.map((t) => [t.label, t.title, t.usedMin, t.suggestedMin])} />
            </>
          )}
        </section>
        <section className="pane" aria-labelledby="habits-h">
          <h2 id="habits-h">Thinking aloud, planning first, asking</h2>
          <p className="muted small">
            Speaking: share of recorded time you spent talking (attempts recorded with the microphone). Planned first: attempts where you spent time in Plan before
            Code (when you used the phases). Questions: clarifying questions asked per attempt.
          </p>
          <div className="chart" data-testid="chart-habits">
            <ResponsiveContainer width="100%" height={240}>
              <ComposedChart data={habits} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" fontSize={12} />
                <YAxis yAxisId="pct" unit="%" domain={[0, 100]} fontSize={12} width={56} />
                <YAxis yAxisId="n" orientation="right" allowDecimals={false} fontSize={12} width={32} />
                <Tooltip />
                <Legend />
                <Line isAnimationActive={false} yAxisId="pct" dataKey="speakingPct" name="Speaking (%)" stroke="#059669" strokeWidth={2} connectNulls />
                <Line isAnimationActive={false} yAxisId="pct" dataKey="plannedFirstPct" name="Planned first (%)" stroke="#0891b2" strokeWidth={2} connectNulls />
                <Bar isAnimationActive={false} yAxisId="n" dataKey="questions" name="Questions per attempt" fill="#7c3aed" />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <DataTable
            caption="Thinking aloud, planning first, asking, per week"
            head={['Week of', 'Attempts', 'Speaking (%)', 'Planned first (%)', 'Questions per attempt']}
            rows={habits.map((w) => [w.label, w.attempts, w.speakingPct ?? '–', w.plannedFirstPct ?? '–', w.questions ?? '–'])}
          />
        </section>
        <section className="pane" aria-labelledby="cat-h">
          <h2 id="cat-h">Self-rated correctness by category</h2>
          {byCategory.length === 0 ? (
            <p className="muted">Rate your attempts (on each attempt's page) to see this.</p>
          ) : (
            <>
              <div className="chart" data-testid="chart-category">
                <ResponsiveContainer width="100%" height={Math.max(160, 44 * byCategory.length + 40)}>
                  <BarChart data={byCategory} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                    <XAxis type="number" domain={[0, 4]} ticks={[1, 2, 3, 4]} fontSize={12} />
                    <YAxis type="category" dataKey="label" width={130} fontSize={12} />
                    <Tooltip />
                    <Bar isAnimationActive={false} dataKey="mean" name="Mean correctness (1-4)" fill="#7c3aed" />
                  </BarChart>
                </ResponsiveContainer>
              </div>
              <DataTable caption="Self-rated correctness by category" head={['Category', 'Mean (1-4)', 'Rated attempts']} rows={byCategory.map((c) => [c.label, c.mean, c.rated])} />
            </>
          )}
        </section>
        <MockProgress />
      </div>
    </div>
  )
}
