import { describe, expect, it } from 'vitest'
import { survivingRuns } from '../../src/canvas/PreciseEraserTool'

describe('precise eraser', () => {
  const line = Array.from({ length: 11 }, (_, i) => ({ x: i * 10, y: 0 }))
  it('splits a stroke where the rubber passes through it', () => {
    expect(survivingRuns(line, 50, 0, 8)).toEqual([
      [0, 4],
      [6, 10],
    ])
  })
  it('leaves a stroke it does not touch whole, and removes one it covers', () => {
    expect(survivingRuns(line, 50, 30, 8)).toEqual([[0, 10]])
    expect(survivingRuns(line, 50, 0, 100)).toEqual([])
  })
  it('trims an end', () => {
    expect(survivingRuns(line, 0, 0, 15)).toEqual([[2, 10]])
  })
})
