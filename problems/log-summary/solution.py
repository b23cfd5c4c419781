import re

FIELD_SEP = re.compile(r'[ \t]+')
STATUS = re.compile(r'[0-9]{3}')
DURATION = re.compile(r'([0-9]+)ms')


def summarize_log(lines):
    summary = {'requests': 0, 'server_errors': 0, 'by_path': {}, 'slowest': None, 'malformed': 0}
    slowest_ms = None
    for line in lines:
        text = line.strip(' \t')
        if not text:
            continue
        parts = FIELD_SEP.split(text)
        duration = DURATION.fullmatch(parts[4]) if len(parts) == 5 else None
        if len(parts) != 5 or not STATUS.fullmatch(parts[3]) or not duration:
            summary['malformed'] += 1
            continue
        path, status, ms = parts[2], int(parts[3]), int(duration.group(1))
        summary['requests'] += 1
        if status >= 500:
            summary['server_errors'] += 1
        summary['by_path'][path] = summary['by_path'].get(path, 0) + 1
        if slowest_ms is None or ms > slowest_ms:
            slowest_ms = ms
            summary['slowest'] = path
    return summary
