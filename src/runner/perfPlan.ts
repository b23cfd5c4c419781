// What both hosts (Node, the browser sandbox) share about running a
// performance test: whether a run has one, its generated input (made once per
// problem), and the time limits of its phases.
import { PERF_POLICY } from '../core/judge/performance.ts'
import { perfInput, type PerfInput } from '../core/problems/performance.ts'
import type { Lang, PerformanceSpec, Problem } from '../core/problems/schema.ts'

const inputs = new WeakMap<Problem, PerfInput>()

export interface PerfPlan {
  spec: PerformanceSpec
  reference: string
  /** The generated input (made on first use, once per problem; JavaScript makes its own in the worker). */
  input(): PerfInput
}

/** The plan when `problem` has a performance test in `lang`; undefined otherwise. */
export function perfPlan(problem: Problem, lang: Lang): PerfPlan | undefined {
  if ((problem.kind !== 'function' && problem.kind !== 'class') || !problem.performance || lang === 'sql') return undefined
  const reference = problem.references[lang]?.code
  if (!reference) return undefined
  return {
    spec: problem.performance,
    reference,
    input() {
      let input = inputs.get(problem)
      if (!input) inputs.set(problem, (input = perfInput(problem as Parameters<typeof perfInput>[0])))
      return input
    },
  }
}

/**
 * Time allowed for the reference's runs (each stopped at maxReferenceMs) and
 * for preparing their inputs: a safety net, generous for a busy machine.
 */
export const REFERENCE_PHASE_MS = PERF_POLICY.referenceRuns * (PERF_POLICY.maxReferenceMs + 10_000)

/** Node's safety net for one try (python3 and the vm stop it in place at its limit). */
export function tryPhaseMs(limitMs: number): number {
  return limitMs * 1.5 + 10_000
}
