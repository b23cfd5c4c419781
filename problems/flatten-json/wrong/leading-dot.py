# mistake: always writes prefix + "." + key, so every path starts with a dot
def flatten_json(record, prefix=''):
    out = {}
    for key, value in record.items():
        path = prefix + '.' + key
        if isinstance(value, dict) and value:
            out.update(flatten_json(value, path))
        elif isinstance(value, list) and value:
            out.update(flatten_json({str(i): v for i, v in enumerate(value)}, path))
        else:
            out[path] = value
    return out
