// Deleting a mock interview asks first, saying what goes with it (its spoken
// answers and every recording of it) and what stays (its coding attempts,
// which are attempts of their own in History). Shared by History and the report.
import type { MockSession, MockSummary } from '../../core/mock/schema'

export function confirmDeleteMock(s: Pick<MockSession | MockSummary, 'stages'>): boolean {
  const answers = s.stages.reduce((n, st) => n + st.answerIds.length, 0)
  const attempts = s.stages.reduce((n, st) => n + st.attemptIds.length, 0)
  const what = answers ? `, its ${answers === 1 ? 'spoken answer' : `${answers} spoken answers`} and the recordings` : ' and its recordings'
  const kept = attempts ? ` Its ${attempts === 1 ? 'coding attempt stays' : `${attempts} coding attempts stay`} in History.` : ''
  return window.confirm(`Delete this mock interview${what}?${kept}`)
}
