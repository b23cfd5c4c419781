// One tab writes an attempt at a time (storage/attemptLock.ts), and Start
// claims the new attempt ahead so the board opens holding it (Web Locks: ./fakeLocks.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { claimAhead, claimAttempt, heldAhead, takeClaimAhead } from '../../src/storage/attemptLock'
import { FakeLocks } from './fakeLocks'

let locks: FakeLocks
beforeEach(() => {
  locks = new FakeLocks()
  vi.stubGlobal('navigator', { locks })
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('claiming an attempt', () => {
  it('holds an attempt for one claimant at a time, until released', async () => {
    const first = await claimAttempt('a1')
    expect(first).not.toBeNull()
    expect(await claimAttempt('a1')).toBeNull()
    first!.release()
    await settle()
    expect(await claimAttempt('a1')).not.toBeNull()
  })

  it('claimed ahead (Start pressed), the board holds it from its first render and takes that same claim', async () => {
    claimAhead('a2')
    await settle()
    expect(heldAhead('a2')).toBe(true)
    // The board takes the claim made for it rather than asking again (which would find it held).
    const claim = await takeClaimAhead('a2')
    expect(claim).not.toBeNull()
    expect(locks.held.has('inkterview-attempt:a2')).toBe(true)
    expect(takeClaimAhead('a2')).toBeNull()
    expect(heldAhead('a2')).toBe(false)
    claim!.release()
    await settle()
    expect(locks.held.has('inkterview-attempt:a2')).toBe(false)
  })

  it('a claim made ahead for an attempt open in another tab is not held', async () => {
    const other = await claimAttempt('a3')
    claimAhead('a3')
    await settle()
    expect(heldAhead('a3')).toBe(false)
    expect(await takeClaimAhead('a3')).toBeNull()
    other!.release()
  })

  it('lets go of a claim made ahead that no screen takes', async () => {
    vi.useFakeTimers()
    claimAhead('a4')
    await vi.advanceTimersByTimeAsync(0)
    expect(locks.held.has('inkterview-attempt:a4')).toBe(true)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(locks.held.has('inkterview-attempt:a4')).toBe(false)
    expect(takeClaimAhead('a4')).toBeNull()
  })
})
