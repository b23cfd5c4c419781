# mistake: drops empty objects and lists instead of keeping them as values
def flatten_json(record):
    out = {}

    def walk(value, path):
        if isinstance(value, dict):
            for key, child in value.items():
                walk(child, path + [key])
        elif isinstance(value, list):
            for i, child in enumerate(value):
                walk(child, path + [str(i)])
        else:
            out['.'.join(path)] = value

    for key, value in record.items():
        walk(value, [key])
    return out
