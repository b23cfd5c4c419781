function searchQuery(filters) {
  let sql = 'SELECT id, name FROM users'
  const conditions = []
  if (filters.name) conditions.push(`name = '${filters.name}'`)
  if (filters.city) conditions.push(`city = '${filters.city}'`)
  if (filters.min_age) conditions.push(`age >= ${filters.min_age}`)
  if (conditions.length) sql += ' WHERE ' + conditions.join(' AND ')
  sql += ' ORDER BY ' + (filters.sort || 'id')
  if (filters.desc) sql += ' DESC'
  return { sql, params: [] }
}
