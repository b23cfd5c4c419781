// Grading "read this code" answers: right only when exactly the right options are chosen.
import { describe, expect, it } from 'vitest'
import { assembleProblem } from '../../src/core/problems/assemble'
import { choiceOutcome, gradeChoices, optionText } from '../../src/core/problems/choice'
import type { ChoiceProblem } from '../../src/core/problems/schema'
import { readProblemDir } from '../fixtures/problems/loadDir'

const dir = 'tests/fixtures/problems/valid/read-sum'
const r = assembleProblem(dir, readProblemDir(dir))
if (!r.ok || r.problem.kind !== 'choice') throw new Error('fixture read-sum is not a valid choice problem')
const problem: ChoiceProblem = r.problem

describe('choice grading', () => {
  it('is solved when every question has exactly its right options', () => {
    const a = gradeChoices(problem, { prints: [0], which: [1, 0] }, 5)
    expect(a).toEqual({ answeredAt: 5, answers: [{ id: 'prints', chosen: [0], correct: true }, { id: 'which', chosen: [0, 1], correct: true }] })
    expect(choiceOutcome(a)).toBe('solved')
  })
  it('counts a missing or an extra option as wrong (all that apply)', () => {
    expect(gradeChoices(problem, { prints: [0], which: [0] }, 0).answers[1]!.correct).toBe(false)
    expect(gradeChoices(problem, { prints: [0], which: [0, 1, 2] }, 0).answers[1]!.correct).toBe(false)
  })
  it('is partial with some right, failed with none, and an unanswered question is wrong', () => {
    expect(choiceOutcome(gradeChoices(problem, { prints: [0] }, 0))).toBe('partial')
    expect(choiceOutcome(gradeChoices(problem, { prints: [1], which: [2] }, 0))).toBe('failed')
    expect(choiceOutcome(gradeChoices(problem, {}, 0))).toBe('failed')
  })
  it('ignores indexes that name no option', () => {
    expect(gradeChoices(problem, { prints: [0, 7, -1] }, 0).answers[0]).toEqual({ id: 'prints', chosen: [0], correct: true })
  })
  it('shows an option in the language of the snippet', () => {
    const opt = problem.questions[0]!.options[0]!
    expect(optionText(opt, 'python')).toBe('[1, 2]')
    expect(optionText(opt, 'javascript')).toBe('[ 1, 2 ]')
    expect(optionText(problem.questions[0]!.options[1]!, 'javascript')).toBe('3')
  })
})
