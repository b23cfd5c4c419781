// Interview mode's brief: validated in problem.json, offered only with
// clarifications to ask, and in the bank always a short statement that leaves
// the details out (shorter than the full statement by far).
import { describe, expect, it } from 'vitest'
import { assembleProblem } from '../../src/core/problems/assemble'
import { interviewBrief } from '../../src/core/problems/interview'
import { readBank } from '../fixtures/problems/loadDir'

describe('interview mode', () => {
  it('is offered when a problem has a brief and clarifications, not otherwise', () => {
    const clar = [{ question: 'q', answer: 'a' }]
    expect(interviewBrief({ clarifications: clar, interview: { brief: 'Find the pair that adds up to a target.' } })).toBe('Find the pair that adds up to a target.')
    expect(interviewBrief({ clarifications: [], interview: { brief: 'Find the pair that adds up to a target.' } })).toBeNull()
    expect(interviewBrief({ clarifications: clar })).toBeNull()
    expect(interviewBrief({ clarifications: clar, interview: { brief: 'short' } })).toBeNull()
  })

  it('every brief in the bank is a fraction of its statement, and has questions to ask behind it', () => {
    const long: string[] = []
    let briefs = 0
    for (const [dir, files] of readBank('problems')) {
      const r = assembleProblem(dir, files)
      if (!r.ok) continue
      const brief = interviewBrief(r.problem)
      const raw = (r.problem as { interview?: { brief: string } }).interview
      if (raw && !brief) long.push(`${dir}: a brief without clarifications`)
      if (!brief) continue
      briefs++
      if (r.problem.clarifications.length < 4) long.push(`${dir}: ${r.problem.clarifications.length} clarifications behind the brief`)
      if (brief.length > r.problem.statement.length * 0.6) long.push(`${dir}: brief of ${brief.length} characters for a statement of ${r.problem.statement.length}`)
    }
    expect(long).toEqual([])
    expect(briefs).toBeGreaterThanOrEqual(30)
  })
})
