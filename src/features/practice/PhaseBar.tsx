// The phases of the answer on the board: one tap (or Alt+→ / Alt+←) moves to
// the next or back; the suggested split and a gentle cue when a phase runs
// long. Nothing here stops the candidate. The rules are core/session/phases.ts.
import { useEffect } from 'react'
import type { Attempt } from '../../core/attempts/schema'
import {
  currentPhase,
  DEFAULT_SPLIT,
  enterPhase,
  nextPhase,
  PHASE_LABELS,
  PHASE_PURPOSE,
  phaseCue,
  PHASES,
  previousPhase,
  type Phase,
} from '../../core/session/phases'
import { elapsedMs, formatDuration } from '../../core/session/timer'
import { useNow } from '../../ui/useNow'

export function PhaseBar({ attempt, onChange }: { attempt: Attempt; onChange: (a: Attempt) => void }) {
  const now = useNow(1000, attempt.timer.runningSince !== null)
  const phase = currentPhase(attempt.phases)
  const cue = phaseCue(attempt.phases, attempt.timer.suggestedMs, elapsedMs(attempt.timer, now))
  const go = (p: Phase | null) => {
    if (p) onChange(enterPhase(attempt, p, Date.now()))
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return
      if (e.key === 'ArrowRight') go(nextPhase(phase))
      else if (e.key === 'ArrowLeft') go(previousPhase(phase))
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  return (
    <div className="phase-bar" role="group" aria-label="Phase of your answer (Alt+→ next, Alt+← back)">
      {PHASES.map((p) => (
        <button
          key={p}
          type="button"
          className="phase-button"
          aria-pressed={p === phase}
          title={`${PHASE_PURPOSE[p]} (suggested ${Math.round(DEFAULT_SPLIT[p] * 100)}%: ${formatDuration(DEFAULT_SPLIT[p] * attempt.timer.suggestedMs)})`}
          onClick={() => go(p)}
        >
          {PHASE_LABELS[p]} <span className="muted small">{Math.round(DEFAULT_SPLIT[p] * 100)}%</span>
        </button>
      ))}
      {cue ? (
        <span className="phase-cue" role="status" data-testid="phase-cue">
          {PHASE_LABELS[cue.phase]} has taken {formatDuration(cue.spentMs)} (suggested about {formatDuration(cue.suggestedMs)}): ready to move on?
        </span>
      ) : null}
    </div>
  )
}
