// The candidate's preferences for the board and the look of the app. Stored on
// the device (src/storage/preferences.ts) and read back through restorePreferences:
// like every persisted record it carries a version and is validated on read.
// Unlike an attempt, a bad field is not worth refusing the whole record for:
// each field that fails falls back to its default and is reported, the rest is
// kept, and unknown fields survive a round trip.
import { z } from '../zod.ts'

export const PREFERENCES_VERSION = 1

export const PAPERS = ['blank', 'ruled', 'grid', 'dot', 'whiteboard'] as const
export type Paper = (typeof PAPERS)[number]
export const PAPER_LABELS: Record<Paper, string> = {
  blank: 'Blank',
  ruled: 'Ruled',
  grid: 'Grid',
  dot: 'Dots',
  whiteboard: 'Whiteboard',
}

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/** Ink colours offered on the board; names are tldraw's palette names, so the board maps them for dark mode itself. */
export const INK_COLORS = ['black', 'blue', 'red'] as const
export type InkColor = (typeof INK_COLORS)[number]
export const INK_WIDTHS = ['s', 'm', 'l'] as const
export type InkWidth = (typeof INK_WIDTHS)[number]

const fields = {
  paper: z.enum(PAPERS),
  theme: z.enum(THEMES),
  /** Only a pen draws; a finger pans and zooms (palm rejection). */
  penOnly: z.boolean(),
  /** Stroke width follows the stylus's pressure when the device reports it. */
  pressure: z.boolean(),
  inkColor: z.enum(INK_COLORS),
  inkWidth: z.enum(INK_WIDTHS),
}

export type Preferences = { [K in keyof typeof fields]: z.infer<(typeof fields)[K]> } & { v: typeof PREFERENCES_VERSION }

export const DEFAULT_PREFERENCES: Preferences = {
  v: PREFERENCES_VERSION,
  paper: 'ruled',
  theme: 'system',
  penOnly: false,
  pressure: true,
  inkColor: 'black',
  inkWidth: 'm',
}

export interface PreferenceIssue {
  field: string
  message: string
}

export interface RestoredPreferences {
  preferences: Preferences
  /** Fields that were reset to their default, and why. Empty for a good record or none at all. */
  issues: PreferenceIssue[]
  /** Fields we do not know (a newer version wrote them): kept on the next save. */
  extra: Record<string, unknown>
}

/** Longest stored text we even try to parse (a preferences record is ~150 bytes). */
export const MAX_PREFERENCES_CHARS = 10_000

/**
 * Reads a stored value (JSON text, a parsed object, or nothing) into valid
 * preferences. Never throws: missing or broken input gives the defaults.
 */
export function restorePreferences(stored: unknown): RestoredPreferences {
  const fresh = (issues: PreferenceIssue[] = []): RestoredPreferences => ({ preferences: { ...DEFAULT_PREFERENCES }, issues, extra: {} })
  if (stored === null || stored === undefined) return fresh()
  let raw: unknown = stored
  if (typeof stored === 'string') {
    if (stored.length > MAX_PREFERENCES_CHARS) return fresh([{ field: '', message: `stored preferences are ${stored.length} characters long; at most ${MAX_PREFERENCES_CHARS} are read` }])
    try {
      raw = JSON.parse(stored)
    } catch (e) {
      return fresh([{ field: '', message: `not JSON (${(e as Error).message})` }])
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fresh([{ field: '', message: 'expected an object' }])
  const record = raw as Record<string, unknown>
  const issues: PreferenceIssue[] = []
  const v = record.v
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    issues.push({ field: 'v', message: `expected a version number, found ${JSON.stringify(v) ?? 'nothing'}` })
  else if (v > PREFERENCES_VERSION) issues.push({ field: 'v', message: `written by a newer version (${v}); fields this one knows are read` })
  const preferences = { ...DEFAULT_PREFERENCES } as Record<string, unknown>
  for (const [name, schema] of Object.entries(fields)) {
    if (!Object.hasOwn(record, name)) continue
    const r = schema.safeParse(record[name])
    if (r.success) preferences[name] = r.data
    else issues.push({ field: name, message: `${JSON.stringify(record[name])?.slice(0, 80) ?? String(record[name])} is not one of the choices; using ${JSON.stringify(DEFAULT_PREFERENCES[name as keyof Preferences])}` })
  }
  const extra: Record<string, unknown> = {}
  for (const [k, val] of Object.entries(record))
    if (k !== 'v' && k !== '__proto__' && !Object.hasOwn(fields, k)) extra[k] = val
  return { preferences: preferences as Preferences, issues, extra }
}

/** The text stored for `preferences`, keeping fields a newer version wrote. */
export function serializePreferences(preferences: Preferences, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...extra, ...preferences, v: PREFERENCES_VERSION })
}

/** Light or dark, once "system" is resolved against the device's setting. */
export function resolveTheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme
}
