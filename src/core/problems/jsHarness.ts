// Runs JavaScript answers against function and class tests, given the already
// evaluated entry. Pure and realm-agnostic: the Node tests call it inside a
// node:vm context, the browser inside a worker, passing that realm's helpers.
import type { ClassProblem, FunctionProblem, Json, ValueType } from './schema'
import type { RawOutcome } from './judge'

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
  const prelude = Object.entries(JS_PRELUDE)
    .filter(([name]) => !new RegExp(`\\b(class|function)\\s+${name}\\b`).test(code))
    .map(([, src]) => src)
    .join('\n')
  return `${prelude}\n${code}\n;({ entry: typeof ${entry} === 'undefined' ? undefined : ${entry}, ListNode, TreeNode, parse: JSON.parse })\n`
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

function convertIn(realm: JsRealm, v: Json, type: ValueType | undefined): unknown {
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

/** Runs every test of a function or class problem; never throws. */
export function runJsCases(problem: FunctionProblem | ClassProblem, realm: JsRealm): RawOutcome[] {
  const entryName = problem.entry.javascript ?? '(entry)'
  if (typeof realm.entry !== 'function') {
    const error = `no ${problem.kind} named ${entryName} is defined`
    return problem.tests.map((t) => ({ name: t.name, ok: false, error }))
  }
  if (problem.kind === 'function') {
    const fn = realm.entry as (...args: unknown[]) => unknown
    return problem.tests.map((t) => {
      try {
        const args = t.args.map((a, i) => convertIn(realm, a, problem.io.args[i]))
        return { name: t.name, ok: true, value: convertOut(fn(...args), problem.io.returns) }
      } catch (e) {
        return { name: t.name, ok: false, error: errorText(e) }
      }
    })
  }
  const Cls = realm.entry as Ctor
  return problem.tests.map((t) => {
    const values: Json[] = []
    let obj: any
    try {
      obj = new Cls(...t.init.map((a) => convertIn(realm, a, 'plain')))
    } catch (e) {
      return { name: t.name, ok: false, value: values, error: `new ${entryName}(...): ${errorText(e)}` }
    }
    for (let i = 0; i < t.ops.length; i++) {
      const [method, args] = t.ops[i]!
      try {
        if (typeof obj[method] !== 'function') throw new Error(`${entryName} has no method ${method}`)
        values.push(toJson(obj[method](...args.map((a) => convertIn(realm, a, 'plain')))))
      } catch (e) {
        return { name: t.name, ok: false, value: values, error: errorText(e) }
      }
    }
    return { name: t.name, ok: true, value: values }
  })
}
