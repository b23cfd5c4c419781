# mistake: checks the sort column with a substring test, so "name; DELETE FROM users" gets through
SORTABLE = {'name', 'age', 'created_at'}
CONDITIONS = [('name', 'name = ?'), ('city', 'city = ?'), ('min_age', 'age >= ?')]


def search_query(filters):
    sql = 'SELECT id, name FROM users'
    conditions, params = [], []
    for key, condition in CONDITIONS:
        if filters.get(key) is not None:
            conditions.append(condition)
            params.append(filters[key])
    if conditions:
        sql += ' WHERE ' + ' AND '.join(conditions)
    # A column name cannot be a parameter: only ever write one of ours.
    column = filters.get('sort')
    sql += ' ORDER BY ' + (column if column and any(c in column for c in SORTABLE) else 'id')
    if filters.get('desc') is True:
        sql += ' DESC'
    return {'sql': sql, 'params': params}
