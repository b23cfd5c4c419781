// Numbers for the Progress page: attempts per week, time used against
// suggested, self-rated correctness by category, and which problems are due
// for another try. Pure: summaries and `now` in, rows out. Unfinished
// attempts count nowhere here: they are neither practice done nor a result.
import type { AttemptOutcome, AttemptSummary } from '../attempts/schema'
import { finishedAttempts } from '../attempts/unfinished'

const DAY = 86_400_000

/** What progress needs of one attempt: its summary (no ink or image is read). */
export type ProgressRecord = Pick<
  AttemptSummary,
  'id' | 'problemId' | 'problemTitle' | 'startedAt' | 'elapsedMs' | 'suggestedMs' | 'outcome' | 'status' | 'correctness'
>

/** Local Monday 00:00 of the week holding `t`. */
export function weekStart(t: number): number {
  const d = new Date(t)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7)).getTime()
}

/** The last `weeks` weeks up to the one holding `now`, oldest first, empty weeks included. */
export function attemptsPerWeek(records: readonly ProgressRecord[], now: number, weeks = 12): { weekStart: number; attempts: number; solved: number }[] {
  const current = weekStart(now)
  const rows: { weekStart: number; attempts: number; solved: number }[] = []
  for (let i = weeks - 1; i >= 0; i--) {
    const d = new Date(current)
    rows.push({ weekStart: new Date(d.getFullYear(), d.getMonth(), d.getDate() - 7 * i).getTime(), attempts: 0, solved: 0 })
  }
  const byStart = new Map(rows.map((r) => [r.weekStart, r]))
  for (const r of finishedAttempts(records)) {
    const row = byStart.get(weekStart(r.startedAt))
    if (!row) continue
    row.attempts++
    if (r.outcome === 'solved') row.solved++
  }
  return rows
}

/** Finished attempts, oldest first (the last `limit`), in minutes. */
export function timeAgainstSuggested(records: readonly ProgressRecord[], limit = 30): { id: string; startedAt: number; title: string; usedMin: number; suggestedMin: number }[] {
  return finishedAttempts(records)
    .sort((a, b) => a.startedAt - b.startedAt)
    .slice(-limit)
    .map((r) => ({
      id: r.id,
      startedAt: r.startedAt,
      title: r.problemTitle,
      usedMin: Math.round(r.elapsedMs / 6_000) / 10,
      suggestedMin: Math.round(r.suggestedMs / 6_000) / 10,
    }))
}

/** Mean self-rated correctness per category (rated attempts only), highest count first. */
export function correctnessByCategory(
  records: readonly ProgressRecord[],
  categoryOf: (problemId: string) => string | undefined,
): { category: string; mean: number; rated: number }[] {
  const acc = new Map<string, { sum: number; n: number }>()
  for (const r of finishedAttempts(records)) {
    if (r.correctness === null) continue
    const c = categoryOf(r.problemId) ?? 'unknown'
    const a = acc.get(c) ?? { sum: 0, n: 0 }
    a.sum += r.correctness
    a.n++
    acc.set(c, a)
  }
  return [...acc]
    .map(([category, { sum, n }]) => ({ category, mean: Math.round((sum / n) * 100) / 100, rated: n }))
    .sort((a, b) => b.rated - a.rated || a.category.localeCompare(b.category))
}

/**
 * The spaced-repetition rule. Per problem, the latest attempt decides when to
 * try again:
 *   failed                         -> 1 day later
 *   partial or unrated             -> 3 days later
 *   solved                         -> 7 days, doubled for each solve in a row
 *                                     before it (7, 14, 28, 56), at most 60 days
 */
export function retryIntervalMs(outcomesNewestFirst: readonly AttemptOutcome[]): number {
  const latest = outcomesNewestFirst[0]
  if (latest === 'failed') return 1 * DAY
  if (latest !== 'solved') return 3 * DAY
  let streak = 0
  while (outcomesNewestFirst[streak] === 'solved') streak++
  return Math.min(60, 7 * 2 ** (streak - 1)) * DAY
}

/** One finished thing the retry rule schedules: an attempt at a problem, an answer to a question. */
export interface ScheduledItem {
  /** What comes back: a problem id, a question id. */
  key: string
  title: string
  id: string
  at: number
  outcome: AttemptOutcome
}

export interface Scheduled {
  key: string
  title: string
  lastId: string
  lastAt: number
  lastOutcome: AttemptOutcome
  dueAt: number
  /** How many items of this key. */
  count: number
}

/** Per key, when it comes back by the retry rule (the latest item decides; earlier solves in a row lengthen it). */
export function scheduleItems(items: readonly ScheduledItem[]): Scheduled[] {
  const byKey = new Map<string, ScheduledItem[]>()
  for (const r of items) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r])
  const out: Scheduled[] = []
  for (const [key, list] of byKey) {
    list.sort((a, b) => b.at - a.at)
    const last = list[0]!
    out.push({
      key,
      title: last.title,
      lastId: last.id,
      lastAt: last.at,
      lastOutcome: last.outcome,
      dueAt: last.at + retryIntervalMs(list.map((r) => r.outcome)),
      count: list.length,
    })
  }
  return out
}

/** Keys whose retry date has come, most overdue first. */
export function dueItems(items: readonly ScheduledItem[], now: number): (Scheduled & { overdueMs: number })[] {
  return scheduleItems(items)
    .filter((s) => s.dueAt <= now)
    .map((s) => ({ ...s, overdueMs: now - s.dueAt }))
    .sort((a, b) => b.overdueMs - a.overdueMs || a.key.localeCompare(b.key))
}

export interface DueProblem {
  problemId: string
  problemTitle: string
  lastAttemptId: string
  lastAttemptAt: number
  lastOutcome: AttemptOutcome
  dueAt: number
  /** How late the retry is (>= 0). */
  overdueMs: number
  attempts: number
}

/** Problems whose retry date has come, most overdue first (finished attempts only). */
export function dueForRetry(records: readonly ProgressRecord[], now: number): DueProblem[] {
  const items = finishedAttempts(records).map((r) => ({ key: r.problemId, title: r.problemTitle, id: r.id, at: r.startedAt, outcome: r.outcome }))
  return dueItems(items, now).map((d) => ({
    problemId: d.key,
    problemTitle: d.title,
    lastAttemptId: d.lastId,
    lastAttemptAt: d.lastAt,
    lastOutcome: d.lastOutcome,
    dueAt: d.dueAt,
    overdueMs: d.overdueMs,
    attempts: d.count,
  }))
}

/** What the habits chart needs of one attempt. */
export type HabitRecord = Pick<AttemptSummary, 'startedAt' | 'status' | 'talk' | 'plannedFirst' | 'questionsAsked'>

export interface HabitWeek {
  weekStart: number
  /** Mean share of recorded time spent speaking (0..100), null without a recorded attempt that week. */
  speakingPct: number | null
  /** Share of the attempts that used the phases where the candidate planned before coding (0..100), null without any. */
  plannedFirstPct: number | null
  /** Mean clarifying questions asked per attempt, null without attempts. */
  questions: number | null
  attempts: number
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null)
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10)

/** Thinking aloud, planning first and asking, week by week (the last `weeks`, oldest first). */
export function habitsPerWeek(records: readonly HabitRecord[], now: number, weeks = 12): HabitWeek[] {
  const current = weekStart(now)
  const starts: number[] = []
  for (let i = weeks - 1; i >= 0; i--) {
    const d = new Date(current)
    starts.push(new Date(d.getFullYear(), d.getMonth(), d.getDate() - 7 * i).getTime())
  }
  const byWeek = new Map(starts.map((s) => [s, [] as HabitRecord[]]))
  for (const r of finishedAttempts(records)) byWeek.get(weekStart(r.startedAt))?.push(r)
  return starts.map((s) => {
    const rs = byWeek.get(s)!
    const talked = rs.flatMap((r) => (r.talk && r.talk.recordedMs > 0 ? [r.talk.speakingShare * 100] : []))
    const phased = rs.flatMap((r) => (r.plannedFirst === null ? [] : [r.plannedFirst ? 100 : 0]))
    return {
      weekStart: s,
      speakingPct: round1(mean(talked)),
      plannedFirstPct: round1(mean(phased)),
      questions: round1(mean(rs.map((r) => r.questionsAsked))),
      attempts: rs.length,
    }
  })
}
