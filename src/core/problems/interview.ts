// Interview mode: the problem stated the way an interviewer states it,
// briefly, with the details (input size, empty input, duplicates, what to
// return...) left for the candidate to ask. problem.json's optional
// `interview.brief` is that short statement; the details come from the
// problem's clarifications, each revealed when asked (problems/README.md).
import { z } from '../zod.ts'

export const INTERVIEW_BRIEF_MAX = 400

export const interviewSchema = z
  .object({
    /** The problem in one to three sentences, Markdown, without the details a candidate should ask about. */
    brief: z
      .string()
      .trim()
      .min(20, 'must be at least 20 characters')
      .max(INTERVIEW_BRIEF_MAX, `must be at most ${INTERVIEW_BRIEF_MAX} characters: the details are for asking`),
  })
  .strict()
export type Interview = z.infer<typeof interviewSchema>

/** The problem's interview brief, or null when it offers no interview mode (no brief, or no clarifications to ask). */
export function interviewBrief(problem: { clarifications: readonly unknown[] } & { interview?: unknown }): string | null {
  const r = interviewSchema.safeParse(problem.interview)
  return r.success && problem.clarifications.length > 0 ? r.data.brief : null
}
