// Memory limits for answers in the sandbox's workers. Browsers give a worker
// no heap limit of its own, and a buffer of gigabytes is cheap to ask for and
// slow to fill (it would only end at the time limit, with a misleading
// message). So allocations are counted against a budget, and one past it
// fails at once, saying so:
// - JavaScript: buffers (ArrayBuffer, the typed arrays, wasm memory) per run,
//   a RangeError; ordinary arrays and objects are bounded by the time limit
//   and the browser's own heap limit.
// - Python: the growth of Pyodide's wasm memory after it has loaded (wasm
//   memory never shrinks, so growth is what the answers took); a refused
//   growth is a MemoryError in Python.
export const BUFFER_BUDGET_BYTES = 512 * 1024 * 1024
export const PYTHON_GROWTH_BUDGET_BYTES = 1024 * 1024 * 1024

const MB = 1024 * 1024
const PAGE = 64 * 1024
const TYPED = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Float16Array',
] as const

function budget(limit: number, what: string) {
  let used = 0
  return (bytes: number) => {
    if (!Number.isFinite(bytes) || bytes <= 0) return
    if (used + bytes > limit)
      throw new RangeError(`memory limit: the answer asked for ${Math.ceil((used + bytes) / MB).toLocaleString('en-US')} MB of ${what}; the limit is ${limit / MB} MB`)
    used += bytes
  }
}

/** Counts every later growth of a wasm memory (from wasm or from JavaScript) against `take`. */
function guardWasmGrowth(global: Record<string, unknown>, take: (bytes: number) => void) {
  const wasm = global.WebAssembly as { Memory?: { prototype: { grow(pages: number): number } } } | undefined
  const proto = wasm?.Memory?.prototype
  if (!proto) return
  const grow = proto.grow
  Object.defineProperty(proto, 'grow', {
    value(this: object, pages: number) {
      take(Number(pages) * PAGE)
      return grow.call(this, pages)
    },
    writable: true,
    configurable: true,
  })
}

/** Installs the JavaScript limit on `global` (the worker's global object), before any answer runs. */
export function limitBufferMemory(global: Record<string, unknown>, limit = BUFFER_BUDGET_BYTES): void {
  const take = budget(limit, 'buffers')
  const guard = (owner: Record<string, unknown>, name: string, bytesOf: (args: unknown[]) => number) => {
    const Ctor = owner[name] as (new (...a: unknown[]) => object) | undefined
    if (typeof Ctor !== 'function') return
    const proxy: typeof Ctor = new Proxy(Ctor, {
      construct(target, args, newTarget) {
        take(bytesOf(args))
        return Reflect.construct(target, args, newTarget === proxy ? target : newTarget) as object
      },
    })
    Object.defineProperty(owner, name, { value: proxy, writable: true, configurable: true, enumerable: false })
  }
  guard(global, 'ArrayBuffer', (args) => Number(args[0]) || 0)
  for (const name of TYPED) {
    const size = (global[name] as { BYTES_PER_ELEMENT?: number } | undefined)?.BYTES_PER_ELEMENT ?? 1
    guard(global, name, ([first]) =>
      typeof first === 'number' ? first * size : first && typeof first === 'object' && 'length' in first ? Number(first.length) * size : 0,
    )
  }
  guardWasmGrowth(global, take)
  const wasm = global.WebAssembly as Record<string, unknown> | undefined
  if (wasm) guard(wasm, 'Memory', (args) => Number((args[0] as { initial?: number } | undefined)?.initial ?? 0) * PAGE)
}

/** Installs the Python limit: Pyodide's heap may grow by `limit` bytes after this call. */
export function limitWasmGrowth(global: Record<string, unknown>, limit = PYTHON_GROWTH_BUDGET_BYTES): void {
  guardWasmGrowth(global, budget(limit, 'memory'))
}
