// The result of "Run tests" as kept on an attempt (attempt.testRun), and the
// check that a stored value really is one before the review shows it.
import type { TestRunResult } from '../judge/judge'

/** What we keep in attempt.testRun. */
export interface StoredTestRun {
  ranAt: number
  /** The code that was run (the transcript may change afterwards). */
  code: string
  result: TestRunResult
}

export function readStoredTestRun(v: unknown): StoredTestRun | null {
  if (typeof v !== 'object' || v === null) return null
  const r = v as Partial<StoredTestRun>
  if (typeof r.ranAt !== 'number' || typeof r.code !== 'string' || typeof r.result !== 'object' || !r.result || !Array.isArray(r.result.outcomes)) return null
  return r as StoredTestRun
}
