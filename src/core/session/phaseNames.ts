// The arc of a whiteboard answer, as interviewers look for it: understand and
// clarify, plan out loud, write the code, test it by hand, state the
// complexity. A leaf module: the attempt schema and the phase rules both read it.
export const PHASES = ['clarify', 'plan', 'code', 'test', 'complexity'] as const
export type Phase = (typeof PHASES)[number]

export const PHASE_LABELS: Record<Phase, string> = {
  clarify: 'Clarify',
  plan: 'Plan',
  code: 'Code',
  test: 'Test',
  complexity: 'Complexity',
}

/** What each phase is for, one line (the phase bar's tooltips, the review). */
export const PHASE_PURPOSE: Record<Phase, string> = {
  clarify: 'Ask about the input, the edge cases and what to return',
  plan: 'Say your approach out loud before writing',
  code: 'Write the code, narrating as you go',
  test: 'Walk an example through your code by hand',
  complexity: 'State the time and space it takes',
}

/**
 * The suggested split of the interview clock. Shares of the suggested time,
 * summing to 1: most of it writing, but never none of it asking, planning or
 * testing.
 */
export const DEFAULT_SPLIT: Record<Phase, number> = {
  clarify: 0.15,
  plan: 0.15,
  code: 0.5,
  test: 0.15,
  complexity: 0.05,
}
