import { useEffect, useState } from 'react'
import type { Problem } from '../core/problems/schema'
import { loadCatalog } from '../bank/catalog'

export type ProblemState =
  | { status: 'loading' }
  | { status: 'ready'; problem: Problem }
  | { status: 'missing'; errors: string[] }

/** One bundled problem by id; `missing` names why (not found, or invalid). */
export function useProblem(id: string): ProblemState {
  const [state, setState] = useState<ProblemState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    void loadCatalog().then(({ problems, errors }) => {
      if (!live) return
      const problem = problems.find((p) => p.id === id)
      setState(
        problem
          ? { status: 'ready', problem }
          : { status: 'missing', errors: errors.filter((e) => e.includes(`problems/${id}/`)) },
      )
    })
    return () => {
      live = false
    }
  }, [id])
  return state
}
