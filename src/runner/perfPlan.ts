// What both hosts (Node, the browser sandbox) share about running a
// performance test: whether a run has one, its generated input (made once per
// problem), and the time limits of its phases.
import { PERF_POLICY } from '../core/judge/performance.ts'
import { perfInput, type PerfInput } from '../core/problems/performance.ts'
import type { Lang, PerformanceSpec, Problem } from '../core/problems/schema.ts'

const inputs = new WeakMap<Problem, PerfInput>()

/** The spec and generated input when `problem` has a performance test in `lang`; undefined otherwise. */
export function perfPlan(problem: Problem, lang: Lang): { spec: PerformanceSpec; input: PerfInput; reference: string } | undefined {
  if ((problem.kind !== 'function' && problem.kind !== 'class') || !problem.performance || lang === 'sql') return undefined
  const reference = problem.references[lang]?.code
  if (!reference) return undefined
  let input = inputs.get(problem)
  if (!input) inputs.set(problem, (input = perfInput(problem)))
  return { spec: problem.performance, input, reference }
}

/** Time allowed for the reference's runs (each is stopped at maxReferenceMs), plus slack. */
export const REFERENCE_PHASE_MS = PERF_POLICY.referenceRuns * PERF_POLICY.maxReferenceMs + 5_000

/** Time allowed for one try of the answer: its limit, plus slack for preparing the input and reporting back. */
export function tryPhaseMs(limitMs: number): number {
  return limitMs * 1.5 + 3_000
}
