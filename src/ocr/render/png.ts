// A minimal 8-bit grayscale PNG encoder (fflate's zlib does the compression).
// Lets the same line images go to tesseract in Node and in the browser without
// a canvas or native image library.
import { unzlibSync, zlibSync } from 'fflate'
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

/**
 * Decodes the PNGs encodeGrayPng writes (8-bit grayscale, not interlaced,
 * filter 0 on every row): engines that want pixels get them back without a
 * canvas. Other PNGs are refused with the reason.
 */
export function decodeGrayPng(png: Uint8Array): GrayImage {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  let o = 8,
    width = 0,
    height = 0
  const idat: Uint8Array[] = []
  while (o + 8 <= png.length) {
    const len = view.getUint32(o)
    const type = String.fromCharCode(...png.subarray(o + 4, o + 8))
    const body = png.subarray(o + 8, o + 8 + len)
    if (type === 'IHDR') {
      width = view.getUint32(o + 8)
      height = view.getUint32(o + 12)
      if (body[8] !== 8 || body[9] !== 0 || body[12] !== 0) throw new Error('PNG: only 8-bit grayscale, not interlaced')
    } else if (type === 'IDAT') idat.push(body)
    else if (type === 'IEND') break
    o += 12 + len
  }
  const z = new Uint8Array(idat.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of idat) {
    z.set(c, at)
    at += c.length
  }
  const raw = unzlibSync(z)
  if (raw.length !== (width + 1) * height) throw new Error('PNG: image data of the wrong size')
  const data = new Uint8Array(width * height)
  for (let y = 0; y < height; y++) {
    if (raw[y * (width + 1)] !== 0) throw new Error('PNG: only filter 0')
    data.set(raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width)
  }
  return { width, height, data }
}
