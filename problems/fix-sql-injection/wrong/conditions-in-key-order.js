// mistake: builds the conditions in the order of the keys in filters, so the parameters no longer match the documented order
const SORTABLE = ['name', 'age', 'created_at']
const CONDITION = { name: 'name = ?', city: 'city = ?', min_age: 'age >= ?' }

function searchQuery(filters) {
  let sql = 'SELECT id, name FROM users'
  const conditions = []
  const params = []
  for (const [key, value] of Object.entries(filters)) {
    if (key in CONDITION && value !== null && value !== undefined) {
      conditions.push(CONDITION[key])
      params.push(value)
    }
  }
  if (conditions.length) sql += ' WHERE ' + conditions.join(' AND ')
  sql += ' ORDER BY ' + (SORTABLE.includes(filters.sort) ? filters.sort : 'id')
  if (filters.desc === true) sql += ' DESC'
  return { sql, params }
}
