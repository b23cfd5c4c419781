# mistake: keeps the truthiness checks, so min_age 0 and an empty city are ignored
SORTABLE = {'name', 'age', 'created_at'}
CONDITIONS = [('name', 'name = ?'), ('city', 'city = ?'), ('min_age', 'age >= ?')]


def search_query(filters):
    sql = 'SELECT id, name FROM users'
    conditions, params = [], []
    for key, condition in CONDITIONS:
        if filters.get(key):
            conditions.append(condition)
            params.append(filters[key])
    if conditions:
        sql += ' WHERE ' + ' AND '.join(conditions)
    # A column name cannot be a parameter: only ever write one of ours.
    column = filters.get('sort')
    sql += ' ORDER BY ' + (column if column in SORTABLE else 'id')
    if filters.get('desc') is True:
        sql += ' DESC'
    return {'sql': sql, 'params': params}
