// "Read this code" problems (kind "choice"): the candidate answers questions
// about a snippet by choosing options. Grading is pure and happens here, so
// the page, the attempt record and the tests agree on what is right.
import type { ChoiceOption, ChoiceProblem, ChoiceQuestion, Lang } from './schema.ts'

export const NOT_RUN_CHOICE = 'a "read this code" problem is answered by choosing options, not by running code'

/** One question as answered: the chosen option indexes and whether they are exactly the right ones. */
export interface ChoiceAnswer {
  /** The question's id in problem.json. */
  id: string
  /** Indexes into the question's options, ascending. */
  chosen: number[]
  correct: boolean
}

/** What an attempt at a choice problem keeps (attempt.choiceAnswers). */
export interface ChoiceAnswers {
  /** epoch ms */
  answeredAt: number
  answers: ChoiceAnswer[]
}

/** The option's text in `lang` (options may be written once or per language). */
export function optionText(option: ChoiceOption, lang: Lang): string {
  if (typeof option.text === 'string') return option.text
  return option.text[lang as 'python' | 'javascript'] ?? Object.values(option.text)[0] ?? ''
}

/** Indexes of the right options of a question. */
export function rightOptions(q: ChoiceQuestion): number[] {
  return q.options.flatMap((o, i) => (o.correct ? [i] : []))
}

/** Right when the chosen set equals the set of right options (no more, no fewer). */
export function gradeQuestion(q: ChoiceQuestion, chosen: readonly number[]): ChoiceAnswer {
  const picked = [...new Set(chosen)].filter((i) => Number.isInteger(i) && i >= 0 && i < q.options.length).sort((a, b) => a - b)
  const right = rightOptions(q)
  return { id: q.id, chosen: picked, correct: picked.length === right.length && picked.every((i, k) => i === right[k]) }
}

/** Grades every question; an unanswered question (absent from `chosen`) is wrong. */
export function gradeChoices(problem: ChoiceProblem, chosen: Readonly<Record<string, readonly number[]>>, answeredAt: number): ChoiceAnswers {
  return { answeredAt, answers: problem.questions.map((q) => gradeQuestion(q, chosen[q.id] ?? [])) }
}

/** solved when every question is right, failed when none is, partial otherwise. */
export function choiceOutcome(answers: ChoiceAnswers): 'solved' | 'partial' | 'failed' {
  const right = answers.answers.filter((a) => a.correct).length
  if (answers.answers.length > 0 && right === answers.answers.length) return 'solved'
  return right === 0 ? 'failed' : 'partial'
}
