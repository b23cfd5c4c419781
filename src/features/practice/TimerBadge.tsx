import { formatClock, remainingMs, timerAnnouncement, timerPhase, type TimerState } from '../../core/session/timer'
import { useNow } from '../../ui/useNow'

const LABEL = { ready: 'Ready', running: 'Time left', warning: 'Last minutes', overtime: 'Overtime' } as const

/** The always-visible interview clock. */
export function TimerBadge({ timer }: { timer: TimerState }) {
  const now = useNow(250, timer.runningSince !== null)
  const phase = timerPhase(timer, now)
  return (
    <div className={`timer timer-${phase}`} role="timer" aria-label={`${LABEL[phase]}: ${formatClock(remainingMs(timer, now))}`}>
      <span className="timer-label">{LABEL[phase]}</span>
      <span className="timer-clock" data-testid="timer-clock">
        {formatClock(remainingMs(timer, now))}
      </span>
      {/* Heard politely at milestones only, not every second. */}
      <span className="visually-hidden" aria-live="polite" data-testid="timer-announcement">
        {timerAnnouncement(timer, now)}
      </span>
    </div>
  )
}
