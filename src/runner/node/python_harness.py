"""Runs a Python answer against a problem's function or class tests.

Reads one JSON job on stdin: {code, kind, entry, io: {args, returns}, tests}.
Writes one JSON list of raw outcomes on stdout: {name, ok, value?, error?}.
Judging (comparison with expected values) happens in TypeScript: judge.ts.
"""
import json
import re
import sys
import traceback

PRELUDE = '''
class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right
'''
MAX_NODES = 100000


def to_list(ns, arr):
    head = None
    for v in reversed(arr):
        head = ns['ListNode'](v, head)
    return head


def from_list(node):
    out = []
    while node is not None:
        if len(out) >= MAX_NODES:
            raise ValueError('the returned list has a cycle or is too long')
        out.append(node.val)
        node = node.next
    return out


def to_tree(ns, arr):
    if not arr or arr[0] is None:
        return None
    root = ns['TreeNode'](arr[0])
    queue, i, q = [root], 1, 0
    while q < len(queue) and i < len(arr):
        node = queue[q]
        q += 1
        for side in ('left', 'right'):
            if i < len(arr) and arr[i] is not None:
                child = ns['TreeNode'](arr[i])
                setattr(node, side, child)
                queue.append(child)
            i += 1
    return root


def from_tree(root):
    out, queue, q = [], [root], 0
    while q < len(queue):
        if q > MAX_NODES:
            raise ValueError('the returned tree has a cycle or is too large')
        node = queue[q]
        q += 1
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(getattr(node, 'left', None))
        queue.append(getattr(node, 'right', None))
    while out and out[-1] is None:
        out.pop()
    return out


def convert_in(ns, value, kind):
    value = json.loads(json.dumps(value))  # a fresh copy: answers may mutate arguments
    if kind == 'linked-list':
        return to_list(ns, value)
    if kind == 'tree':
        return to_tree(ns, value)
    return value


def convert_out(value, kind):
    if kind == 'linked-list':
        return from_list(value)
    if kind == 'tree':
        return from_tree(value)
    return value


def plain(value):
    """JSON-safe copy: tuples and sets become lists, dict keys strings."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, float) and value != value or value in (float('inf'), float('-inf')):
        return str(value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return repr(value)


def error_text(e):
    tb = traceback.extract_tb(e.__traceback__)
    lines = [f.lineno for f in tb if f.filename == '<answer>']
    where = ' (line %d)' % (lines[-1] - PRELUDE.count('\n')) if lines else ''
    return '%s: %s%s' % (type(e).__name__, e, where)


def snake(name):
    return re.sub(r'(?<=[a-z0-9])([A-Z])', r'_\1', name).lower()


def main():
    job = json.load(sys.stdin)
    ns = {'__name__': '__answer__'}
    tests = job['tests']
    try:
        exec(compile(PRELUDE + job['code'], '<answer>', 'exec'), ns)
    except BaseException as e:  # syntax errors included
        err = error_text(e) if not isinstance(e, SyntaxError) else 'SyntaxError: %s (line %s)' % (e.msg, (e.lineno or 0) - PRELUDE.count('\n'))
        print(json.dumps([{'name': t['name'], 'ok': False, 'error': err} for t in tests]))
        return
    entry = ns.get(job['entry'])
    if entry is None:
        err = 'no %s named %s is defined' % (job['kind'], job['entry'])
        print(json.dumps([{'name': t['name'], 'ok': False, 'error': err} for t in tests]))
        return
    io = job.get('io') or {}
    arg_types = io.get('args') or []
    returns = io.get('returns') or 'plain'
    out = []
    for t in tests:
        if job['kind'] == 'function':
            try:
                args = [convert_in(ns, a, arg_types[i] if i < len(arg_types) else 'plain') for i, a in enumerate(t['args'])]
                out.append({'name': t['name'], 'ok': True, 'value': plain(convert_out(entry(*args), returns))})
            except Exception as e:
                out.append({'name': t['name'], 'ok': False, 'error': error_text(e)})
            continue
        values = []
        try:
            obj = entry(*[convert_in(ns, a, 'plain') for a in t['init']])
        except Exception as e:
            out.append({'name': t['name'], 'ok': False, 'value': values, 'error': '%s(...): %s' % (job['entry'], error_text(e))})
            continue
        result = {'name': t['name'], 'ok': True, 'value': values}
        for method, args, _expected in t['ops']:
            try:
                fn = getattr(obj, method, None) or getattr(obj, snake(method), None)
                if fn is None:
                    raise AttributeError('%s has no method %s' % (job['entry'], snake(method)))
                values.append(plain(fn(*[convert_in(ns, a, 'plain') for a in args])))
            except Exception as e:
                result = {'name': t['name'], 'ok': False, 'value': values, 'error': error_text(e)}
                break
        out.append(result)
    sys.stdout.write(json.dumps(out))


if __name__ == '__main__':
    main()
