import { describe, expect, it } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import {
  editTranscript,
  finishAttempt,
  markAnswerShown,
  resumeAttempt,
  revealNextHint,
  withInk,
} from '../../src/core/session/attemptSession'
import { elapsedMs } from '../../src/core/session/timer'

const MIN = 60_000
const start = () =>
  createAttempt({ problemId: 'two-sum', problemTitle: 'Two sum', language: 'python', suggestedMs: 20 * MIN, now: 0, id: 'a1' })
const ink = { format: 'ink/v1' as const, strokes: [{ points: [[1, 2, 0.5, 0]] as [number, number, number, number][] }] }

describe('attempt session', () => {
  it('records each hint once, in order, with the time on the clock', () => {
    let a = start()
    a = revealNextHint(a, 2, 3 * MIN)
    a = revealNextHint(a, 2, 7 * MIN)
    a = revealNextHint(a, 2, 9 * MIN)
    expect(a.hintsRevealed).toEqual([
      { index: 0, atMs: 3 * MIN },
      { index: 1, atMs: 7 * MIN },
    ])
  })

  it('stops the clock at Done and keeps ink, image and transcript', () => {
    const a = finishAttempt(withInk(start(), ink, MIN), {
      ink,
      image: null,
      transcript: { recognised: 'x', edited: 'x', lines: [], ocrMs: 5 },
    }, 12 * MIN)
    expect(a.status).toBe('finished')
    expect(a.endedAt).toBe(12 * MIN)
    expect(a.timer.runningSince).toBeNull()
    expect(elapsedMs(a.timer, 99 * MIN)).toBe(12 * MIN)
    expect(a.ink.language).toBe('python')
    expect(a.transcript?.recognised).toBe('x')
  })

  it('resumes from the last save, not counting the time the tab was closed', () => {
    const saved = { ...withInk(start(), ink, 4 * MIN) }
    const resumed = resumeAttempt(saved, 60 * MIN)
    expect(elapsedMs(resumed.timer, 60 * MIN)).toBe(4 * MIN)
    expect(elapsedMs(resumed.timer, 61 * MIN)).toBe(5 * MIN)
    expect(resumed.ink.strokes).toHaveLength(1)
  })

  it('records when the answer was first shown, and keeps recognised text when edited', () => {
    let a = markAnswerShown(start(), 2 * MIN)
    a = markAnswerShown(a, 5 * MIN)
    expect(a.answerShownAtMs).toBe(2 * MIN)
    const b = editTranscript({ ...a, transcript: { recognised: 'pront(x)', edited: 'pront(x)', lines: [], ocrMs: 1 } }, 'print(x)', 3)
    expect(b.transcript).toMatchObject({ recognised: 'pront(x)', edited: 'print(x)' })
  })
})
