# mistake: XORs each distinct id once, so the pairs no longer cancel out
def unmatched_request(ids):
    result = 0
    for request_id in set(ids):
        result ^= request_id
    return result
