// The JavaScript sandbox's buffer budget: a run that asks for more than the
// budget in buffers gets a RangeError naming the limit; small ones, views on
// existing buffers and subclasses still work.
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { limitBufferMemory, limitWasmGrowth } from '../../src/runner/sandbox/memoryLimit'

const realm = (budget: number) => {
  const ctx = vm.createContext({})
  limitBufferMemory(vm.runInContext('globalThis', ctx) as Record<string, unknown>, budget)
  return (code: string) => vm.runInContext(code, ctx) as unknown
}

describe('limitBufferMemory', () => {
  it('refuses one buffer over the budget, with a message that says so', () => {
    const run = realm(64 * 1024 * 1024)
    expect(() => run('new Uint8Array(2 * 1024 ** 3)')).toThrow(/^memory limit: the answer asked for 2,048 MB of buffers; the limit is 64 MB$/)
    expect(() => run('new ArrayBuffer(100 * 1024 * 1024)')).toThrow(RangeError)
  })
  it('counts many small buffers together', () => {
    const run = realm(64 * 1024 * 1024)
    expect(() => run('const kept = []; for (let i = 0; i < 100; i++) kept.push(new Float64Array(128 * 1024)); kept.length')).toThrow(/memory limit/)
  })
  it('lets ordinary use through: small arrays, views, subclasses, instanceof', () => {
    const run = realm(64 * 1024 * 1024)
    expect(run('const b = new ArrayBuffer(16); const v = new Uint8Array(b); v[0] = 7; v[0] + new Int32Array([1, 2, 3]).length')).toBe(10)
    expect(run('class Bits extends Uint8Array {}; const x = new Bits(4); [x instanceof Bits, x instanceof Uint8Array, x.length]')).toEqual([true, true, 4])
    expect(run('Uint8Array.from([1, 2]).length')).toBe(2)
  })
  it('counts wasm memory and its growth', () => {
    const run = realm(8 * 1024 * 1024)
    expect(() => run('new WebAssembly.Memory({ initial: 1000 })')).toThrow(/memory limit/)
    expect(() => run('const m = new WebAssembly.Memory({ initial: 1, maximum: 1000 }); m.grow(500)')).toThrow(/memory limit/)
  })
})

describe('limitWasmGrowth (Python)', () => {
  it('refuses growth past the budget, and only growth counts', () => {
    const ctx = vm.createContext({})
    const mem = vm.runInContext('globalThis.m = new WebAssembly.Memory({ initial: 100, maximum: 2000 })', ctx) as WebAssembly.Memory
    limitWasmGrowth(vm.runInContext('globalThis', ctx) as Record<string, unknown>, 8 * 1024 * 1024)
    expect(vm.runInContext('m.grow(64)', ctx)).toBe(100)
    expect(() => vm.runInContext('m.grow(100)', ctx)).toThrow(/^memory limit: the answer asked for 11 MB of memory; the limit is 8 MB$/)
    expect(mem.buffer.byteLength).toBe(164 * 64 * 1024)
  })
})
