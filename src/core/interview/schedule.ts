// Weak answers come back: the same spaced review as problems
// (core/review/progress.ts, retryIntervalMs), per question, the latest
// finished answer deciding. The answer's self-rating stands where an attempt's
// correctness does: 4 = strong (solved), 2 or 3 = partial, 1 = weak (failed),
// not rated = 3 days like an unrated attempt.
import type { AttemptOutcome } from '../attempts/schema.ts'
import { dueItems, scheduleItems, type Scheduled, type ScheduledItem } from '../review/progress.ts'
import type { AnswerRecord } from './records.ts'

export function answerOutcome(a: Pick<AnswerRecord, 'rating'>): AttemptOutcome {
  const r = a.rating
  if (r === null) return 'unrated'
  if (r === 4) return 'solved'
  if (r === 1) return 'failed'
  return 'partial'
}

type Schedulable = Pick<AnswerRecord, 'id' | 'questionId' | 'questionText' | 'status' | 'startedAt' | 'rating'>

function items(answers: readonly Schedulable[]): ScheduledItem[] {
  return answers
    .filter((a) => a.status === 'finished')
    .map((a) => ({ key: a.questionId, title: a.questionText, id: a.id, at: a.startedAt, outcome: answerOutcome(a) }))
}

/** Per answered question, when it comes back. */
export function questionSchedule(answers: readonly Schedulable[]): Map<string, Scheduled> {
  return new Map(scheduleItems(items(answers)).map((s) => [s.key, s]))
}

/** Questions whose next practice date has come, most overdue first (finished answers only). */
export function dueQuestions(answers: readonly Schedulable[], now: number): (Scheduled & { overdueMs: number })[] {
  return dueItems(items(answers), now)
}

/** What each self-rating of an answer means, 1..4. */
export const ANSWER_RATING_LEVELS = ['Weak: I would not say it like that again', 'Shaky: the right idea, badly told', 'Good: clear, with small gaps', 'Strong: I would give it as it is'] as const
