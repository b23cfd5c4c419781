// The preferences record on this device. localStorage rather than IndexedDB:
// it is read synchronously, so the theme and the paper are right on the first
// paint (no flash of light mode); the record is a few hundred bytes. Every read
// passes the preferences gate (src/core/preferences), which never throws.
import {
  restorePreferences,
  serializePreferences,
  type PreferenceIssue,
  type Preferences,
} from '../core/preferences/preferences'

const KEY = 'inkterview.preferences'

let current: Preferences | null = null
let extra: Record<string, unknown> = {}
let issues: PreferenceIssue[] = []
const listeners = new Set<() => void>()

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null // blocked storage (some private modes) throws on access
  }
}

function load(): Preferences {
  if (current) return current
  let text: string | null
  try {
    text = storage()?.getItem(KEY) ?? null
  } catch {
    text = null
  }
  const r = restorePreferences(text)
  current = r.preferences
  extra = r.extra
  issues = r.issues
  if (issues.length) console.warn('Preferences: some were reset to their defaults:', issues)
  return current
}

/** The preferences now (validated; defaults where nothing valid is stored). */
export function getPreferences(): Preferences {
  return load()
}

/** What the last read had to reset, for Settings to show. */
export function preferenceIssues(): readonly PreferenceIssue[] {
  load()
  return issues
}

/** Changes some preferences, stores them, and tells every subscriber. A failed write keeps them for this session. */
export function setPreferences(patch: Partial<Omit<Preferences, 'v'>>): void {
  const next = { ...load(), ...patch }
  current = next
  issues = []
  try {
    storage()?.setItem(KEY, serializePreferences(next, extra))
  } catch (e) {
    console.warn('Preferences could not be stored; they last until the page closes:', e)
  }
  listeners.forEach((l) => l())
}

export function subscribePreferences(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

// Another tab changed them: read again.
if (typeof window !== 'undefined')
  window.addEventListener('storage', (e) => {
    if (e.key !== KEY) return
    current = null
    listeners.forEach((l) => l())
  })
