// Judging a performance test: the answer's time on a large generated input as
// a ratio to the reference's time, measured in the same worker on the same
// device, so a slow device does not fail a good answer. The harnesses (JS,
// Python) time the runs following PERF_POLICY; this module turns their
// figures into the verdict and the sentence the candidate reads.
import type { PerformanceSpec } from '../problems/schema.ts'

export const PERF_POLICY = {
  /** Reference runs per measurement; their median is the reference time. */
  referenceRuns: 3,
  /**
   * Tries for the answer. A try is stopped once it passes the limit; the
   * answer passes when any try finishes within it (a loaded machine can slow
   * one try, not a quadratic answer's every try). Node and python3 stop a try
   * in place; the browser must end the worker, so it makes one try.
   */
  answerTries: 2,
  /**
   * No limit below this many ms, however quick the reference: below it,
   * timer resolution, garbage collection and a busy CPU, not the algorithm,
   * decide (a quadratic answer at the sizes we use takes seconds).
   */
  floorMs: 150,
  /** A reference slower than this on this device: the test is skipped (the device, not the answer, is too slow). */
  maxReferenceMs: 10_000,
} as const

/** The limit for one try: maxRatio times the reference's median, at least floorMs. */
export function perfLimitMs(referenceMs: number, maxRatio: number): number {
  return Math.max(PERF_POLICY.floorMs, referenceMs * maxRatio)
}

/** What a harness measured (all times in ms). */
export type PerfMeasurement =
  /** The answer finished a try within the limit. */
  | { status: 'finished'; referenceMs: number; answerMs: number; limitMs: number; tries: number }
  /** Every try passed the limit and was stopped there. */
  | { status: 'stopped'; referenceMs: number; limitMs: number; tries: number }
  /** The answer threw on the large input (RecursionError, a TypeError...). */
  | { status: 'error'; referenceMs: number; error: string }
  /** The test could not be run: the reference failed or was too slow, or the tests did not all pass. */
  | { status: 'skipped'; reason: string }

export interface PerfResult {
  passed: boolean
  /** false when the test was skipped (it then neither passes nor fails the answer). */
  ran: boolean
  /** What was measured, e.g. "100,000 numbers". */
  input: string
  /** What the statement asks for, e.g. "O(n)". */
  bound: string
  maxRatio: number
  referenceMs?: number
  /** Absent when the answer was stopped or failed. */
  answerMs?: number
  /** answerMs / referenceMs; absent when stopped (then it is above maxRatio). */
  ratio?: number
  limitMs?: number
  /** One sentence for the candidate. */
  message: string
}

const ms = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US'))
const times = (r: number) => (r < 10 ? r.toFixed(1) : Math.round(r).toLocaleString('en-US'))

export function perfVerdict(spec: Pick<PerformanceSpec, 'input' | 'bound' | 'maxRatio'>, m: PerfMeasurement): PerfResult {
  const base = { input: spec.input, bound: spec.bound, maxRatio: spec.maxRatio }
  switch (m.status) {
    case 'skipped':
      return { ...base, passed: false, ran: false, message: `performance test not run: ${m.reason}` }
    case 'error':
      return { ...base, passed: false, ran: true, referenceMs: m.referenceMs, message: `your answer failed on ${spec.input}: ${m.error}` }
    case 'stopped':
      return {
        ...base,
        passed: false,
        ran: true,
        referenceMs: m.referenceMs,
        limitMs: m.limitMs,
        message:
          `your answer took more than ${times(m.limitMs / m.referenceMs)}× the reference's time on ${spec.input} ` +
          `(stopped at ${ms(m.limitMs)} ms; the reference took ${ms(m.referenceMs)} ms); the statement asks for ${spec.bound}`,
      }
    case 'finished': {
      const ratio = m.answerMs / m.referenceMs
      const passed = m.answerMs <= m.limitMs
      const took = `your answer took ${times(ratio)}× the reference's time on ${spec.input} (${ms(m.answerMs)} ms; the reference ${ms(m.referenceMs)} ms)`
      return {
        ...base,
        passed,
        ran: true,
        referenceMs: m.referenceMs,
        answerMs: m.answerMs,
        ratio,
        limitMs: m.limitMs,
        message: passed ? took : `${took}; the statement asks for ${spec.bound}`,
      }
    }
  }
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
