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

/** What the pipeline knows about a line before an engine reads it. */
export interface LineHint {
  /** About how many characters the line has (the median length of earlier readings); engines that size their input by it need it. 0 or absent: unknown. */
  chars?: number
  /** Input width per character, px (paddle; default 14). */
  pxPerChar?: number
  /** The line's language: an engine that decodes under a character model of code uses that language's (paddle). */
  language?: string
  /** Decode with this blank penalty instead of the engine's own (paddle; bench:ocr's previous recogniser reads with 0). */
  blankPenalty?: number
  /** Which weights read the line (paddle): as shipped (default), or tuned for handwritten code where they loaded. */
  weights?: 'stock' | 'tuned'
}

export interface OcrEngine {
  readonly name: string
  /** Reads one line image (PNG bytes, black ink on white) as printable ASCII. */
  readLine(png: Uint8Array, hint?: LineHint): Promise<LineReading>
  /** Stock reading of a whole page image (the benchmark's baseline; engines without one reject). */
  readBlock(png: Uint8Array): Promise<string>
  terminate(): Promise<void>
}

