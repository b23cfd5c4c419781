// Our fine-tuning of PaddleOCR's recogniser, shipped as a patch on the model
// the npm package already gives us (scripts/paddle-train/): for each weight
// tensor, where its float32 data sits in that file and the change, quantised
// to int8 with one scale per tensor. 2.7 MB instead of a second 10.8 MB model,
// and the npm file stays the source. Pure: bytes in, bytes out.
//
// File: "INKPP\0\0\x01", u32 header length (little-endian), the JSON header
// (padded with spaces to 4 bytes), then every tensor's int8 changes in order.

export interface ModelPatchHeader {
  format: 'inkterview-paddle-patch/1'
  /** The file the patch applies to: its length and FNV-1a (32-bit) hash. */
  base: { bytes: number; fnv1a: number }
  /** The hash of the patched file, checked after applying. */
  patched: { fnv1a: number }
  tensors: { name: string; offset: number; count: number; scale: number }[]
}

const MAGIC = [0x49, 0x4e, 0x4b, 0x50, 0x50, 0, 0, 1] // INKPP\0\0\1

/** FNV-1a, 32 bits: tells one model file from another without needing a secure context (crypto.subtle). */
export function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193) >>> 0
  return h >>> 0
}

/** The header and the changes of a patch file; throws saying what is wrong with it. */
export function parseModelPatch(patch: Uint8Array): { header: ModelPatchHeader; changes: Int8Array } {
  if (patch.length < 12 || MAGIC.some((b, i) => patch[i] !== b)) throw new Error('not a recogniser patch (wrong magic bytes)')
  const view = new DataView(patch.buffer, patch.byteOffset, patch.byteLength)
  const length = view.getUint32(8, true)
  if (12 + length > patch.length) throw new Error(`its header runs past the end (${length} bytes, file ${patch.length})`)
  let header: ModelPatchHeader
  try {
    header = JSON.parse(new TextDecoder().decode(patch.subarray(12, 12 + length))) as ModelPatchHeader
  } catch (e) {
    throw new Error(`its header is not JSON: ${e instanceof Error ? e.message : String(e)}`, { cause: e })
  }
  if (header?.format !== 'inkterview-paddle-patch/1' || !Array.isArray(header.tensors)) throw new Error(`unknown patch format ${JSON.stringify(header?.format)}`)
  const total = header.tensors.reduce((n, t) => n + t.count, 0)
  const changes = new Int8Array(patch.buffer, patch.byteOffset + 12 + length, patch.length - 12 - length)
  if (changes.length !== total) throw new Error(`it holds ${changes.length} changes, its header lists ${total}`)
  return { header, changes }
}

/**
 * The patched model, a new array (the input is left as it was). Throws when the
 * patch is not for this file (another version of the npm package) or the result
 * is not the file the patch was made to give.
 */
export function applyModelPatch(model: Uint8Array, patch: Uint8Array): Uint8Array {
  const { header, changes } = parseModelPatch(patch)
  if (model.length !== header.base.bytes || fnv1a(model) !== header.base.fnv1a)
    throw new Error(`the patch is for another model file (${header.base.bytes} bytes, hash ${header.base.fnv1a}; this one ${model.length} bytes, hash ${fnv1a(model)})`)
  const out = model.slice()
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength)
  let at = 0
  for (const t of header.tensors) {
    if (t.offset < 0 || t.offset + 4 * t.count > out.length) throw new Error(`tensor ${t.name} lies outside the model`)
    for (let i = 0; i < t.count; i++) {
      const p = t.offset + 4 * i
      // Summed in float64 and rounded to float32 once, as make-patch.py does.
      view.setFloat32(p, view.getFloat32(p, true) + t.scale * changes[at + i]!, true)
    }
    at += t.count
  }
  if (fnv1a(out) !== header.patched.fnv1a) throw new Error('the patched model is not the one the patch was made for')
  return out
}
