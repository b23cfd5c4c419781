// A picked or taken photo to what the photo path reads: decoded by the
// browser, shrunk so its longer side is at most 2000 px (a phone's 12 MP
// photo would cost seconds and memory for nothing: a page of code reads at
// 1600 px), turned grey for the analysis, and kept as a JPEG of that size to
// store on the attempt.
import { rgbaToGray } from '../../ocr/photo/image'
import type { GrayImage } from '../../ocr/recogniser'

export const PHOTO_MAX_SIDE = 2000

export interface DecodedPhoto {
  gray: GrayImage
  /** What the attempt keeps: the photo at the analysed size. */
  blob: Blob
  url: string
  width: number
  height: number
}

export async function decodePhoto(file: Blob): Promise<DecodedPhoto> {
  let bitmap: ImageBitmap
  try {
    // Phones store the camera's orientation in EXIF: the bitmap comes upright.
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    throw new Error('This file could not be opened as an image: choose a photo (JPEG, PNG, WebP or HEIC where the browser reads it).')
  }
  const f = Math.min(1, PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height))
  const width = Math.max(1, Math.round(bitmap.width * f)),
    height = Math.max(1, Math.round(bitmap.height * f))
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('This browser cannot draw images here, so the photo cannot be read.')
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(bitmap, 0, 0, width, height)
  bitmap.close()
  const gray = rgbaToGray(ctx.getImageData(0, 0, width, height).data, width, height)
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The photo could not be kept as an image.'))), 'image/jpeg', 0.88),
  )
  return { gray, blob, url: URL.createObjectURL(blob), width, height }
}
