// @vitest-environment jsdom
// A record's screen claims it for this tab before writing it (ui/useSavedRecord).
// Start claims a new attempt ahead, so its board holds it from the first render.
import { cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { claimAhead, claimAttempt } from '../../src/storage/attemptLock'
import { useSavedRecord, type RecordRules } from '../../src/ui/useSavedRecord'
import { FakeLocks } from './fakeLocks'

interface Rec {
  id: string
  n: number
}
const saved: Rec[] = []
const rules: RecordRules<Rec> = {
  save: async (v) => void saved.push(v),
  isOpen: () => true,
  atLastSave: (v) => v,
  resume: (v) => v,
  pause: (v) => v,
  stamp: (v) => v,
}

beforeEach(() => {
  saved.length = 0
  Object.defineProperty(navigator, 'locks', { value: new FakeLocks(), configurable: true })
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

/** Opens a screen on record `id`; the ownership it rendered with, render by render. */
function openScreen(id: string): string[] {
  const seen: string[] = []
  renderHook(() => {
    const r = useSavedRecord({ id, n: 1 }, rules)
    seen.push(r.ownership)
    return r
  })
  return seen
}

describe('a record screen opening', () => {
  it('shows "claiming" first when nothing was claimed for it, then holds the record and stores it', async () => {
    const seen = openScreen('r1')
    expect(seen[0]).toBe('claiming')
    await waitFor(() => expect(seen.at(-1)).toBe('held'))
    await waitFor(() => expect(saved.map((v) => v.id)).toContain('r1'))
  })

  it('holds a record claimed ahead from its first render, with that claim (not told it is open elsewhere)', async () => {
    claimAhead('r2')
    await new Promise((r) => setTimeout(r, 0))
    const seen = openScreen('r2')
    expect(seen[0]).toBe('held')
    await waitFor(() => expect(saved.map((v) => v.id)).toContain('r2'))
    expect(seen).not.toContain('elsewhere')
    expect(seen).not.toContain('claiming')
    // And it is held: another claimant is refused.
    expect(await claimAttempt('r2')).toBeNull()
  })
})
