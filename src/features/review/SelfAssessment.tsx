// Self-assessment after an attempt: five 1-4 scores as radio groups and notes.
// Each change goes straight to the parent, which stores it on the attempt and
// sets the outcome from it (core/review/rating.ts).
import { forwardRef, useId, useImperativeHandle, useRef } from 'react'
import type { AttemptRating, RatingScore } from '../../core/attempts/schema'
import { outcomeFromRating, RATING_CRITERIA, setNotes, setScore } from '../../core/review/rating'

const OUTCOME_TEXT = {
  unrated: 'Not rated yet: rate correctness to set the outcome.',
  solved: 'Outcome: solved (correctness 4).',
  partial: 'Outcome: partly solved (correctness 2 or 3).',
  failed: 'Outcome: not solved (correctness 1).',
} as const

export interface SelfAssessmentHandle {
  /** Brings the first score into view and focuses it ("Rate this attempt"). */
  focusFirst(): void
}

export const SelfAssessment = forwardRef<SelfAssessmentHandle, { rating: AttemptRating | null; onChange: (r: AttemptRating) => void }>(function SelfAssessment(
  { rating, onChange },
  ref,
) {
  const base = useId()
  const first = useRef<HTMLInputElement>(null)
  useImperativeHandle(ref, () => ({
    focusFirst() {
      first.current?.scrollIntoView({ block: 'center' })
      first.current?.focus()
    },
  }))
  return (
    <form className="assessment" onSubmit={(e) => e.preventDefault()} aria-label="Self-assessment">
      {RATING_CRITERIA.map((c, ci) => (
        <fieldset key={c.key} className="rating-group">
          <legend>{c.label}</legend>
          {c.levels.map((text, i) => {
            const score = (i + 1) as RatingScore
            return (
              <label key={score} className="rating-option">
                <input
                  ref={ci === 0 && i === 0 ? first : undefined}
                  type="radio"
                  name={`${base}-${c.key}`}
                  value={score}
                  checked={rating?.[c.key] === score}
                  onChange={() => onChange(setScore(rating, c.key, score))}
                />
                <span className="rating-score">{score}</span> <span className="rating-text">{text}</span>
              </label>
            )
          })}
        </fieldset>
      ))}
      <label className="rating-notes">
        Notes for next time
        <textarea rows={3} value={rating?.notes ?? ''} onChange={(e) => onChange(setNotes(rating, e.target.value))} />
      </label>
      <p className="muted" data-testid="outcome-text">
        {OUTCOME_TEXT[outcomeFromRating(rating)]}
      </p>
    </form>
  )
})
