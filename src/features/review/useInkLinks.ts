// Links between the transcript being corrected and the ink it was read from:
// which strokes light up for the line under the pointer or cursor, which line
// a tapped stroke belongs to, and OCR's doubtful words with their alternatives.
// `onLine` hears of a line jumped to (the cursor moved to another line of the
// transcript), so the replay and its voice can go there too.
import { EditorSelection } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Attempt } from '../../core/attempts/schema'
import { linkLines, readOcrLines, type DoubtMark } from '../../core/review/lines'
import { reviewEditorExtensions, setLinkedLine, type ReviewEditorCallbacks } from './editorLinks'
import type { InkLineGroup } from './InkView'

export function useInkLinks(attempt: Attempt, text: string, onLine?: (line: number) => void) {
  const view = useRef<EditorView | null>(null)
  const ocr = useMemo(() => readOcrLines(attempt.transcript?.lines), [attempt.transcript?.lines])
  const links = useMemo(() => linkLines(ocr, text), [ocr, text])
  const [editorLine, setEditorLine] = useState<number | null>(null)
  const [cursorLine, setCursorLine] = useState<number | null>(null)
  const [inkLine, setInkLine] = useState<number | null>(null)
  // A line of ink tapped (touch has no hover): stays lit until the transcript is used.
  const [pinnedLine, setPinnedLine] = useState<number | null>(null)
  const [doubt, setDoubt] = useState<DoubtMark | null>(null)
  const litLine = inkLine ?? editorLine ?? pinnedLine ?? cursorLine
  const lit = useMemo(() => new Set(litLine === null ? [] : (links.strokesOfLine[litLine] ?? [])), [links, litLine])
  const groups: InkLineGroup[] = useMemo(() => {
    const lines = text.split('\n')
    return links.strokesOfLine.flatMap((strokes, line) =>
      strokes.length ? [{ line, strokes, label: `Line ${line + 1} of the transcript: ${lines[line]?.trim() || '(blank)'}` }] : [],
    )
  }, [links, text])

  // The editor's extensions are built once per reading and call back through this ref.
  const callbacks = useRef<ReviewEditorCallbacks>({ onHoverLine: () => {}, onCursor: () => {} })
  callbacks.current = {
    onHoverLine: setEditorLine,
    onCursor: (line, d) => {
      if (line !== null && line !== cursorLine) onLine?.(line)
      setCursorLine(line)
      setPinnedLine(null)
      setDoubt(d)
    },
  }
  const extensions = useMemo(() => reviewEditorExtensions(ocr, callbacks), [ocr])
  // A new reading remounts the editor with its new marks.
  const readingKey = `${attempt.transcript?.recognised.length ?? 0}:${attempt.transcript?.ocrMs ?? 0}:${ocr.length}`
  useEffect(() => {
    view.current?.dispatch({ effects: setLinkedLine.of(inkLine ?? pinnedLine) })
  }, [inkLine, pinnedLine])

  const activateInkLine = (line: number, keyboard: boolean) => {
    const v = view.current
    if (!v || line >= v.state.doc.lines) return
    const l = v.state.doc.line(line + 1)
    if (keyboard) {
      // Into the transcript at that line, ready to correct it.
      v.dispatch({ selection: EditorSelection.cursor(l.from + (l.text.length - l.text.trimStart().length)), scrollIntoView: true })
      v.focus()
    } else {
      // A click or tap shows the line without taking focus (no on-screen keyboard popping up).
      setPinnedLine(line)
      v.dispatch({ effects: EditorView.scrollIntoView(l.from, { y: 'nearest' }) })
    }
  }
  const pickAlternative = (d: DoubtMark, alt: string) => {
    const v = view.current
    if (!v) return
    v.dispatch({ changes: { from: d.from, to: d.to, insert: alt }, selection: EditorSelection.cursor(d.from + alt.length) })
    setDoubt(null)
    v.focus()
  }
  const doubtCount = useMemo(() => ocr.reduce((n, l) => n + l.doubtful.length, 0), [ocr])

  return {
    /** Give it to the CodeEditor's onView. */
    onView: (v: EditorView | null) => (view.current = v),
    extensions,
    readingKey,
    lit,
    groups,
    onInkLineHover: setInkLine,
    activateInkLine,
    doubt,
    dismissDoubt: () => setDoubt(null),
    pickAlternative,
    doubtCount,
    /** The strokes of a transcript line (ink indexes). */
    strokesOf: (line: number): readonly number[] => links.strokesOfLine[line] ?? [],
  }
}
