// Mock interviews whose screen was left for one of their own stages' boards
// (#/attempt/<id>), in this tab's memory. Leaving for a board does not stop
// the interview's clocks (the coding test is part of the interview); leaving
// any other way, or closing the tab, does (core/mock/session.ts). A reload
// forgets this, so at worst the time on a board after the last save is not
// counted in the mock's clock (the attempt keeps its own).
const away = new Set<string>()

export function leaveForBoard(sessionId: string): void {
  away.add(sessionId)
}

export function isAtBoard(sessionId: string): boolean {
  return away.has(sessionId)
}

export function backFromBoard(sessionId: string): void {
  away.delete(sessionId)
}
