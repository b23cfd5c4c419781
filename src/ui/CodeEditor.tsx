// A thin CodeMirror 6 wrapper: highlighted, editable or read-only code.
import { javascript } from '@codemirror/lang-javascript'
import { python } from '@codemirror/lang-python'
import { sql } from '@codemirror/lang-sql'
import { Compartment, EditorState, type Extension } from '@codemirror/state'
import { oneDark } from '@codemirror/theme-one-dark'
import { EditorView } from '@codemirror/view'
import { basicSetup } from 'codemirror'
import { useEffect, useRef } from 'react'
import { useResolvedTheme } from './usePreferences'

export function languageExtension(language: string): Extension {
  switch (language) {
    case 'python':
      return python()
    case 'javascript':
    case 'typescript':
      return javascript({ typescript: language === 'typescript' })
    case 'sql':
      return sql()
    default:
      return []
  }
}

export interface CodeEditorProps {
  value: string
  language: string
  readOnly?: boolean
  onChange?: (value: string) => void
  ariaLabel: string
  /** Extra CodeMirror extensions (marks, line links). */
  extensions?: Extension[]
  onView?: (view: EditorView | null) => void
}

export function CodeEditor({ value, language, readOnly = false, onChange, ariaLabel, extensions = [], onView }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  // Dark mode: CodeMirror's One Dark theme, swapped in place (no new editor, the cursor stays).
  const dark = useResolvedTheme() === 'dark'
  const darkRef = useRef(dark)
  darkRef.current = dark
  const themeSlot = useRef(new Compartment()).current

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          basicSetup,
          themeSlot.of(darkRef.current ? oneDark : []),
          languageExtension(language),
          EditorState.readOnly.of(readOnly),
          EditorView.editable.of(!readOnly),
          // Read-only code is still focusable, so a keyboard can scroll it.
          EditorView.contentAttributes.of(readOnly ? { 'aria-label': ariaLabel, tabindex: '0' } : { 'aria-label': ariaLabel }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) onChangeRef.current?.(u.state.doc.toString())
          }),
          ...extensions,
        ],
      }),
    })
    view.current = v
    onView?.(v)
    return () => {
      onView?.(null)
      v.destroy()
      view.current = null
    }
    // The editor is created once per language/mode; `value` updates flow in below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language, readOnly])

  useEffect(() => {
    view.current?.dispatch({ effects: themeSlot.reconfigure(dark ? oneDark : []) })
  }, [dark, themeSlot])

  useEffect(() => {
    const v = view.current
    if (v && v.state.doc.toString() !== value) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } })
  }, [value])

  return <div ref={host} className="code-editor" />
}
