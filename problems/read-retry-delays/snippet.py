def retry_delays(max_retries, base_ms, cap_ms):
    delays = []
    for attempt in range(1, max_retries):
        delays.append(min(cap_ms, base_ms * 2 ** attempt))
    return delays
