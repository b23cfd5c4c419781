def unmatched_request(ids):
    # x ^ x == 0 and x ^ 0 == x: every paired id cancels out, the unmatched one is left.
    result = 0
    for request_id in ids:
        result ^= request_id
    return result
