"""Runs a Python answer against a problem's function or class tests.

A "tests" job: {type, code, kind, entry, io: {args, returns}, tests, timeoutMs};
the result is {outcomes: [{name, ok, value?, error?, stdout?, tasks?}]}.
A "perf" job: {type, code, reference, kind, entry, io, input, maxRatio, tries,
policy}; the result is {perf: measurement} (src/core/judge/performance.ts).
Judging (comparison with expected values) happens in TypeScript
(src/core/judge/). Answers may be async: a returned coroutine is awaited.

Two callers, one file, so the browser and Node agree: python3 runs it with
--serve (one JSON job per line on stdin, JSON lines back: progress as
{"notify": ...}, then {"result": ...}), and the browser's Pyodide worker
(src/runner/sandbox/python.worker.ts) imports it and awaits run_job_json.
"""
import asyncio
import contextlib
import inspect
import os
import signal
import time
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


class RunState:
    """Run-wide state: the deadline for awaiting answers and the tasks of the current test."""

    def __init__(self, deadline):
        self.deadline = deadline
        self.tasks = None


def make_tasks(state, specs):
    """io type "tasks": [{ms, value}] become async functions that return value after ms; starts and ends are logged."""
    log = {'peak': 0, 'trace': []}
    state.tasks = log
    in_flight = [0]

    def task(i, spec):
        spec = spec if isinstance(spec, dict) else {}

        async def run():
            log['trace'].append('start %d' % i)
            in_flight[0] += 1
            log['peak'] = max(log['peak'], in_flight[0])
            await asyncio.sleep(spec.get('ms', 0) / 1000)
            in_flight[0] -= 1
            log['trace'].append('end %d' % i)
            return json.loads(json.dumps(spec.get('value')))
        return run
    return [task(i, spec) for i, spec in enumerate(specs if isinstance(specs, list) else [])]


STORE_GET_S, STORE_SET_S = 0.005, 0.020  # as STORE_DELAYS in jsHarness.ts: writes are slower than reads


class Store:
    """io type "async-store": async get(key) -> a copy or None; async set(key, record) saves it with version + 1."""

    def __init__(self, data):
        self._data = {str(k): v for k, v in (data.items() if isinstance(data, dict) else [])}

    async def get(self, key):
        await asyncio.sleep(STORE_GET_S)
        value = self._data.get(str(key))
        return None if value is None else json.loads(json.dumps(value))

    async def set(self, key, record):
        copy = plain(record)
        await asyncio.sleep(STORE_SET_S)
        old = self._data.get(str(key))
        version = old.get('version', 0) if isinstance(old, dict) and isinstance(old.get('version'), int) else 0
        self._data[str(key)] = dict(copy, version=version + 1) if isinstance(copy, dict) else copy


def convert_in(ns, value, kind, state=None):
    if kind == 'tasks':
        return make_tasks(state, value)
    if kind == 'async-store':
        return Store(value)
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
    text = str(e) or ('the answer asked for more memory than it may use' if isinstance(e, MemoryError) else '')
    return '%s%s%s' % (type(e).__name__, ': ' + text if text else '', where)


def did_you_mean(ns, name):
    """A hint for a misread or camelCased name: '; did you mean twoSum?'."""
    defined = [k for k, v in ns.items() if callable(v) and getattr(v, '__module__', None) == '__answer__' and k not in ('ListNode', 'TreeNode')]
    close = difflib.get_close_matches(name, defined, n=1, cutoff=0.6)
    return '; did you mean %s?' % close[0] if close else ''


def snake(name):
    return re.sub(r'(?<=[a-z0-9])([A-Z])', r'_\1', name).lower()


async def settle(state, value):
    """The value itself, or what a returned coroutine (awaitable) gives, given up on at the run's deadline."""
    if not inspect.isawaitable(value):
        return value
    left = max(0.0, state.deadline - time.monotonic())
    try:
        return await asyncio.wait_for(value, left)
    except asyncio.TimeoutError:
        raise TimeoutError('the returned coroutine did not finish within the time limit (an await that never ends?)') from None


def load(code, name, entry, kind):
    """Runs code as a module; its namespace and entry, or (None, error). Prints go to `printed`."""
    ns = {'__name__': name}
    exec(compile(PRELUDE + code, '<answer>' if name == '__answer__' else '<reference>', 'exec'), ns)
    return ns, ns.get(entry)


async def run_tests(job):
    ns = None
    tests = job['tests']
    top = Output()  # module-level prints go with the first test
    try:
        with captured(top):
            ns, entry = load(job['code'], '__answer__', job['entry'], job['kind'])
    except BaseException as e:  # syntax errors included
        err = error_text(e) if not isinstance(e, SyntaxError) else 'SyntaxError: %s (line %s)' % (e.msg, (e.lineno or 0) - PRELUDE.count('\n'))
        return with_output([{'name': t['name'], 'ok': False, 'error': err} for t in tests], [top] + [None] * len(tests))
    if entry is None:
        err = 'no %s named %s is defined' % (job['kind'], job['entry']) + did_you_mean(ns, job['entry'])
        return with_output([{'name': t['name'], 'ok': False, 'error': err} for t in tests], [top] + [None] * len(tests))
    io = job.get('io') or {}
    arg_types = io.get('args') or []
    returns = io.get('returns') or 'plain'
    state = RunState(time.monotonic() + job.get('timeoutMs', 5000) / 1000)
    out, outputs = [], []
    for t in tests:
        printed = top if not outputs else Output()
        outputs.append(printed)
        state.tasks = None
        if job['kind'] == 'function':
            try:
                args = [convert_in(ns, a, arg_types[i] if i < len(arg_types) else 'plain', state) for i, a in enumerate(t['args'])]
                with captured(printed):
                    value = await settle(state, entry(*args))
                result = {'name': t['name'], 'ok': True, 'value': plain(convert_out(value, returns))}
                if state.tasks is not None:
                    result['tasks'] = state.tasks
                out.append(result)
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
                    value = await settle(state, fn(*[convert_in(ns, a, 'plain') for a in args]))
                values.append(plain(value))
            except CAUGHT as e:
                result = {'name': t['name'], 'ok': False, 'value': values, 'error': error_text(e)}
                break
        out.append(result)
    return with_output(out, outputs)


# ---- performance: the reference and the answer on the same large input, in this process ----

class Stopped(BaseException):
    """Raised in the answer when a try passes its limit (BaseException: `except Exception` in an answer does not swallow it)."""


# python3 stops a slow try in place with a timer signal; Pyodide cannot (no
# signals while Python runs), so there the host ends the worker at the limit.
CAN_STOP = sys.platform != 'emscripten' and hasattr(signal, 'setitimer')


def _stop(_signum, _frame):
    raise Stopped()


def time_try(run, limit_ms):
    """Runs run() once: its time in ms, or None when stopped at limit_ms."""
    if CAN_STOP:
        old = signal.signal(signal.SIGALRM, _stop)
        signal.setitimer(signal.ITIMER_REAL, max(limit_ms, 1) / 1000)
    t0 = time.perf_counter()
    try:
        with captured(Output()):
            run()
        return (time.perf_counter() - t0) * 1000
    except Stopped:
        return None
    finally:
        if CAN_STOP:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


def perf_runner(ns, entry, job):
    """A function that prepares fresh arguments (not timed) and returns the timed call."""
    data = job['input']
    if data['kind'] == 'function':
        io = job.get('io') or {}
        arg_types = io.get('args') or []
        args_json = json.dumps(data['args'])
        calls = data.get('calls', 1)

        def prepare():
            args = [convert_in(ns, a, arg_types[i] if i < len(arg_types) else 'plain') for i, a in enumerate(json.loads(args_json))]

            def run():
                for _ in range(calls):
                    entry(*args)
            return run
        return prepare
    calls_json = json.dumps([[snake(m), a] for m, a in data['calls']])
    init_json = json.dumps(data['init'])

    def prepare_class():
        init, calls = json.loads(init_json), json.loads(calls_json)

        def run():
            obj = entry(*init)
            for method, args in calls:
                getattr(obj, method)(*args)
        return run
    return prepare_class


def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def run_perf(job, notify):
    policy = job['policy']
    try:
        ref_ns, ref_entry = load(job['reference'], '__reference__', job['entry'], job['kind'])
        reference = perf_runner(ref_ns, ref_entry, job)
    except BaseException as e:
        return {'status': 'skipped', 'reason': 'the reference answer could not be loaded: %s' % error_text(e)}
    try:
        with captured(Output()):
            ns, entry = load(job['code'], '__answer__', job['entry'], job['kind'])
        if entry is None:
            raise NameError('no %s named %s is defined' % (job['kind'], job['entry']))
        answer = perf_runner(ns, entry, job)
    except BaseException as e:
        return {'status': 'error', 'referenceMs': 0, 'error': error_text(e)}
    ref_runs = []

    def time_reference():
        try:
            ms = time_try(reference(), policy['maxReferenceMs'])
        except CAUGHT as e:
            return 'the reference answer failed: %s' % error_text(e)
        if ms is None:
            return 'the reference took over %d s on this device' % (policy['maxReferenceMs'] // 1000)
        ref_runs.append(ms)
        return None

    notify({'type': 'perf-reference'})
    for _ in range(policy['referenceRuns']):
        failed = time_reference()
        if failed:
            return {'status': 'skipped', 'reason': failed}
    tries = job['tries'] if CAN_STOP else 1
    attempt = 0
    while True:
        attempt += 1
        reference_ms = max(median(ref_runs), 0.01)
        limit_ms = max(policy['floorMs'], reference_ms * job['maxRatio'])
        try:
            run = answer()  # preparing the input is not timed, and not in the host's window for the try
            notify({'type': 'perf-try', 'referenceMs': reference_ms, 'limitMs': limit_ms})
            ms = time_try(run, limit_ms)
        except (Exception, SystemExit, RecursionError) as e:
            return {'status': 'error', 'referenceMs': reference_ms, 'error': error_text(e)}
        if ms is not None and ms <= limit_ms:
            return {'status': 'finished', 'referenceMs': reference_ms, 'answerMs': ms, 'limitMs': limit_ms, 'tries': attempt}
        if attempt >= tries:
            if ms is None:
                return {'status': 'stopped', 'referenceMs': reference_ms, 'limitMs': limit_ms, 'tries': attempt}
            return {'status': 'finished', 'referenceMs': reference_ms, 'answerMs': ms, 'limitMs': limit_ms, 'tries': attempt}
        notify({'type': 'perf-reference'})
        failed = time_reference()
        if failed:
            return {'status': 'skipped', 'reason': failed}


async def run_job(job, notify=None):
    notify = notify or (lambda message: None)
    if job.get('type') == 'perf':
        return {'perf': run_perf(job, notify)}
    return {'outcomes': await run_tests(job)}


def with_output(outcomes, outputs):
    for o, printed in zip(outcomes, outputs):
        text = printed.text() if printed is not None else ''
        if text:
            o['stdout'] = text
    return outcomes


async def run_job_json(job_json, notify=None):
    """The browser's entry point: JSON in, JSON out (no proxies cross into JavaScript); notify gets JSON text."""
    send = (lambda message: notify(json.dumps(message))) if notify is not None else None
    return json.dumps(await run_job(json.loads(job_json), send))


def serve():
    """python3's entry point: one job per line on stdin, JSON lines on stdout, until stdin closes."""
    try:  # a runaway allocation fails with MemoryError instead of taking the machine
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    except (ImportError, ValueError, OSError):
        pass
    # The protocol keeps the real stdout; anything an answer writes around the capture goes to stderr.
    out = os.fdopen(os.dup(1), 'w')
    os.dup2(2, 1)

    def send(message):
        out.write(json.dumps(message) + '\n')
        out.flush()
    send({'ready': True})  # a job's time limit starts from here, not from a slow process start
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        result = asyncio.run(run_job(job, lambda m: send({'notify': m})))
        send({'result': result})


if __name__ == '__main__':
    serve()
