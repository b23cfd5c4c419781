// Asking the interviewer during an attempt: the question is kept on the
// attempt in the candidate's words with what was answered; an unmatched one
// gets "not specified"; the review lists them and the important ones missed.
import { describe, expect, it } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import { restoreAttempt } from '../../src/core/attempts/restore'
import { askQuestion, NOT_SPECIFIED, revealedDetails, reviewQuestions, type Clarification } from '../../src/core/clarify/ask'
import { resumeAttempt } from '../../src/core/session/attemptSession'

const T0 = 1_700_000_000_000
const list: Clarification[] = [
  { question: 'Can the list be empty?', answer: 'Yes; return an empty list.', important: true },
  { question: 'Can values repeat?', answer: 'Yes, duplicates are allowed.', important: true },
  { question: 'How long can the list be?', answer: 'Up to 100,000 items.' },
]
const started = () => resumeAttempt(createAttempt({ problemId: 'p', problemTitle: 'P', language: 'python', suggestedMs: 20 * 60_000, now: T0 }), T0)

describe('asking', () => {
  it('keeps the question as asked, with the answer and when on the clock', () => {
    const r = askQuestion(started(), list, '  what if  the list is emtpy? ', T0 + 30_000)!
    expect(r.reply).toEqual({ asked: 'what if the list is emtpy?', answer: 'Yes; return an empty list.', match: 0 })
    expect(r.attempt.questions).toEqual([
      { text: 'what if the list is emtpy?', at: T0 + 30_000, clockMs: 30_000, match: 0, matchedQuestion: 'Can the list be empty?', answer: 'Yes; return an empty list.' },
    ])
  })

  it('says "not specified" for a question the problem does not answer, and still keeps it', () => {
    const r = askQuestion(started(), list, 'Which database should I use?', T0 + 1000)!
    expect(r.reply.answer).toBe(NOT_SPECIFIED)
    expect(r.reply.match).toBeNull()
    expect(r.attempt.questions).toHaveLength(1)
    expect(r.attempt.questions![0]).not.toHaveProperty('answer')
  })

  it('ignores a blank question', () => {
    expect(askQuestion(started(), list, '   ', T0)).toBeNull()
  })

  it('the attempt with its questions passes the restore gate', () => {
    const a = askQuestion(started(), list, 'Are duplicates possible?', T0 + 5000)!.attempt
    const back = restoreAttempt(JSON.parse(JSON.stringify({ ...a, image: null })), { source: 'test', key: a.id })
    expect(back.ok && back.attempt.questions).toEqual(a.questions)
  })
})

describe('the review of questions', () => {
  it('lists what was asked and the important clarifications missed', () => {
    let a = started()
    a = askQuestion(a, list, 'Are duplicates possible?', T0 + 5000)!.attempt
    a = askQuestion(a, list, 'Is it sorted?', T0 + 9000)!.attempt
    const r = reviewQuestions(a, list)
    expect(r.asked.map((q) => [q.text, q.answered])).toEqual([
      ['Are duplicates possible?', true],
      ['Is it sorted?', false],
    ])
    expect(r.missed).toEqual([{ question: 'Can the list be empty?', answer: 'Yes; return an empty list.' }])
    expect([r.importantAsked, r.importantTotal]).toEqual([1, 2])
  })

  it('interview mode reveals each answer found once, in the order asked', () => {
    let a = started()
    for (const q of ['Can values repeat?', 'duplicates allowed?', 'How long is the list?']) a = askQuestion(a, list, q, T0 + 1000)!.attempt
    expect(revealedDetails(a).map((d) => d.answer)).toEqual(['Yes, duplicates are allowed.', 'Up to 100,000 items.'])
  })
})
