import { useEffect, useMemo, useState } from 'react'
import type { Problem } from '../core/problems/schema'
import { loadCatalog, loadedCatalog, type Catalog } from '../bank/catalog'

export type ProblemState =
  | { status: 'loading' }
  | { status: 'ready'; problem: Problem }
  | { status: 'missing'; errors: string[] }

/**
 * One bundled problem by id; `missing` names why (not found, or invalid).
 * Ready on the first render once the catalog is loaded (the board opened from
 * the problem page shows at once).
 */
export function useProblem(id: string): ProblemState {
  const [catalog, setCatalog] = useState<Catalog | undefined>(loadedCatalog)
  useEffect(() => {
    if (catalog) return
    let live = true
    void loadCatalog().then((c) => {
      if (live) setCatalog(c)
    })
    return () => {
      live = false
    }
  }, [catalog])
  return useMemo(() => (catalog ? find(catalog, id) : { status: 'loading' }), [catalog, id])
}

function find({ problems, errors }: Catalog, id: string): ProblemState {
  const problem = problems.find((p) => p.id === id)
  return problem ? { status: 'ready', problem } : { status: 'missing', errors: errors.filter((e) => e.includes(`problems/${id}/`)) }
}
