// Time in each phase of the answer against the suggested split (core/session/phases.ts).
import type { Attempt } from '../../core/attempts/schema'
import { PHASE_LABELS, phaseReport, phasesUsed, plannedBeforeCoding, type PhaseVerdict } from '../../core/session/phases'
import { elapsedMs, formatDuration } from '../../core/session/timer'

const VERDICT: Record<PhaseVerdict, string> = { skipped: 'skipped', short: 'short', 'about-right': 'about right', long: 'long' }

export function PhaseReport({ attempt }: { attempt: Attempt }) {
  if (!phasesUsed(attempt.phases)) return <p className="muted">You did not move through the phases on this attempt (Clarify, Plan, Code, Test, Complexity on the board).</p>
  const used = elapsedMs(attempt.timer, attempt.endedAt ?? attempt.updatedAt)
  const rows = phaseReport(attempt.phases, attempt.timer.suggestedMs, used)
  const planned = plannedBeforeCoding(attempt.phases)
  return (
    <>
      <table className="phase-report" data-testid="phase-report">
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Time</th>
            <th scope="col">Share</th>
            <th scope="col">Suggested</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.phase} className={`verdict-${r.verdict}`}>
              <th scope="row">{PHASE_LABELS[r.phase]}</th>
              <td>{formatDuration(r.spentMs)}</td>
              <td>{Math.round(r.share * 100)}%</td>
              <td>
                {Math.round(r.suggestedShare * 100)}% ({formatDuration(r.suggestedMs)})
              </td>
              <td>{VERDICT[r.verdict]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {planned !== null ? <p className="muted">{planned ? 'You planned before you wrote code.' : 'You started coding without planning out loud first.'}</p> : null}
    </>
  )
}
