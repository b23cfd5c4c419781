// mistake: takes the next jitter value only when a computed delay needs one, so after a Retry-After the jitter values shift
const RETRIED = new Set([0, 408, 429, 500, 502, 503, 504])

function retrySchedule(responses, policy, jitter) {
  let now = 0
  let used = 0
  const attempts = []
  for (let k = 0; k < policy.max_attempts; k++) {
    attempts.push(now)
    const response = responses[k]
    if (!RETRIED.has(response.status)) return { attempts, status: response.status, gave_up: false }
    if (k + 1 === policy.max_attempts) break
    if (response.retry_after !== undefined) now += response.retry_after
    else {
      const d = Math.min(policy.cap, policy.base * 2 ** k)
      now += Math.floor((d * jitter[used++]) / 1000)
    }
  }
  return { attempts, status: responses[attempts.length - 1].status, gave_up: true }
}
