// Performance tests: turns a problem's generator spec (problem.json
// "performance", problems/README.md) into the large input itself. Pure and
// deterministic (a seeded generator), so the browser, Node and every device
// time the same data.
import type { ClassProblem, FunctionProblem, Gen, Json, PerformanceSpec, Problem, SizeExpr } from './schema.ts'

/** The generated input of a function problem's performance test. */
export interface FunctionPerfInput {
  kind: 'function'
  args: Json[]
  calls: number
}
/** The generated input of a class problem's performance test: constructor arguments and every call in order. */
export interface ClassPerfInput {
  kind: 'class'
  init: Json[]
  calls: [method: string, args: Json[]][]
}
export type PerfInput = FunctionPerfInput | ClassPerfInput

/** Largest list a generator may make: a typo in a spec must not exhaust memory. */
export const MAX_GENERATED = 5_000_000

export class PerfSpecError extends Error {}

/**
 * Evaluates a size expression: whole numbers, n, i, + - * / (whole division,
 * rounded down) and parentheses. Evaluated by a small parser, never by eval.
 */
export function evalSize(expr: SizeExpr, vars: { n: number; i?: number }): number {
  if (typeof expr === 'number') return expr
  const tokens = expr.match(/\d+|[ni]|[-+*/()]/g) ?? []
  if (tokens.join('') !== expr.replace(/\s+/g, '')) throw new PerfSpecError(`"${expr}": unexpected characters`)
  let pos = 0
  const peek = () => tokens[pos]
  const atom = (): number => {
    const t = tokens[pos++]
    if (t === undefined) throw new PerfSpecError(`"${expr}": ends too soon`)
    if (t === '(') {
      const v = sum()
      if (tokens[pos++] !== ')') throw new PerfSpecError(`"${expr}": missing ")"`)
      return v
    }
    if (t === '-') return -atom()
    if (t === 'n') return vars.n
    if (t === 'i') {
      if (vars.i === undefined) throw new PerfSpecError(`"${expr}": i is only defined inside a list or a class step`)
      return vars.i
    }
    if (/^\d+$/.test(t)) return Number(t)
    throw new PerfSpecError(`"${expr}": unexpected "${t}"`)
  }
  const product = (): number => {
    let v = atom()
    while (peek() === '*' || peek() === '/') {
      const op = tokens[pos++]
      const r = atom()
      if (op === '/' && r === 0) throw new PerfSpecError(`"${expr}": division by zero`)
      v = op === '*' ? v * r : Math.floor(v / r)
    }
    return v
  }
  const sum = (): number => {
    let v = product()
    while (peek() === '+' || peek() === '-') v = tokens[pos++] === '+' ? v + product() : v - product()
    return v
  }
  const v = sum()
  if (pos !== tokens.length) throw new PerfSpecError(`"${expr}": unexpected "${tokens[pos]}"`)
  return v
}

/** mulberry32: a small, fast, seeded generator; the same seed gives the same numbers everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function length(expr: SizeExpr, vars: { n: number; i?: number }): number {
  const len = evalSize(expr, vars)
  if (len < 0 || len > MAX_GENERATED) throw new PerfSpecError(`length ${len} is outside 0..${MAX_GENERATED}`)
  return len
}

/** Generates one value. `i` is the index inside an enclosing list (or class step). */
export function generate(g: Gen, vars: { n: number; i?: number }): Json {
  switch (g.gen) {
    case 'value':
      return structuredClone(g.value)
    case 'int':
      return evalSize(g.value, vars)
    case 'ints': {
      const len = length(g.length, vars)
      const min = evalSize(g.min, vars)
      const span = evalSize(g.max, vars) - min + 1
      if (span <= 0) throw new PerfSpecError('ints: max is below min')
      const rnd = random(g.seed)
      const out = Array.from({ length: len }, () => min + Math.floor(rnd() * span))
      return g.sorted ? out.sort((a, b) => a - b) : out
    }
    case 'range': {
      const len = length(g.length, vars)
      const start = g.start === undefined ? 0 : evalSize(g.start, vars)
      const step = g.step === undefined ? 1 : evalSize(g.step, vars)
      return Array.from({ length: len }, (_, k) => start + k * step)
    }
    case 'shuffle': {
      const list = generate(g.of, vars)
      if (!Array.isArray(list)) throw new PerfSpecError('shuffle: "of" must make a list')
      const rnd = random(g.seed)
      for (let k = list.length - 1; k > 0; k--) {
        const j = Math.floor(rnd() * (k + 1))
        ;[list[k], list[j]] = [list[j]!, list[k]!]
      }
      return list
    }
    case 'repeat':
      return Array.from({ length: length(g.length, vars) }, () => structuredClone(g.value))
    case 'concat': {
      const out: Json[] = []
      for (const part of g.parts) {
        const list = generate(part, vars)
        if (!Array.isArray(list)) throw new PerfSpecError('concat: every part must make a list')
        if (out.length + list.length > MAX_GENERATED) throw new PerfSpecError(`concat: more than ${MAX_GENERATED} items`)
        for (const x of list) out.push(x)
      }
      return out
    }
    case 'string': {
      const len = length(g.length, vars)
      const letters = [...g.alphabet]
      if (g.seed === undefined) return Array.from({ length: len }, (_, k) => letters[k % letters.length]).join('')
      const rnd = random(g.seed)
      return Array.from({ length: len }, () => letters[Math.floor(rnd() * letters.length)]).join('')
    }
    case 'list':
      return Array.from({ length: length(g.length, vars) }, (_, i) =>
        Array.isArray(g.item) ? g.item.map((item) => generate(item, { ...vars, i })) : generate(g.item, { ...vars, i }),
      )
    case 'tree': {
      // Level order, as tests write trees: "balanced" is complete (depth log n), "path" leans right (depth n).
      const len = length(g.length, vars)
      if (g.shape === 'balanced') return Array.from({ length: len }, (_, k) => k)
      const out: Json[] = []
      for (let k = 0; k < len; k++) out.push(...(k === 0 ? [k] : [null, k]))
      return out
    }
  }
}

export function performanceOf(problem: Problem): PerformanceSpec | undefined {
  return problem.kind === 'function' || problem.kind === 'class' ? problem.performance : undefined
}

/** The generated input of a problem's performance test; throws PerfSpecError naming what is wrong. */
export function perfInput(problem: FunctionProblem | ClassProblem): PerfInput {
  const spec = problem.performance
  if (!spec) throw new PerfSpecError(`${problem.id} has no performance test`)
  const vars = { n: spec.n }
  if ('args' in spec) return { kind: 'function', args: spec.args.map((g) => generate(g, vars)), calls: spec.calls }
  const calls: [string, Json[]][] = []
  for (const step of spec.steps) {
    const times = length(step.times, vars)
    for (let i = 0; i < times; i++) calls.push([step.method, step.args.map((g) => generate(g, { ...vars, i }))])
    if (calls.length > MAX_GENERATED) throw new PerfSpecError(`more than ${MAX_GENERATED} calls`)
  }
  return { kind: 'class', init: spec.init.map((g) => generate(g, vars)), calls }
}
