// "Run tests": the transcript as corrected, run against the problem's tests in
// the runner worker (src/runner). The result is kept on the attempt.
import { useState } from 'react'
import { show } from '../../core/judge/judge'
import type { Lang, Problem } from '../../core/problems/schema'
import { readStoredTestRun, type StoredTestRun } from '../../core/review/testRun'

export function TestsPanel({ problem, language, code, stored, onRun }: { problem: Problem; language: Lang; code: string; stored: unknown; onRun: (run: StoredTestRun) => void }) {
  const [phase, setPhase] = useState<null | 'loading' | 'running' | 'performance'>(null)
  const last = readStoredTestRun(stored)
  const run = async () => {
    setPhase('running')
    try {
      // The runner (and its worker) loads only when asked for.
      const { runTests } = await import('../../runner/runTests')
      const result = await runTests(problem, language, code, { onPhase: setPhase })
      onRun({ ranAt: Date.now(), code, result })
    } finally {
      setPhase(null)
    }
  }
  return (
    <div className="tests-panel">
      <button type="button" onClick={() => void run()} disabled={phase !== null || !code.trim()}>
        {phase === 'loading'
          ? 'Loading Python (first run only)…'
          : phase === 'running'
            ? 'Running the tests…'
            : phase === 'performance'
              ? 'Timing your answer on a large input…'
              : last
              ? 'Run the tests again'
              : 'Run tests'}
      </button>
      {last ? (
        <div className="test-results" aria-live="polite">
          <p data-testid="tests-summary">
            <strong>
              {last.result.passed} of {last.result.total} tests passed
            </strong>{' '}
            <span className="muted">
              ({new Date(last.ranAt).toLocaleString()}
              {last.code !== code ? ', on an earlier version of the transcript' : ''})
            </span>
          </p>
          {last.result.error ? <p className="error-banner">{last.result.error}</p> : null}
          <ul className="test-list" aria-label="Test results">
            {last.result.outcomes.map((o) => (
              <li key={o.name} className={o.passed ? 'test-pass' : 'test-fail'}>
                <span aria-hidden="true">{o.passed ? '✓' : '✗'}</span> <span className="visually-hidden">{o.passed ? 'Passed:' : 'Failed:'}</span> {o.name}
                {!o.passed && o.message && o.message !== last.result.error ? (
                  <div className="muted test-detail">
                    {o.message} · expected {show(o.expected)}
                    {o.actual !== undefined ? `, got ${show(o.actual)}` : ''}
                  </div>
                ) : null}
                {o.stdout ? (
                  <pre className="test-stdout" aria-label={`Printed by ${o.name}`}>
                    {o.stdout}
                  </pre>
                ) : null}
              </li>
            ))}
          </ul>
          {last.result.performance ? (
            <p
              className={last.result.performance.passed ? 'test-pass' : last.result.performance.ran ? 'test-fail' : 'muted'}
              data-testid="tests-performance"
            >
              <span aria-hidden="true">{last.result.performance.passed ? '✓' : last.result.performance.ran ? '✗' : '–'}</span>{' '}
              <span className="visually-hidden">{last.result.performance.passed ? 'Passed:' : last.result.performance.ran ? 'Failed:' : ''}</span> Performance
              test ({last.result.performance.bound}): {last.result.performance.message}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="muted">
          Runs the transcript as corrected against the problem's {problem.tests.length} tests
          {'performance' in problem && problem.performance ? `, then times it on ${problem.performance.input} (performance test)` : ''}, on this device.
        </p>
      )}
    </div>
  )
}
