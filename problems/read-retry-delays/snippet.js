function retryDelays(maxRetries, baseMs, capMs) {
  const delays = []
  for (let attempt = 1; attempt < maxRetries; attempt++) {
    delays.push(Math.min(capMs, baseMs * 2 ** attempt))
  }
  return delays
}
