RETRIED = {0, 408, 429, 500, 502, 503, 504}


def retry_schedule(responses, policy, jitter):
    now, attempts = 0, []
    for k in range(policy['max_attempts']):
        attempts.append(now)
        response = responses[k]
        if response['status'] not in RETRIED:
            return {'attempts': attempts, 'status': response['status'], 'gave_up': False}
        if k + 1 == policy['max_attempts']:
            break
        # The next attempt is retry k + 1: it uses jitter[k] and base * 2^k.
        if 'retry_after' in response:
            now += response['retry_after']
        else:
            d = min(policy['cap'], policy['base'] * 2 ** k)
            now += d * jitter[k] // 1000
    return {'attempts': attempts, 'status': responses[len(attempts) - 1]['status'], 'gave_up': True}
