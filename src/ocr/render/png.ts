// A minimal 8-bit grayscale PNG encoder (fflate's zlib does the compression).
// Lets the same line images go to tesseract in Node and in the browser without
// a canvas or native image library.
import { zlibSync } from 'fflate'
import { crc32 } from '../../core/crc32.ts'

export interface GrayImage {
  width: number
  height: number
  /** One byte per pixel, row-major, 0 = black, 255 = white. */
  data: Uint8Array
}


function chunk(type: string, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + payload.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, payload.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(payload, 8)
  view.setUint32(8 + payload.length, crc32(out, 4, 8 + payload.length))
  return out
}

/** Encodes a grayscale image as PNG bytes. */
export function encodeGrayPng(img: GrayImage): Uint8Array {
  const { width, height, data } = img
  const raw = new Uint8Array((width + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0 // filter: none
    raw.set(data.subarray(y * width, (y + 1) * width), y * (width + 1) + 1)
  }
  const ihdr = new Uint8Array(13)
  const v = new DataView(ihdr.buffer)
  v.setUint32(0, width)
  v.setUint32(4, height)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 0 // colour type: grayscale
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibSync(raw, { level: 1 }) /* speed over size: the bytes only go to the engine */),
    chunk('IEND', new Uint8Array(0)),
  ]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}
