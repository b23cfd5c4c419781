// A unified line diff between two texts (the transcript and the reference, or
// two attempts), with a toggle for whitespace-only differences. The logic is
// src/core/review/diff.ts; this only draws it.
import { useId, useMemo, useState } from 'react'
import { diffTranscript, type DiffRow, type DiffSpan } from '../../core/review/diff'

function Spans({ spans, tag }: { spans: DiffSpan[]; tag: 'del' | 'ins' }) {
  const Tag = tag
  return (
    <>
      {spans.map((s, i) => (s.changed ? <Tag key={i}>{s.text}</Tag> : <span key={i}>{s.text}</span>))}
    </>
  )
}

function Row({ row, aName, bName }: { row: DiffRow; aName: string; bName: string }) {
  if (row.kind === 'same')
    return (
      <li className="diff-row diff-same">
        <span className="diff-no" aria-hidden="true">{row.a}</span>
        <span className="diff-no" aria-hidden="true">{row.b ?? ''}</span>
        <span className="diff-sign" aria-hidden="true"> </span>
        <code>{row.text}</code>
      </li>
    )
  const removed = row.kind === 'removed'
  return (
    <li className={`diff-row diff-${row.kind}`}>
      <span className="diff-no" aria-hidden="true">{removed ? row.a : ''}</span>
      <span className="diff-no" aria-hidden="true">{removed ? '' : row.b}</span>
      <span className="diff-sign" aria-hidden="true">{removed ? '−' : '+'}</span>
      <span className="visually-hidden">{`Only in ${removed ? aName : bName}: `}</span>
      <code>{row.spans ? <Spans spans={row.spans} tag={removed ? 'del' : 'ins'} /> : row.text}</code>
    </li>
  )
}

export interface DiffViewProps {
  a: string
  b: string
  aName: string
  bName: string
  label: string
}

export function DiffView({ a, b, aName, bName, label }: DiffViewProps) {
  const [ignoreWhitespace, setIgnore] = useState(true)
  const diff = useMemo(() => diffTranscript(a, b, { ignoreWhitespace }), [a, b, ignoreWhitespace])
  const id = useId()
  return (
    <div className="diff">
      <div className="diff-head">
        <label>
          <input type="checkbox" checked={ignoreWhitespace} onChange={(e) => setIgnore(e.target.checked)} /> Ignore whitespace-only differences
        </label>
        <p className="diff-summary" id={id} data-testid="diff-summary">
          {diff.equal
            ? `No differences${ignoreWhitespace ? ' apart from whitespace' : ''}.`
            : `${diff.removed} line${diff.removed === 1 ? '' : 's'} only in ${aName} (−), ${diff.added} only in ${bName} (+).`}
        </p>
      </div>
      <ol className="diff-rows" aria-label={label} aria-describedby={id}>
        {diff.rows.map((r, i) => (
          <Row key={i} row={r} aName={aName} bName={bName} />
        ))}
      </ol>
    </div>
  )
}
