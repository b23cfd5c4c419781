// History filters: by problem, category, date range and outcome. Pure.
import type { AttemptOutcome, AttemptSummary } from '../attempts/schema'

export interface HistoryFilter {
  problemId?: string
  category?: string
  /** Inclusive bounds, epoch ms of the attempt's start. */
  fromMs?: number
  toMs?: number
  outcome?: AttemptOutcome
}

export function filterAttempts<T extends Pick<AttemptSummary, 'problemId' | 'startedAt' | 'outcome'>>(
  summaries: readonly T[],
  filter: HistoryFilter,
  categoryOf: (problemId: string) => string | undefined,
): T[] {
  return summaries.filter(
    (s) =>
      (!filter.problemId || s.problemId === filter.problemId) &&
      (!filter.category || categoryOf(s.problemId) === filter.category) &&
      (filter.fromMs === undefined || s.startedAt >= filter.fromMs) &&
      (filter.toMs === undefined || s.startedAt <= filter.toMs) &&
      (!filter.outcome || s.outcome === filter.outcome),
  )
}

/** "2026-03-04" (a date input's value) as local midnight, or the last ms of that day. */
export function dayBoundary(value: string, end: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return undefined
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  if (Number.isNaN(d.getTime())) return undefined
  return end ? new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1 : d.getTime()
}

/** For every attempt, the one of the same problem made just before it ("compare with previous"), in one pass. */
export function previousAttempts<T extends Pick<AttemptSummary, 'id' | 'problemId' | 'startedAt'>>(summaries: readonly T[]): Map<string, T> {
  const byProblem = new Map<string, T[]>()
  for (const s of summaries) {
    const list = byProblem.get(s.problemId)
    if (list) list.push(s)
    else byProblem.set(s.problemId, [s])
  }
  const out = new Map<string, T>()
  for (const list of byProblem.values()) {
    list.sort((a, b) => a.startedAt - b.startedAt)
    for (let i = 1; i < list.length; i++) out.set(list[i]!.id, list[i - 1]!)
  }
  return out
}

