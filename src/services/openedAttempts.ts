// A just-started attempt is handed to the board in memory, so Start opens the
// board at once and a failed first save (private mode, a full disk) still
// lets the candidate write; the board's autosave stores it within a second.
import type { Attempt } from '../core/attempts/schema'

const handed = new Map<string, Attempt>()

export function handOver(a: Attempt): void {
  handed.set(a.id, a)
}

/** The attempt handed over under this id, if any (it stays until forgotten). */
export function handedOver(id: string): Attempt | null {
  return handed.get(id) ?? null
}

/** Once the board has it: later visits read the stored attempt, never this first state. */
export function forgetHandedOver(id: string): void {
  handed.delete(id)
}
