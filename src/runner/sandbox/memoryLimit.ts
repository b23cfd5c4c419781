// A memory limit for answers in the JavaScript worker. Browsers give a worker
// no heap limit of its own, and a buffer of gigabytes is cheap to ask for and
// slow to fill (it would only end at the time limit, with a misleading
// message). So buffer allocations (ArrayBuffer, the typed arrays, wasm
// memory) are counted against a budget per run, and one past it throws a
// RangeError saying so. Ordinary arrays and objects are bounded by the time
// limit and the browser's own heap limit.
export const BUFFER_BUDGET_BYTES = 512 * 1024 * 1024

const MB = 1024 * 1024
const TYPED = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Float16Array',
] as const

/** Installs the limit on `global` (the worker's global object), before any answer runs. */
export function limitBufferMemory(global: Record<string, unknown>, budget = BUFFER_BUDGET_BYTES): void {
  let used = 0
  const take = (bytes: number) => {
    if (!Number.isFinite(bytes) || bytes <= 0) return
    used += bytes
    if (used > budget)
      throw new RangeError(
        `memory limit: the answer asked for ${Math.ceil(used / MB).toLocaleString('en-US')} MB of buffers; the limit is ${budget / MB} MB`,
      )
  }
  const guard = (name: string, bytesOf: (args: unknown[]) => number) => {
    const Ctor = global[name] as (new (...a: unknown[]) => object) | undefined
    if (typeof Ctor !== 'function') return
    const proxy: typeof Ctor = new Proxy(Ctor, {
      construct(target, args, newTarget) {
        take(bytesOf(args))
        return Reflect.construct(target, args, newTarget === proxy ? target : newTarget) as object
      },
    })
    Object.defineProperty(global, name, { value: proxy, writable: true, configurable: true, enumerable: false })
  }
  guard('ArrayBuffer', (args) => Number(args[0]) || 0)
  for (const name of TYPED) {
    const size = (global[name] as { BYTES_PER_ELEMENT?: number } | undefined)?.BYTES_PER_ELEMENT ?? 1
    guard(name, ([first]) =>
      typeof first === 'number' ? first * size : first && typeof first === 'object' && 'length' in first ? Number(first.length) * size : 0,
    )
  }
  const wasm = global.WebAssembly as Record<string, unknown> | undefined
  const PAGE = 64 * 1024
  if (wasm && typeof wasm.Memory === 'function') {
    const Memory = wasm.Memory as new (d: { initial: number }) => object
    const grow = (Memory.prototype as { grow(pages: number): number }).grow
    Object.defineProperty(Memory.prototype, 'grow', {
      value(this: object, pages: number) {
        take(Number(pages) * PAGE)
        return grow.call(this, pages)
      },
      writable: true,
      configurable: true,
    })
    wasm.Memory = new Proxy(Memory, {
      construct(target, args, newTarget) {
        take(Number((args[0] as { initial?: number } | undefined)?.initial ?? 0) * PAGE)
        return Reflect.construct(target, args, newTarget === wasm.Memory ? target : newTarget) as object
      },
    })
  }
}
