// A guarded zip reader for backup files that may be hostile. We read the
// central directory ourselves (fflate's unzipSync trusts it and skips CRC
// checks) so that every limit is checked before a single byte is inflated:
// entry count, names, declared sizes, data ranges, methods. fflate inflates
// each entry into a buffer one byte larger than declared, so a zip bomb that
// lies about its size stops there; the CRC-32 then catches damaged data.
import { inflateSync } from 'fflate'
import { crc32 } from '../crc32'

export interface ZipLimits {
  maxEntries: number
  /** Declared uncompressed size of all entries together. */
  maxTotalBytes: number
  /** Per-entry limit by name; return the byte limit for an entry. */
  maxEntryBytes: (name: string) => number
}

export class ZipReadError extends Error {
  constructor(
    /** Entry name, or "" for the archive as a whole. */
    readonly entry: string,
    message: string,
  ) {
    super(message)
    this.name = 'ZipReadError'
  }
}

export interface ZipEntry {
  name: string
  method: number
  crc: number
  compressedSize: number
  size: number
  dataStart: number
}


const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Lists entries after checking structure and limits. Throws ZipReadError. */
export function listZip(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const n = bytes.length
  if (n < 22) throw new ZipReadError('', `not a zip file (only ${n} bytes)`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // End of central directory: last 22 bytes plus a comment of up to 65535.
  let eocd = -1
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50 && i + 22 + view.getUint16(i + 20, true) === n) {
      eocd = i
      break
    }
  }
  if (eocd < 0) {
    if (n >= 4 && view.getUint32(0, true) === 0x04034b50) throw new ZipReadError('', 'the zip file is truncated or damaged (no end of central directory)')
    throw new ZipReadError('', 'not a zip file')
  }
  const count = view.getUint16(eocd + 10, true)
  const cdSize = view.getUint32(eocd + 12, true)
  const cdOffset = view.getUint32(eocd + 16, true)
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0 || view.getUint16(eocd + 8, true) !== count)
    throw new ZipReadError('', 'multi-part zip files are not supported')
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new ZipReadError('', 'ZIP64 archives are not supported')
  if (count > limits.maxEntries) throw new ZipReadError('', `${count} entries is more than the ${limits.maxEntries} allowed`)
  if (cdOffset + cdSize > eocd) throw new ZipReadError('', 'the zip file is truncated or damaged (central directory out of range)')

  const entries: ZipEntry[] = []
  const names = new Set<string>()
  let total = 0
  let p = cdOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > cdOffset + cdSize || view.getUint32(p, true) !== 0x02014b50)
      throw new ZipReadError('', `the zip file is damaged (central directory entry ${i + 1} unreadable)`)
    const flags = view.getUint16(p + 8, true)
    const method = view.getUint16(p + 10, true)
    const crc = view.getUint32(p + 16, true)
    const compressedSize = view.getUint32(p + 20, true)
    const size = view.getUint32(p + 24, true)
    const nameLen = view.getUint16(p + 28, true)
    const extraLen = view.getUint16(p + 30, true)
    const commentLen = view.getUint16(p + 32, true)
    const localOffset = view.getUint32(p + 42, true)
    if (p + 46 + nameLen > cdOffset + cdSize) throw new ZipReadError('', `the zip file is damaged (entry ${i + 1} name out of range)`)
    let name: string
    try {
      name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen))
    } catch {
      throw new ZipReadError(`entry ${i + 1}`, 'entry name is not valid UTF-8')
    }
    p += 46 + nameLen + extraLen + commentLen
    if (name.endsWith('/')) continue // a folder
    if (names.has(name)) throw new ZipReadError(name, 'the same entry name appears twice')
    names.add(name)
    if (flags & 1) throw new ZipReadError(name, 'encrypted entries are not supported')
    if (method !== 0 && method !== 8) throw new ZipReadError(name, `compression method ${method} is not supported`)
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw new ZipReadError(name, 'ZIP64 entries are not supported')
    const max = limits.maxEntryBytes(name)
    if (size > max) throw new ZipReadError(name, `entry of ${size} bytes is larger than the ${max} allowed`)
    if (method === 0 && compressedSize !== size) throw new ZipReadError(name, 'stored entry sizes disagree')
    total += size
    if (total > limits.maxTotalBytes) throw new ZipReadError(name, `the backup unpacks to more than ${limits.maxTotalBytes} bytes`)
    if (localOffset + 30 > cdOffset || view.getUint32(localOffset, true) !== 0x04034b50)
      throw new ZipReadError(name, 'the zip file is damaged (local header missing)')
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true)
    if (dataStart + compressedSize > cdOffset) throw new ZipReadError(name, 'the zip file is truncated or damaged (entry data out of range)')
    entries.push({ name, method, crc, compressedSize, size, dataStart })
  }
  return entries
}

/** Inflates one listed entry, checking its size and CRC-32. Throws ZipReadError. */
export function readEntry(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const raw = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize)
  let out: Uint8Array
  if (e.method === 0) out = raw
  else {
    try {
      out = inflateSync(raw, { out: new Uint8Array(e.size + 1) })
    } catch (err) {
      throw new ZipReadError(e.name, `damaged compressed data (${String((err as Error)?.message ?? err)})`)
    }
  }
  if (out.length !== e.size) throw new ZipReadError(e.name, `unpacks to ${out.length > e.size ? 'more' : 'fewer'} bytes than the ${e.size} it declares`)
  if (crc32(out) !== e.crc) throw new ZipReadError(e.name, 'damaged data (checksum mismatch)')
  return out
}
