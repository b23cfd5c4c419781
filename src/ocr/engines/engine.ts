// What every OCR engine gives the pipeline: one line image in, one reading
// out (text, words with confidences and horizontal extents). A new engine is a
// folder beside tesseract/ and paddle/ whose start function returns this.

export interface CharChoice {
  text: string
  confidence: number
}

export interface SymbolReading {
  text: string
  /** 0..100 as tesseract reports it. */
  confidence: number
  /** Horizontal extent in the image read, px. */
  x0: number
  x1: number
  /** Other characters tesseract considered here, best first (may be empty). */
  alternatives: CharChoice[]
}

export interface WordReading {
  text: string
  confidence: number
  x0: number
  x1: number
  symbols: SymbolReading[]
}

export interface LineReading {
  text: string
  confidence: number
  words: WordReading[]
}

export interface OcrEngine {
  readonly name: string
  /** Reads one line image (PNG bytes) as printable ASCII. */
  readLine(png: Uint8Array): Promise<LineReading>
  /** Stock reading of a whole page image (the benchmark's baseline; tesseract only). */
  readBlock(png: Uint8Array): Promise<string>
  terminate(): Promise<void>
}

