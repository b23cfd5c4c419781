# mistake: treats a list as a leaf and never walks into it
def flatten_json(record):
    out = {}

    def walk(value, path):
        if isinstance(value, dict) and value:
            for key, child in value.items():
                walk(child, path + [key])
        else:
            out['.'.join(path)] = value

    for key, value in record.items():
        walk(value, [key])
    return out
