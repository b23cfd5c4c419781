// @vitest-environment jsdom
// The review's components with logic of their own, driven as a candidate
// would: the self-assessment (scores, notes, the outcome they imply, focus
// from "Rate this attempt") and the replay's controls (play, the end,
// scrubbing, speed, skipping pauses, jumping to a long pause).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt, AttemptRating } from '../../src/core/attempts/schema'
import type { InkStroke } from '../../src/core/ink/ink'
import { Replay } from '../../src/features/review/Replay'
import { SelfAssessment, type SelfAssessmentHandle } from '../../src/features/review/SelfAssessment'

afterEach(cleanup)

describe('self-assessment', () => {
  function Harness({ initial = null, onRating }: { initial?: AttemptRating | null; onRating: (r: AttemptRating) => void }) {
    return <SelfAssessment rating={initial} onChange={onRating} />
  }

  it('keeps the other scores and the notes when one score changes, and says the outcome correctness implies', async () => {
    const seen: AttemptRating[] = []
    const { rerender } = render(<Harness initial={{ clarity: 2, notes: 'slow start' }} onRating={(r) => seen.push(r)} />)
    expect(screen.getByTestId('outcome-text').textContent).toMatch(/Not rated yet/)
    await userEvent.click(screen.getByRole('radio', { name: /4 Correct$/ }))
    expect(seen.at(-1)).toEqual({ clarity: 2, notes: 'slow start', correctness: 4 })
    rerender(<Harness initial={seen.at(-1)!} onRating={(r) => seen.push(r)} />)
    expect(screen.getByTestId('outcome-text').textContent).toMatch(/solved/)
    await userEvent.click(screen.getByRole('radio', { name: /2 Works for some inputs/ }))
    rerender(<Harness initial={seen.at(-1)!} onRating={(r) => seen.push(r)} />)
    expect(screen.getByTestId('outcome-text').textContent).toMatch(/partly solved/)
    expect((screen.getByRole('radio', { name: /2 Followable with effort/ }) as HTMLInputElement).checked).toBe(true)
  })

  it('notes change only the notes', async () => {
    const seen: AttemptRating[] = []
    render(<Harness initial={{ correctness: 3 }} onRating={(r) => seen.push(r)} />)
    fireEvent.change(screen.getByRole('textbox', { name: /Notes for next time/ }), { target: { value: 'test the empty list' } })
    expect(seen).toEqual([{ correctness: 3, notes: 'test the empty list' }])
  })

  it('"Rate this attempt" puts the focus on the first score', () => {
    const ref = createRef<SelfAssessmentHandle>()
    Element.prototype.scrollIntoView = vi.fn()
    render(<SelfAssessment ref={ref} rating={null} onChange={() => {}} />)
    act(() => ref.current!.focusFirst())
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /1 Does not work/ }))
  })
})

describe('replay controls', () => {
  const T0 = Date.UTC(2026, 2, 1, 10)
  const stroke = (t0: number, t1: number): InkStroke => ({ points: [[0, t0 / 100, 0.5, t0], [10, t0 / 100, 0.5, t1]] })
  /** Four strokes: writing 0-3 s, a 40 s pause, writing 43-46 s; the clock ran 60 s. */
  function attempt(): Attempt {
    const a = createAttempt({ problemId: 'p', problemTitle: 'P', language: 'python', suggestedMs: 600_000, now: T0, id: 'a-1' })
    return {
      ...a,
      status: 'finished',
      endedAt: T0 + 60_000,
      timer: { suggestedMs: 600_000, elapsedMs: 60_000, runningSince: null },
      ink: { format: 'ink/v1', startedAt: T0, strokes: [stroke(0, 1000), stroke(1500, 3000), stroke(43_000, 44_000), stroke(45_000, 46_000)] },
    }
  }
  const time = () => screen.getByTestId('replay-time').textContent
  const drawn = () => screen.getByTestId('replay-ink').getAttribute('aria-label')

  beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date', 'setTimeout'] }))
  afterEach(() => vi.useRealTimers())

  it('opens at the end, and Replay starts again from the beginning at the chosen speed', () => {
    render(<Replay attempt={attempt()} />)
    expect(time()).toBe('0:46 / 1:00')
    expect(drawn()).toMatch(/4 of 4 strokes/)
    fireEvent.click(screen.getByRole('button', { name: 'Replay' }))
    expect(time()).toBe('0:00 / 1:00')
    expect(drawn()).toMatch(/[01] of 4 strokes/)
    fireEvent.change(screen.getByRole('combobox', { name: /Speed/ }), { target: { value: '16' } })
    act(() => vi.advanceTimersByTime(1000)) // 16 s of writing time
    expect(time()).toMatch(/^0:1[56] /)
    expect(drawn()).toMatch(/2 of 4 strokes/)
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }))
    act(() => vi.advanceTimersByTime(1000))
    expect(time()).toMatch(/^0:1[56] /)
  })

  it('skips pauses while playing when asked', () => {
    render(<Replay attempt={attempt()} />)
    fireEvent.click(screen.getByRole('button', { name: 'Replay' }))
    fireEvent.click(screen.getByRole('checkbox', { name: /Skip pauses/ }))
    fireEvent.change(screen.getByRole('combobox', { name: /Speed/ }), { target: { value: '1' } })
    act(() => vi.advanceTimersByTime(5000))
    // 5 s of real time at 1x: without skipping, still in the pause (0:05); skipping, past it into the second writing.
    expect(drawn()).toMatch(/[34] of 4 strokes/)
  })

  it('scrubbing and a long-pause link move the replay there and stop it', () => {
    render(<Replay attempt={attempt()} />)
    fireEvent.change(screen.getByRole('slider', { name: /Replay position/ }), { target: { value: '2000' } })
    expect(time()).toBe('0:02 / 1:00')
    expect(drawn()).toMatch(/2 of 4 strokes/)
    fireEvent.click(screen.getByRole('button', { name: /0:40 at 0:03/ }))
    expect(time()).toBe('0:03 / 1:00')
    expect(screen.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe('false')
  })
})
