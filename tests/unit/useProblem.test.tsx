// @vitest-environment jsdom
// A problem is found from the bundled catalog; once the catalog has loaded, a
// screen opened next (the board after Start) has it on its first render.
import { cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { loadCatalog } from '../../src/bank/catalog'
import { useProblem } from '../../src/ui/useProblem'

afterEach(cleanup)

describe('one bundled problem', () => {
  it('loads, then is ready on the first render of any later screen; an unknown id is missing', { timeout: 30_000 }, async () => {
    const first = renderHook(() => useProblem('two-sum'))
    const seen = [first.result.current.status]
    await waitFor(() => expect(first.result.current.status).toBe('ready'), { timeout: 20_000 })
    expect(seen).toEqual(['loading'])
    await loadCatalog()
    const later = renderHook(({ id }) => useProblem(id), { initialProps: { id: 'two-sum' } })
    expect(later.result.current).toMatchObject({ status: 'ready', problem: { id: 'two-sum' } })
    later.rerender({ id: 'no-such-problem' })
    expect(later.result.current).toEqual({ status: 'missing', errors: [] })
  })
})
