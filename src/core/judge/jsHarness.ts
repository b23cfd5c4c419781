// Runs JavaScript answers against function and class tests, given the already
// evaluated entry. Realm-agnostic: Node runs it in a worker thread beside a
// node:vm context, the browser in the sandbox's worker, passing that realm's
// helpers and a clock. Answers may be async: a returned promise is awaited
// (within the run's time limit).
import type { PerfInput } from '../problems/performance.ts'
import type { ClassProblem, FunctionProblem, Json, ValueType } from '../problems/schema.ts'
import type { RawOutcome, TaskLog } from './judge.ts'

/** Defined for the candidate's code unless it defines its own. */
export const JS_PRELUDE = {
  ListNode: 'class ListNode { constructor(val = 0, next = null) { this.val = val; this.next = next } }',
  TreeNode:
    'class TreeNode { constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right } }',
}

type Ctor = new (...args: any[]) => any

export interface JsRealm {
  entry: unknown
  ListNode: Ctor
  TreeNode: Ctor
  /** The realm's JSON.parse, so arguments are that realm's arrays and objects. */
  parse: (text: string) => any
}

/**
 * Source of a script that evaluates the candidate's code and completes with a
 * JsRealm. The code runs as a classic script, top level, as hand-written.
 */
export function jsProgram(code: string, entry: string): string {
  return `${prelude(code)}\n${code}\n;({ entry: typeof ${entry} === 'undefined' ? undefined : ${entry}, ListNode, TreeNode, parse: JSON.parse })\n`
}

function prelude(code: string): string {
  return Object.entries(JS_PRELUDE)
    .filter(([name]) => !new RegExp(`\\b(class|function)\\s+${name}\\b`).test(code))
    .map(([, src]) => src)
    .join('\n')
}

/**
 * Like jsProgram, but the code runs inside a function, so its top-level
 * names stay its own: the reference answer evaluated beside the candidate's
 * (for the performance test) cannot clash with it.
 */
export function jsProgramScoped(code: string, entry: string): string {
  return `(function () {\n${jsProgram(code, entry).replace(/\n;\(\{/, '\nreturn ({')}})()\n`
}

const MAX_NODES = 100_000

function toList(realm: JsRealm, arr: any[]): any {
  let head = null
  for (let i = arr.length - 1; i >= 0; i--) head = new realm.ListNode(arr[i], head)
  return head
}

function fromList(node: any): Json[] {
  const out: Json[] = []
  while (node) {
    if (out.length >= MAX_NODES) throw new Error('the returned list has a cycle or is too long')
    out.push(toJson(node.val))
    node = node.next
  }
  return out
}

function toTree(realm: JsRealm, arr: any[]): any {
  if (!arr.length || arr[0] === null) return null
  const root = new realm.TreeNode(arr[0])
  const queue = [root]
  let i = 1
  for (let q = 0; q < queue.length && i < arr.length; q++) {
    const node = queue[q]
    for (const side of ['left', 'right'] as const) {
      if (i < arr.length && arr[i] !== null) {
        node[side] = new realm.TreeNode(arr[i])
        queue.push(node[side])
      }
      i++
    }
  }
  return root
}

function fromTree(root: any): Json[] {
  const out: Json[] = []
  const queue = [root]
  for (let q = 0; q < queue.length; q++) {
    if (q > MAX_NODES) throw new Error('the returned tree has a cycle or is too large')
    const node = queue[q]
    if (!node) {
      out.push(null)
      continue
    }
    out.push(toJson(node.val))
    queue.push(node.left ?? null, node.right ?? null)
  }
  while (out.length && out[out.length - 1] === null) out.pop()
  return out
}

/** Plain JSON of a returned value: undefined becomes null, Sets and Maps become arrays and objects. */
export function toJson(v: unknown): Json {
  const seen = new Set<unknown>()
  const walk = (x: unknown): Json => {
    if (x === undefined || x === null) return null
    if (typeof x === 'number') return Number.isFinite(x) ? x : String(x)
    if (typeof x === 'string' || typeof x === 'boolean') return x
    if (typeof x === 'bigint') return Number(x)
    if (typeof x !== 'object') return String(x)
    if (seen.has(x)) throw new Error('the returned value contains a cycle')
    seen.add(x)
    try {
      if (Array.isArray(x)) return x.map(walk)
      if (x instanceof Set || Object.prototype.toString.call(x) === '[object Set]') return [...(x as Set<unknown>)].map(walk)
      if (x instanceof Map || Object.prototype.toString.call(x) === '[object Map]') {
        return Object.fromEntries([...(x as Map<unknown, unknown>)].map(([k, val]) => [String(k), walk(val)]))
      }
      return Object.fromEntries(Object.entries(x).map(([k, val]) => [k, walk(val)]))
    } finally {
      seen.delete(x)
    }
  }
  return walk(v)
}

function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) {
    const name = 'name' in e && typeof e.name === 'string' ? `${e.name}: ` : ''
    return `${name}${String(e.message)}`
  }
  return `threw ${String(e)}`
}

/** What the harness needs of the realm's clock (the worker's own timers). */
export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
  now(): number
}

/** Run-wide state: the deadline for awaiting answers and the tasks of the current test. */
interface RunState {
  clock: Clock
  /** Clock time after which a pending promise is given up on. */
  deadline: number
  tasks: TaskLog | null
}

const sleep = (clock: Clock, ms: number) => new Promise<void>((resolve) => clock.setTimeout(resolve, ms))

/**
 * io type "tasks": [{ ms, value }] becomes zero-argument functions returning
 * promises that resolve with `value` after `ms`; every start and end is logged
 * (the most in flight at once, and their order) for the test's `peak` and `trace`.
 */
function makeTasks(state: RunState, specs: Json): (() => Promise<Json>)[] {
  const log: TaskLog = { peak: 0, trace: [] }
  state.tasks = log
  let inFlight = 0
  return (Array.isArray(specs) ? specs : []).map((spec, i) => {
    const { ms = 0, value = null } = (spec && typeof spec === 'object' && !Array.isArray(spec) ? spec : {}) as { ms?: number; value?: Json }
    return async () => {
      log.trace.push(`start ${i}`)
      log.peak = Math.max(log.peak, ++inFlight)
      await sleep(state.clock, ms)
      inFlight--
      log.trace.push(`end ${i}`)
      return structuredClone(value)
    }
  })
}

/** Reads are quicker than writes in this store: a write that is not awaited is not seen by the next read. */
export const STORE_DELAYS = { getMs: 5, setMs: 20 } as const

/**
 * io type "async-store": a JSON object becomes a store with async get(key)
 * (a copy of the record, or null) and set(key, record) (saved with `version`
 * one more than the stored one), as a database client would be.
 */
function makeStore(state: RunState, init: Json) {
  const data = new Map<string, Json>(Object.entries(init && typeof init === 'object' && !Array.isArray(init) ? init : {}))
  return {
    async get(key: unknown): Promise<Json> {
      await sleep(state.clock, STORE_DELAYS.getMs)
      const v = data.get(String(key))
      return v === undefined ? null : structuredClone(v)
    },
    async set(key: unknown, record: unknown): Promise<void> {
      const copy = toJson(record)
      await sleep(state.clock, STORE_DELAYS.setMs)
      const old = data.get(String(key))
      const version = old && typeof old === 'object' && !Array.isArray(old) && typeof old.version === 'number' ? old.version : 0
      data.set(String(key), copy && typeof copy === 'object' && !Array.isArray(copy) ? { ...copy, version: version + 1 } : copy)
    },
  }
}

function convertIn(realm: JsRealm, state: RunState, v: Json, type: ValueType | undefined): unknown {
  if (type === 'tasks') return makeTasks(state, v)
  if (type === 'async-store') return makeStore(state, v)
  const copy = realm.parse(JSON.stringify(v))
  if (type === 'linked-list') return toList(realm, copy)
  if (type === 'tree') return toTree(realm, copy)
  return copy
}

function convertOut(v: unknown, type: ValueType): Json {
  if (type === 'linked-list') return fromList(v)
  if (type === 'tree') return fromTree(v)
  return toJson(v)
}

const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  (typeof v === 'object' || typeof v === 'function') && v !== null && typeof (v as { then?: unknown }).then === 'function'

/** The value itself, or what a returned promise settles to, given up on at the run's deadline. */
async function settle(state: RunState, v: unknown): Promise<unknown> {
  if (!isThenable(v)) return v
  const left = state.deadline - state.clock.now()
  let timer: unknown
  const timeout = new Promise<never>((_, reject) => {
    timer = state.clock.setTimeout(
      () => reject(new Error(`the returned promise did not settle within the time limit (a missing resolve, or an await that never ends?)`)),
      Math.max(0, left),
    )
  })
  try {
    return await Promise.race([Promise.resolve(v), timeout])
  } finally {
    state.clock.clearTimeout(timer)
  }
}

export interface JsRunOptions {
  clock: Clock
  /** Time allowed for awaiting answers, from now (the host stops the worker itself at its own limit). */
  timeoutMs: number
}

/** Runs every test of a function or class problem, awaiting async answers; never rejects. */
export async function runJsCases(problem: FunctionProblem | ClassProblem, realm: JsRealm, options: JsRunOptions): Promise<RawOutcome[]> {
  const entryName = problem.entry.javascript ?? '(entry)'
  if (typeof realm.entry !== 'function') {
    const error = `no ${problem.kind} named ${entryName} is defined`
    return problem.tests.map((t) => ({ name: t.name, ok: false, error }))
  }
  const state: RunState = { clock: options.clock, deadline: options.clock.now() + options.timeoutMs, tasks: null }
  const out: RawOutcome[] = []
  if (problem.kind === 'function') {
    const fn = realm.entry as (...args: unknown[]) => unknown
    for (const t of problem.tests) {
      state.tasks = null
      try {
        const args = t.args.map((a, i) => convertIn(realm, state, a, problem.io.args[i]))
        const value = convertOut(await settle(state, fn(...args)), problem.io.returns)
        out.push({ name: t.name, ok: true, value, ...(state.tasks ? { tasks: state.tasks } : {}) })
      } catch (e) {
        out.push({ name: t.name, ok: false, error: errorText(e) })
      }
    }
    return out
  }
  const Cls = realm.entry as Ctor
  for (const t of problem.tests) {
    const values: Json[] = []
    let obj: any
    try {
      obj = new Cls(...t.init.map((a) => convertIn(realm, state, a, 'plain')))
    } catch (e) {
      out.push({ name: t.name, ok: false, value: values, error: `new ${entryName}(...): ${errorText(e)}` })
      continue
    }
    let result: RawOutcome = { name: t.name, ok: true, value: values }
    for (let i = 0; i < t.ops.length; i++) {
      const [method, args] = t.ops[i]!
      try {
        if (typeof obj[method] !== 'function') throw new Error(`${entryName} has no method ${method}`)
        values.push(toJson(await settle(state, obj[method](...args.map((a) => convertIn(realm, state, a, 'plain'))))))
      } catch (e) {
        result = { name: t.name, ok: false, value: values, error: errorText(e) }
        break
      }
    }
    out.push(result)
  }
  return out
}

// ---- performance: the same large input for the reference and the answer ----

/** One timed run of a performance input: arguments are prepared (copied, converted) outside the timing. */
export interface PerfRunner {
  /** Prepares fresh arguments, then returns a function that makes the timed calls. */
  prepare(): () => unknown
}

/** A runner for `realm`'s entry on the generated input (function: `calls` calls; class: the constructor then every call). */
export function perfRunner(problem: FunctionProblem | ClassProblem, realm: JsRealm, input: PerfInput): PerfRunner {
  const state: RunState = { clock: { setTimeout: () => 0, clearTimeout: () => {}, now: () => 0 }, deadline: Infinity, tasks: null }
  if (typeof realm.entry !== 'function') throw new Error(`no ${problem.kind} named ${problem.entry.javascript} is defined`)
  if (input.kind === 'function' && problem.kind === 'function') {
    const fn = realm.entry as (...args: unknown[]) => unknown
    const { args, calls } = input
    return {
      prepare() {
        const ready = args.map((a, i) => convertIn(realm, state, a, problem.io.args[i]))
        return () => {
          let last: unknown
          for (let k = 0; k < calls; k++) last = fn(...ready)
          return last
        }
      },
    }
  }
  if (input.kind === 'class') {
    const Cls = realm.entry as Ctor
    const json = JSON.stringify(input)
    return {
      prepare() {
        const { init, calls } = realm.parse(json) as { init: unknown[]; calls: [string, unknown[]][] }
        return () => {
          const obj = new Cls(...init)
          let last: unknown
          for (const [method, args] of calls) last = obj[method](...args)
          return last
        }
      },
    }
  }
  throw new Error('the performance input does not match the kind of problem')
}
