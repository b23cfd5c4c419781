import type { Problem } from '../../core/problems/schema'

/** Hints one at a time, gentle first; each reveal is recorded by the caller. */
export function HintPanel({ problem, shown, onReveal }: { problem: Problem; shown: number; onReveal?: () => void }) {
  const left = problem.hints.length - shown
  return (
    <section className="hints" aria-label="Hints">
      <h2>Hints</h2>
      <ol>
        {problem.hints.slice(0, shown).map((h, i) => (
          <li key={i}>{h}</li>
        ))}
      </ol>
      {onReveal && left > 0 ? (
        <button type="button" onClick={onReveal}>
          {shown === 0 ? 'Show a hint' : 'Show the next hint'} ({left} left)
        </button>
      ) : null}
      {left === 0 ? <p className="muted">No more hints.</p> : null}
    </section>
  )
}
