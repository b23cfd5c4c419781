# mistake: copies an object that replaces a non-object as it is, nulls included
def without_nulls(obj):
    return {k: without_nulls(v) if isinstance(v, dict) else v for k, v in obj.items() if v is not None}


def merge_config(base, override):
    result = dict(base)
    for key, value in override.items():
        if value is None:
            result.pop(key, None)
        elif isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge_config(result[key], value)
        elif isinstance(value, dict):
            result[key] = value
        else:
            result[key] = value
    return result
