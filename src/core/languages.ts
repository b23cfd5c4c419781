// The languages an answer can be written in: one list for problems and attempts.
export const LANGUAGES = ['python', 'javascript', 'sql'] as const
export type Language = (typeof LANGUAGES)[number]

const LABELS: Record<Language, string> = { python: 'Python', javascript: 'JavaScript', sql: 'SQL' }

/** "Python", "JavaScript", "SQL"; an unknown name as it is. */
export function languageLabel(lang: string): string {
  return (LABELS as Record<string, string>)[lang] ?? lang
}
