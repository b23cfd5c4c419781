// Progress of the habits issue 13 trains: speaking share (recorded attempts
// only), planning before coding (attempts that used the phases only), and
// questions asked, week by week.
import { expect, it } from 'vitest'
import { habitsPerWeek, type HabitRecord } from '../../src/core/review/progress'

const DAY = 86_400_000
const NOW = new Date(2026, 2, 18, 12).getTime() // a Wednesday
const talk = (share: number) => ({ recordedMs: 60_000, speakingShare: share, longestSilenceMs: 0, silenceBeforeFirstStrokeMs: null, whileWritingShare: null, whilePausedShare: null, silentWritingCount: 0 })
const rec = (daysAgo: number, extra: Partial<HabitRecord> = {}): HabitRecord => ({ startedAt: NOW - daysAgo * DAY, status: 'finished', talk: null, plannedFirst: null, questionsAsked: 0, ...extra })

it('averages each habit over the attempts that can show it, per week, and ignores unfinished attempts', () => {
  const weeks = habitsPerWeek(
    [
      rec(0, { talk: talk(0.5), plannedFirst: true, questionsAsked: 3 }),
      rec(1, { talk: null, plannedFirst: false, questionsAsked: 1 }), // not recorded: no speaking figure
      rec(1, { talk: talk(0.2), status: 'in-progress', questionsAsked: 9 }),
      rec(8, { talk: talk(0.1), plannedFirst: null }), // last week; phases not used
    ],
    NOW,
    3,
  )
  expect(weeks.map((w) => [w.attempts, w.speakingPct, w.plannedFirstPct, w.questions])).toEqual([
    [0, null, null, null],
    [1, 10, null, 0],
    [2, 50, 50, 2],
  ])
})
