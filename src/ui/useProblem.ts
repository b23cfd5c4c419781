import { useEffect, useState } from 'react'
import type { Problem } from '../core/problems/schema'
import { loadCatalog, loadedCatalog, type Catalog } from '../bank/catalog'

export type ProblemState =
  | { status: 'loading' }
  | { status: 'ready'; problem: Problem }
  | { status: 'missing'; errors: string[] }

/** One bundled problem by id; `missing` names why (not found, or invalid). */
export function useProblem(id: string): ProblemState {
  const [state, setState] = useState<{ id: string; state: ProblemState }>(() => {
    const catalog = loadedCatalog()
    return { id, state: catalog ? find(catalog, id) : { status: 'loading' } }
  })
  const catalog = state.id === id ? undefined : loadedCatalog()
  const current: ProblemState = state.id === id ? state.state : catalog ? find(catalog, id) : { status: 'loading' }
  const loading = current.status === 'loading'
  useEffect(() => {
    if (!loading) return
    let live = true
    void loadCatalog().then((catalog) => {
      if (live) setState({ id, state: find(catalog, id) })
    })
    return () => {
      live = false
    }
  }, [id, loading])
  return current
}

function find({ problems, errors }: Catalog, id: string): ProblemState {
  const problem = problems.find((p) => p.id === id)
  return problem ? { status: 'ready', problem } : { status: 'missing', errors: errors.filter((e) => e.includes(`problems/${id}/`)) }
}
