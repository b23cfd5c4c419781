def search_query(filters):
    sql = "SELECT id, name FROM users"
    conditions = []
    if filters.get('name'):
        conditions.append("name = '" + filters['name'] + "'")
    if filters.get('city'):
        conditions.append("city = '" + filters['city'] + "'")
    if filters.get('min_age'):
        conditions.append("age >= " + str(filters['min_age']))
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    sql += " ORDER BY " + (filters.get('sort') or 'id')
    if filters.get('desc'):
        sql += " DESC"
    return {'sql': sql, 'params': []}
