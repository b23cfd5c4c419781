# mistake: tests the stored id for truth, so an id of 0 seen before looks unseen and is never paired off
def unmatched_request(ids):
    open_requests = {}
    for request_id in ids:
        if open_requests.get(request_id):
            del open_requests[request_id]
        else:
            open_requests[request_id] = request_id
    return next(iter(open_requests))
