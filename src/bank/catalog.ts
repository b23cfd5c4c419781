// The bundled problem bank, loaded once. The only Vite-specific part of the
// problem code: the validation itself is src/core/problems/assemble.ts.
import { assembleAll } from '../core/problems/assemble'
import type { Problem } from '../core/problems/schema'

export interface Catalog {
  /** Valid problems, sorted by id. */
  problems: Problem[]
  /** One message per defect, naming file and field. Invalid problems are left out. */
  errors: string[]
}

let cached: Promise<Catalog> | undefined
let loaded: Catalog | undefined

export function loadCatalog(): Promise<Catalog> {
  cached ??= import('./bankFiles').then(({ bankFiles }) => (loaded = assembleAll(bankFiles)))
  return cached
}

/** The catalog if it has been loaded already: a screen opened after the problem page shows at once. */
export const loadedCatalog = (): Catalog | undefined => loaded

/** The problem with this id, or undefined if there is none (or it is invalid). */
export async function getProblem(id: string): Promise<Problem | undefined> {
  const { problems } = await loadCatalog()
  return problems.find((p) => p.id === id)
}
