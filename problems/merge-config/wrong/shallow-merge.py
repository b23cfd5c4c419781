# mistake: merges only the top level, so a nested override object replaces the whole base object
def merge_config(base, override):
    result = {**base, **override}
    return {k: v for k, v in result.items() if v is not None}
