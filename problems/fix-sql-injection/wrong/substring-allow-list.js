// mistake: checks the sort column with a substring test, so "name; DELETE FROM users" gets through
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
    if (filters[key] !== undefined && filters[key] !== null) {
      conditions.push(condition)
      params.push(filters[key])
    }
  }
  if (conditions.length) sql += ' WHERE ' + conditions.join(' AND ')
  // A column name cannot be a parameter: only ever write one of ours.
  sql += ' ORDER BY ' + (filters.sort && SORTABLE.some((c) => filters.sort.includes(c)) ? filters.sort : 'id')
  if (filters.desc === true) sql += ' DESC'
  return { sql, params }
}
