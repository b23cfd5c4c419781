"""Runs a Python answer against a problem's function or class tests.

One job: {code, kind, entry, io: {args, returns}, tests}; the result is a list
of raw outcomes {name, ok, value?, error?, stdout?}. Judging (comparison with
expected values) happens in TypeScript: judge.ts. Two callers, one file, so the
browser and the Node tests agree: python3 runs it as a script (job on stdin,
JSON on stdout), and the browser's Pyodide worker (src/runner/python.worker.ts)
loads it as a module and calls run_job_json.
"""
import contextlib
import difflib
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
MAX_OUTPUT = 4000  # characters of print output kept per test
# What a test's failure may be: exit() in an answer fails that test, not the run.
CAUGHT = (Exception, SystemExit)


class Output:
    """Collects what the answer prints (stdout and stderr), up to MAX_OUTPUT."""

    def __init__(self):
        self.parts, self.size, self.dropped = [], 0, 0

    def write(self, s):
        s = str(s)
        room = MAX_OUTPUT - self.size
        if room > 0:
            self.parts.append(s[:room])
            self.size += min(len(s), room)
        self.dropped += max(0, len(s) - max(room, 0))
        return len(s)

    def flush(self):
        pass

    def text(self):
        more = '\n… (%d more characters)' % self.dropped if self.dropped else ''
        return ''.join(self.parts) + more


@contextlib.contextmanager
def captured(out):
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        yield


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


def did_you_mean(ns, name):
    """A hint for a misread or camelCased name: '; did you mean twoSum?'."""
    defined = [k for k, v in ns.items() if callable(v) and getattr(v, '__module__', None) == '__answer__' and k not in ('ListNode', 'TreeNode')]
    close = difflib.get_close_matches(name, defined, n=1, cutoff=0.6)
    return '; did you mean %s?' % close[0] if close else ''


def snake(name):
    return re.sub(r'(?<=[a-z0-9])([A-Z])', r'_\1', name).lower()


def run_job(job):
    ns = {'__name__': '__answer__'}
    tests = job['tests']
    top = Output()  # module-level prints go with the first test
    try:
        with captured(top):
            exec(compile(PRELUDE + job['code'], '<answer>', 'exec'), ns)
    except BaseException as e:  # syntax errors included
        err = error_text(e) if not isinstance(e, SyntaxError) else 'SyntaxError: %s (line %s)' % (e.msg, (e.lineno or 0) - PRELUDE.count('\n'))
        return with_output([{'name': t['name'], 'ok': False, 'error': err} for t in tests], [top] + [None] * len(tests))
    entry = ns.get(job['entry'])
    if entry is None:
        err = 'no %s named %s is defined' % (job['kind'], job['entry']) + did_you_mean(ns, job['entry'])
        return with_output([{'name': t['name'], 'ok': False, 'error': err} for t in tests], [top] + [None] * len(tests))
    io = job.get('io') or {}
    arg_types = io.get('args') or []
    returns = io.get('returns') or 'plain'
    out, outputs = [], []
    for t in tests:
        printed = top if not outputs else Output()
        outputs.append(printed)
        if job['kind'] == 'function':
            try:
                args = [convert_in(ns, a, arg_types[i] if i < len(arg_types) else 'plain') for i, a in enumerate(t['args'])]
                with captured(printed):
                    value = entry(*args)
                out.append({'name': t['name'], 'ok': True, 'value': plain(convert_out(value, returns))})
            except CAUGHT as e:
                out.append({'name': t['name'], 'ok': False, 'error': error_text(e)})
            continue
        values = []
        try:
            with captured(printed):
                obj = entry(*[convert_in(ns, a, 'plain') for a in t['init']])
        except CAUGHT as e:
            out.append({'name': t['name'], 'ok': False, 'value': values, 'error': '%s(...): %s' % (job['entry'], error_text(e))})
            continue
        result = {'name': t['name'], 'ok': True, 'value': values}
        for method, args, _expected in t['ops']:
            try:
                fn = getattr(obj, method, None) or getattr(obj, snake(method), None)
                if fn is None:
                    raise AttributeError('%s has no method %s' % (job['entry'], snake(method)))
                with captured(printed):
                    value = fn(*[convert_in(ns, a, 'plain') for a in args])
                values.append(plain(value))
            except CAUGHT as e:
                result = {'name': t['name'], 'ok': False, 'value': values, 'error': error_text(e)}
                break
        out.append(result)
    return with_output(out, outputs)


def with_output(outcomes, outputs):
    for o, printed in zip(outcomes, outputs):
        text = printed.text() if printed is not None else ''
        if text:
            o['stdout'] = text
    return outcomes


def run_job_json(job_json):
    """The browser's entry point: JSON in, JSON out (no proxies cross into JavaScript)."""
    return json.dumps(run_job(json.loads(job_json)))


def main():
    sys.stdout.write(json.dumps(run_job(json.load(sys.stdin))))


if __name__ == '__main__':
    main()
