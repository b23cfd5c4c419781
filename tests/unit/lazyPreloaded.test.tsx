// @vitest-environment jsdom
// A screen whose code was loaded ahead renders in the same commit as the route
// change: no "Loading…" fallback, which React would keep up for ~300 ms.
import { act, cleanup, render, screen } from '@testing-library/react'
import { Suspense, useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { lazyPreloaded } from '../../src/ui/lazyPreloaded'

afterEach(cleanup)

function Screen({ name }: { name: string }) {
  const [clicks] = useState(0)
  return <p>{`${name} ${clicks}`}</p>
}

describe('a lazily loaded screen', () => {
  it('renders at once, without its fallback, when its code was preloaded', async () => {
    const Board = lazyPreloaded(() => Promise.resolve(Screen))
    await Board.preload()
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Board name="board" />
      </Suspense>,
    )
    expect(screen.getByText('board 0')).toBeTruthy()
    expect(screen.queryByText('Loading…')).toBeNull()
  })

  it('shows the fallback, then the screen, when it was not; a failed load may be tried again', async () => {
    let fail = true
    const Board = lazyPreloaded(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(Screen)))
    await expect(Board.preload()).rejects.toThrow('offline')
    fail = false
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Board name="board" />
      </Suspense>,
    )
    expect(screen.getByText('Loading…')).toBeTruthy()
    await act(async () => {
      await Board.preload()
    })
    expect(await screen.findByText('board 0')).toBeTruthy()
  })
})
