// Progress's chart of mock interviews over time: minutes used against planned
// per finished interview, and the mean of its stages' self-ratings. Nothing
// shows until one is finished.
import { useEffect, useMemo, useState } from 'react'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { mockProgress } from '../../core/mock/report'
import type { MockSummary } from '../../core/mock/schema'
import { summarizeSession } from '../../core/mock/session'
import { mockStore } from '../../storage/interview'
import { dateShort } from '../../ui/dates'


export function MockProgress() {
  const [summaries, setSummaries] = useState<MockSummary[]>([])
  useEffect(() => {
    let live = true
    mockStore.list().then(
      ({ values }) => live && setSummaries(values.map((s) => summarizeSession(s))),
      () => undefined, // the page's own message covers unreadable storage
    )
    return () => {
      live = false
    }
  }, [])
  const rows = useMemo(() => mockProgress(summaries).map((r) => ({ ...r, label: dateShort(r.at) })), [summaries])
  if (!rows.length) return null
  return (
    <section className="pane" aria-labelledby="mock-h">
      <h2 id="mock-h">Mock interviews</h2>
      <div className="chart" data-testid="chart-mock">
        <ResponsiveContainer width="100%" height={240}>
          <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" fontSize={12} />
            <YAxis unit=" min" fontSize={12} width={64} />
            <Tooltip />
            <Legend />
            <Bar isAnimationActive={false} dataKey="usedMin" name="Used (min)" fill="#0f766e" />
            <Line isAnimationActive={false} dataKey="plannedMin" name="Planned (min)" stroke="#b45309" strokeWidth={2} dot={false} type="stepAfter" />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-table">
        <summary>Show as a table</summary>
        <table>
          <caption className="visually-hidden">Mock interviews over time</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Preset (min)</th>
              <th scope="col">Used (min)</th>
              <th scope="col">Stages done</th>
              <th scope="col">Mean self-rating (1-4)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.label}</th>
                <td>{r.presetMinutes}</td>
                <td>{r.usedMin}</td>
                <td>{r.stages}</td>
                <td>{r.meanRating ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}
