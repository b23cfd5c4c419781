// Unfinished attempts: every Start makes one, kept until the candidate
// finishes or discards it. Pure helpers over the summaries.
import type { AttemptSummary } from './schema'

/** Unfinished attempts (of one problem, when given), the most recently touched first. */
export function unfinishedAttempts<T extends Pick<AttemptSummary, 'status' | 'problemId' | 'updatedAt'>>(
  summaries: readonly T[],
  problemId?: string,
): T[] {
  return summaries
    .filter((s) => s.status === 'in-progress' && (problemId === undefined || s.problemId === problemId))
    .sort((a, b) => b.updatedAt - a.updatedAt)
}

/** Finished attempts only: what Progress, the review schedule and the filtered History list count. */
export function finishedAttempts<T extends Pick<AttemptSummary, 'status'>>(summaries: readonly T[]): T[] {
  return summaries.filter((s) => s.status === 'finished')
}
