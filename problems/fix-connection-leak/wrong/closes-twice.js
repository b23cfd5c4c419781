// mistake: closes the connection in the try block and again in finally, which the driver refuses
class Pool {
  constructor(data) {
    this.data = data
    this.open = 0
  }

  connect() {
    this.open += 1
    return new Connection(this)
  }
}

class Connection {
  constructor(pool) {
    this.pool = pool
    this.closed = false
  }

  count(table) {
    if (this.closed) throw new Error('connection is closed')
    if (!Object.hasOwn(this.pool.data, table)) throw new RangeError(`no table ${table}`)
    return this.pool.data[table].length
  }

  close() {
    if (this.closed) throw new Error('connection already closed')
    this.closed = true
    this.pool.open -= 1
  }
}

function exportCounts(data, tables) {
  const pool = new Pool(data)
  const counts = []
  for (const table of tables) {
    const conn = pool.connect()
    try {
      counts.push(conn.count(table))
      conn.close()
    } catch (e) {
      if (!(e instanceof RangeError)) throw e
      counts.push(-1)
    } finally {
      conn.close()
    }
  }
  return { counts, open: pool.open }
}
