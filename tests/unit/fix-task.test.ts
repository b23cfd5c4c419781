// A "fix this code" task: code typed into the given code is the answer at
// Done (no reading), a fix written by hand is read as usual, and an untouched
// task still has the given code to run the tests on.
import { describe, expect, it } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import { codeInEditor, givenCode, typedAnswerAtDone, withTypedCode } from '../../src/core/session/fixTask'

const given = 'def average(xs):\n    return sum(xs) / len(xs) + 1'
const fixed = 'def average(xs):\n    return sum(xs) / len(xs)'
const a0 = createAttempt({ problemId: 'fix-average', problemTitle: 'Fix', language: 'python', suggestedMs: 600_000, now: 1_700_000_000_000 })

describe('fix this code', () => {
  it('gives the buggy code of the attempt language only', () => {
    expect(givenCode({ buggy: { python: given } }, 'python')).toBe(given)
    expect(givenCode({ buggy: { python: given } }, 'javascript')).toBeNull()
    expect(givenCode({}, 'python')).toBeNull()
  })

  it('keeps typed code on the attempt, and the editor shows it (the given code until then)', () => {
    expect(codeInEditor(a0, given)).toBe(given)
    const a = withTypedCode(a0, fixed, 1_700_000_001_000)
    expect(codeInEditor(a, given)).toBe(fixed)
    expect(a.transcript?.edited).toBe(fixed)
  })

  it('at Done, corrected code is the answer whatever was written; untouched code gives way to a fix by hand', () => {
    const typed = withTypedCode(a0, fixed, 1)
    expect(typedAnswerAtDone(typed, given, 12)?.edited).toBe(fixed)
    expect(typedAnswerAtDone(withTypedCode(a0, given, 1), given, 12)).toBeNull()
    expect(typedAnswerAtDone(a0, given, 12)).toBeNull()
    // Nothing typed, nothing written: the given code, so Run tests shows it failing.
    expect(typedAnswerAtDone(a0, given, 0)?.edited).toBe(given)
    // A transcript read from ink is never mistaken for typed code.
    expect(typedAnswerAtDone({ transcript: { recognised: 'x', edited: 'x', lines: [], ocrMs: 5 } }, given, 3)).toBeNull()
  })
})
