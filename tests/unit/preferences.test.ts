import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PREFERENCES,
  MAX_PREFERENCES_CHARS,
  resolveTheme,
  restorePreferences,
  serializePreferences,
} from '../../src/core/preferences/preferences'

describe('preferences restore gate', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(restorePreferences(null)).toEqual({ preferences: DEFAULT_PREFERENCES, issues: [], extra: {} })
  })

  it('round-trips what it writes, unknown fields kept', () => {
    const text = serializePreferences({ ...DEFAULT_PREFERENCES, paper: 'grid', theme: 'dark', penOnly: true }, { futureThing: 3 })
    const r = restorePreferences(text)
    expect(r.issues).toEqual([])
    expect(r.preferences).toMatchObject({ paper: 'grid', theme: 'dark', penOnly: true })
    expect(r.extra).toEqual({ futureThing: 3 })
    expect(JSON.parse(serializePreferences(r.preferences, r.extra))).toMatchObject({ futureThing: 3, paper: 'grid' })
  })

  it('resets only the bad field, and says which and why', () => {
    const r = restorePreferences(JSON.stringify({ v: 1, paper: 'papyrus', theme: 'dark', pressure: 'yes' }))
    expect(r.preferences.paper).toBe(DEFAULT_PREFERENCES.paper)
    expect(r.preferences.theme).toBe('dark')
    expect(r.preferences.pressure).toBe(DEFAULT_PREFERENCES.pressure)
    expect(r.issues.map((i) => i.field).sort()).toEqual(['paper', 'pressure'])
    expect(r.issues.find((i) => i.field === 'paper')!.message).toMatch(/papyrus/)
  })

  it('survives hostile or broken input without throwing', () => {
    for (const bad of ['{', '[]', '42', 'null', JSON.stringify({ __proto__: { paper: 'dot' } }), 'x'.repeat(MAX_PREFERENCES_CHARS + 1)]) {
      const r = restorePreferences(bad)
      expect(r.preferences.paper).toBe(DEFAULT_PREFERENCES.paper)
    }
    expect(restorePreferences('{').issues[0]!.message).toMatch(/not JSON/)
    expect(restorePreferences(JSON.parse('{"v":1,"__proto__":{"x":1}}')).extra).toEqual({})
  })

  it('reads what it knows from a newer version and says so', () => {
    const r = restorePreferences({ v: 9, paper: 'dot' })
    expect(r.preferences.paper).toBe('dot')
    expect(r.issues[0]).toMatchObject({ field: 'v' })
  })

  it('resolves the system theme', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('light', true)).toBe('light')
  })
})
