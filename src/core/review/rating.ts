// Self-assessment after an attempt: five 1-4 scores and notes, and the outcome
// they imply. Pure.
import type { AttemptOutcome, AttemptRating, RatingScore } from '../attempts/schema'

export type RatingKey = 'correctness' | 'edgeCases' | 'complexity' | 'clarity' | 'communication'

export interface RatingCriterion {
  key: RatingKey
  label: string
  /** What 1..4 mean, in order. */
  levels: [string, string, string, string]
}

export const RATING_CRITERIA: readonly RatingCriterion[] = [
  { key: 'correctness', label: 'Correctness', levels: ['Does not work', 'Works for some inputs', 'Works, small bugs', 'Correct'] },
  { key: 'edgeCases', label: 'Edge cases', levels: ['None handled', 'A few', 'Most', 'All, and said which'] },
  { key: 'complexity', label: 'Complexity stated', levels: ['Not stated', 'Stated, wrong', 'Stated, partly right', 'Stated and right'] },
  { key: 'clarity', label: 'Clarity of the code', levels: ['Hard to follow', 'Followable with effort', 'Clear', 'Clean and idiomatic'] },
  { key: 'communication', label: 'Communication', levels: ['Silent', 'Some narration', 'Explained the approach', 'Explained, checked, tested aloud'] },
]

/**
 * The outcome a rating implies, from correctness alone (the other scores are
 * about how, not whether): 4 = solved, 2 or 3 = partial, 1 = failed, not yet
 * rated = unrated.
 */
export function outcomeFromRating(rating: AttemptRating | null | undefined): AttemptOutcome {
  const c = rating?.correctness
  if (c === undefined) return 'unrated'
  if (c === 4) return 'solved'
  if (c === 1) return 'failed'
  return 'partial'
}

export function setScore(rating: AttemptRating | null, key: RatingKey, score: RatingScore): AttemptRating {
  return { ...(rating ?? {}), [key]: score }
}

export function setNotes(rating: AttemptRating | null, notes: string): AttemptRating {
  return { ...(rating ?? {}), notes }
}

/** Every criterion scored. */
export function isComplete(rating: AttemptRating | null | undefined): boolean {
  return RATING_CRITERIA.every((c) => rating?.[c.key] !== undefined)
}
