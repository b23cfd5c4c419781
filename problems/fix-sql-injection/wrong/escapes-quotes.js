// mistake: keeps the values in the SQL text and only doubles their single quotes, instead of using parameters
const SORTABLE = ['name', 'age', 'created_at']

function searchQuery(filters) {
  const quote = (value) => `'${String(value).replace(/'/g, "''")}'`
  let sql = 'SELECT id, name FROM users'
  const conditions = []
  if (filters.name != null) conditions.push(`name = ${quote(filters.name)}`)
  if (filters.city != null) conditions.push(`city = ${quote(filters.city)}`)
  if (filters.min_age != null) conditions.push(`age >= ${Number(filters.min_age)}`)
  if (conditions.length) sql += ' WHERE ' + conditions.join(' AND ')
  sql += ' ORDER BY ' + (SORTABLE.includes(filters.sort) ? filters.sort : 'id')
  if (filters.desc === true) sql += ' DESC'
  return { sql, params: [] }
}
