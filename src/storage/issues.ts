// Records the store could not read, seen so far: skipped, left in IndexedDB
// untouched, and listed in Settings so nothing disappears without a word.
import type { RestoreIssue } from '../core/attempts/restore'

const seen = new Map<string, RestoreIssue>()

export function storageIssues(): RestoreIssue[] {
  return [...seen.values()]
}

export function noteIssues(issues: readonly RestoreIssue[]): void {
  for (const i of issues) seen.set(`${i.key}\u0000${i.field}`, i)
}
