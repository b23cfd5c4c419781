# mistake: passes the values as parameters but still writes the sort column the user sent into the SQL
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
    sql += ' ORDER BY ' + (column or 'id')
    if filters.get('desc') is True:
        sql += ' DESC'
    return {'sql': sql, 'params': params}
