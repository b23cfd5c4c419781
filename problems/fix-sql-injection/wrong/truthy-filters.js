// mistake: keeps the truthiness checks, so min_age 0 and an empty city are ignored
const SORTABLE = ['name', 'age', 'created_at']
const CONDITIONS = [
  ['name', 'name = ?'],
  ['city', 'city = ?'],
  ['min_age', 'age >= ?'],
]

function searchQuery(filters) {
  let sql = 'SELECT id, name FROM users'
  const conditions = []
  const params = []
  for (const [key, condition] of CONDITIONS) {
    if (filters[key]) {
      conditions.push(condition)
      params.push(filters[key])
    }
  }
  if (conditions.length) sql += ' WHERE ' + conditions.join(' AND ')
  // A column name cannot be a parameter: only ever write one of ours.
  sql += ' ORDER BY ' + (SORTABLE.includes(filters.sort) ? filters.sort : 'id')
  if (filters.desc === true) sql += ' DESC'
  return { sql, params }
}
