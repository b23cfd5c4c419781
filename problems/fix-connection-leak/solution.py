class Pool:
    def __init__(self, data):
        self.data = data
        self.open = 0

    def connect(self):
        self.open += 1
        return Connection(self)


class Connection:
    def __init__(self, pool):
        self.pool = pool
        self.closed = False

    def count(self, table):
        if self.closed:
            raise RuntimeError('connection is closed')
        if table not in self.pool.data:
            raise LookupError('no table ' + table)
        return len(self.pool.data[table])

    def close(self):
        if self.closed:
            raise RuntimeError('connection already closed')
        self.closed = True
        self.pool.open -= 1


def export_counts(data, tables):
    pool = Pool(data)
    counts = []
    for table in tables:
        conn = pool.connect()
        try:
            counts.append(conn.count(table))
        except LookupError:
            counts.append(-1)
        finally:
            conn.close()  # on every path, exactly once
    return {'counts': counts, 'open': pool.open}
