// Asking the interviewer (the problem's clarifications) during an attempt:
// each question is kept on the attempt in the candidate's words, with what
// was answered; the review lists them, and the important clarifications
// that were never asked.
import type { Attempt, QuestionAsked } from '../attempts/schema.ts'
import { elapsedMs } from '../session/timer.ts'
import { createMatcher, type ClarificationLike } from './matcher.ts'

/** What the interviewer says when the problem does not settle the point. */
export const NOT_SPECIFIED = 'Good question — that isn’t specified. State your assumption out loud and go on.'

/** Questions worth asking about almost any problem, to pick from instead of typing. */
export const COMMON_QUESTIONS: readonly string[] = [
  'How large can the input be?',
  'Can the input be empty?',
  'Can there be duplicates?',
  'Is the input sorted?',
  'Can values be negative?',
  'What should I return when nothing matches?',
  'Which characters can appear?',
  'May I change the input?',
  'Does the order of the output matter?',
]

export interface Clarification extends ClarificationLike {
  important?: boolean
}

export interface Reply {
  /** The candidate's question, as asked. */
  asked: string
  /** The interviewer's answer, or NOT_SPECIFIED. */
  answer: string
  /** The clarification answered, null when none matched. */
  match: number | null
}

/** Asks: the attempt with the question recorded (when and what was answered), and the reply to show. */
export function askQuestion(a: Attempt, list: readonly Clarification[], text: string, now: number): { attempt: Attempt; reply: Reply } | null {
  const asked = text.trim().replace(/\s+/g, ' ').slice(0, 500)
  if (!/\S/.test(asked)) return null
  const m = createMatcher(list).match(asked)
  const c = m ? list[m.index]! : null
  const q: QuestionAsked = {
    text: asked,
    at: now,
    clockMs: elapsedMs(a.timer, now),
    match: m ? m.index : null,
    ...(c ? { matchedQuestion: c.question, answer: c.answer } : {}),
  }
  return {
    attempt: { ...a, questions: [...(a.questions ?? []), q], updatedAt: now },
    reply: { asked, answer: c ? c.answer : NOT_SPECIFIED, match: q.match },
  }
}

/** The replies of an attempt's questions so far, oldest first. */
export function repliesOf(a: Pick<Attempt, 'questions'>): Reply[] {
  return (a.questions ?? []).map((q) => ({ asked: q.text, answer: q.answer ?? NOT_SPECIFIED, match: q.match }))
}

export interface QuestionsReview {
  asked: { text: string; clockMs: number; answer: string; answered: boolean }[]
  /** Important clarifications no question matched. */
  missed: { question: string; answer: string }[]
  /** Important clarifications that were asked. */
  importantAsked: number
  importantTotal: number
}

/**
 * For the review. A question counts as asking a clarification when it matched
 * it then, or when it matches it now (the bank's list may have grown since).
 */
export function reviewQuestions(a: Pick<Attempt, 'questions'>, list: readonly Clarification[]): QuestionsReview {
  const questions = a.questions ?? []
  const matcher = createMatcher(list)
  const covered = new Set<number>()
  for (const q of questions) {
    if (q.match !== null && list[q.match]?.question === q.matchedQuestion) covered.add(q.match)
    const now = matcher.match(q.text)
    if (now) covered.add(now.index)
  }
  const important = list.map((c, i) => ({ c, i })).filter(({ c }) => c.important)
  return {
    asked: questions.map((q) => ({ text: q.text, clockMs: q.clockMs, answer: q.answer ?? NOT_SPECIFIED, answered: q.match !== null })),
    missed: important.filter(({ i }) => !covered.has(i)).map(({ c }) => ({ question: c.question, answer: c.answer })),
    importantAsked: important.filter(({ i }) => covered.has(i)).length,
    importantTotal: important.length,
  }
}

/** Interview mode: the details the candidate has found out by asking (answers to matched questions), in order, once each. */
export function revealedDetails(a: Pick<Attempt, 'questions'>): { question: string; answer: string }[] {
  const seen = new Set<string>()
  const out: { question: string; answer: string }[] = []
  for (const q of a.questions ?? []) {
    if (q.match === null || !q.answer || seen.has(q.answer)) continue
    seen.add(q.answer)
    out.push({ question: q.matchedQuestion ?? q.text, answer: q.answer })
  }
  return out
}
