// mistake: applies the cap to the jittered delay instead of to d before the jitter
const RETRIED = new Set([0, 408, 429, 500, 502, 503, 504])

function retrySchedule(responses, policy, jitter) {
  let now = 0
  const attempts = []
  for (let k = 0; k < policy.max_attempts; k++) {
    attempts.push(now)
    const response = responses[k]
    if (!RETRIED.has(response.status)) return { attempts, status: response.status, gave_up: false }
    if (k + 1 === policy.max_attempts) break
    // The next attempt is retry k + 1: it uses jitter[k] and base * 2^k.
    if (response.retry_after !== undefined) now += response.retry_after
    else {
      const d = policy.base * 2 ** k
      now += Math.min(policy.cap, Math.floor((d * jitter[k]) / 1000))
    }
  }
  return { attempts, status: responses[attempts.length - 1].status, gave_up: true }
}
