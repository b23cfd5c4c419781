// Installable app: writes the web app manifest and its icons into the build
// (and serves them in dev). The icons are drawn here, at build time, from the
// same design as public/favicon.svg (a yellow pen stroke on the header's dark
// blue): no third-party artwork and no binary files in the repository.
import { deflateSync } from 'node:zlib'
import type { Plugin } from 'vite'
import { crc32 } from '../src/core/crc32.ts'

export const APP_NAME = 'Inkterview: handwritten coding interview practice'
export const SHORT_NAME = 'Inkterview'
export const THEME_COLOR = '#1d2433'
export const BACKGROUND_COLOR = '#fbfaf6'

const BG = [0x1d, 0x24, 0x33] as const
const PEN = [0xf5, 0xc5, 0x42] as const

/** The favicon's stroke, "M7 22c4-10 7-12 9-6s5 4 9-6" in a 32-unit box, as a polyline. */
function penPath(): [number, number][] {
  const cubic = (p0: number[], p1: number[], p2: number[], p3: number[]) =>
    Array.from({ length: 24 }, (_, i) => {
      const t = (i + 1) / 24
      const u = 1 - t
      return [0, 1].map((k) => u * u * u * p0[k]! + 3 * u * u * t * p1[k]! + 3 * u * t * t * p2[k]! + t * t * t * p3[k]!) as [number, number]
    })
  return [[7, 22], ...cubic([7, 22], [11, 12], [14, 10], [16, 16]), ...cubic([16, 16], [18, 22], [21, 20], [25, 10])]
}

function distToSegment(px: number, py: number, [ax, ay]: [number, number], [bx, by]: [number, number]) {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

export interface IconSpec {
  size: number
  /** Maskable: full-bleed background, the mark inside the central 80% safe zone. */
  maskable: boolean
}

/** RGBA pixels of the icon, anti-aliased by distance (one sample per pixel). */
export function drawIcon({ size, maskable }: IconSpec): Uint8Array {
  const px = new Uint8Array(size * size * 4)
  // The design's 32 units map onto the whole icon, or onto the safe zone when maskable.
  const unit = (maskable ? size * 0.62 : size) / 32
  const off = maskable ? (size - 32 * unit) / 2 : 0
  const radius = maskable ? 0 : 6 * unit
  const path = penPath().map(([x, y]) => [off + x * unit, off + y * unit] as [number, number])
  const half = 1.5 * unit
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5
      const cy = y + 0.5
      // Rounded-square coverage (signed distance to the corner circle).
      let bg = 1
      if (radius > 0) {
        const qx = Math.max(radius - cx, cx - (size - radius), 0)
        const qy = Math.max(radius - cy, cy - (size - radius), 0)
        bg = Math.max(0, Math.min(1, radius - Math.hypot(qx, qy) + 0.5))
      }
      let d = Infinity
      for (let i = 1; i < path.length; i++) d = Math.min(d, distToSegment(cx, cy, path[i - 1]!, path[i]!))
      const pen = Math.max(0, Math.min(1, half - d + 0.5))
      const o = (y * size + x) * 4
      for (let k = 0; k < 3; k++) px[o + k] = Math.round(BG[k]! * (1 - pen) + PEN[k]! * pen)
      px[o + 3] = Math.round(255 * bg)
    }
  return px
}

/** A PNG file (RGBA, 8 bits) from pixels. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const raw = new Uint8Array((width * 4 + 1) * height)
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1)
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length)
    const view = new DataView(out.buffer)
    view.setUint32(0, data.length)
    out.set(new TextEncoder().encode(type), 4)
    out.set(data, 8)
    view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length))
    return out
  }
  const ihdr = new Uint8Array(13)
  const v = new DataView(ihdr.buffer)
  v.setUint32(0, width)
  v.setUint32(4, height)
  ihdr.set([8, 6, 0, 0, 0], 8)
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** Every icon file: Android/desktop (192, 512, each also maskable) and the Apple touch icon (180, opaque). */
export const ICONS: { file: string; size: number; maskable: boolean }[] = [
  { file: 'icons/icon-192.png', size: 192, maskable: false },
  { file: 'icons/icon-512.png', size: 512, maskable: false },
  { file: 'icons/maskable-192.png', size: 192, maskable: true },
  { file: 'icons/maskable-512.png', size: 512, maskable: true },
  // iOS draws its own rounded corners and shows transparency as black: full bleed.
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
]

export function manifestJson(): string {
  return JSON.stringify(
    {
      name: APP_NAME,
      short_name: SHORT_NAME,
      description: 'Practise coding interviews by hand: write with a pen, get it read, compare, run the tests. Everything stays on your device.',
      id: './',
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'any',
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      categories: ['education', 'productivity'],
      icons: ICONS.filter((i) => i.file.startsWith('icons/')).map((i) => ({
        src: i.file,
        sizes: `${i.size}x${i.size}`,
        type: 'image/png',
        purpose: i.maskable ? 'maskable' : 'any',
      })),
    },
    null,
    2,
  )
}

function files(): Map<string, { type: string; body: () => Uint8Array | string }> {
  const m = new Map<string, { type: string; body: () => Uint8Array | string }>()
  m.set('manifest.webmanifest', { type: 'application/manifest+json', body: manifestJson })
  for (const i of ICONS) m.set(i.file, { type: 'image/png', body: () => encodePng(i.size, i.size, drawIcon(i)) })
  return m
}

export function webManifest(): Plugin {
  return {
    name: 'inkterview-manifest',
    generateBundle() {
      for (const [fileName, f] of files()) this.emitFile({ type: 'asset', fileName, source: f.body() })
    },
    configureServer(server) {
      const all = files()
      server.middlewares.use((req, res, next) => {
        const f = all.get((req.url ?? '').split('?')[0]!.replace(/^\//, ''))
        if (!f) return next()
        res.setHeader('Content-Type', f.type)
        res.end(f.body())
      })
    },
  }
}
