# mistake: builds the conditions in the order of the keys in filters, so the parameters no longer match the documented order
SORTABLE = {'name', 'age', 'created_at'}
CONDITION = {'name': 'name = ?', 'city': 'city = ?', 'min_age': 'age >= ?'}


def search_query(filters):
    sql = 'SELECT id, name FROM users'
    conditions, params = [], []
    for key, value in filters.items():
        if key in CONDITION and value is not None:
            conditions.append(CONDITION[key])
            params.append(value)
    if conditions:
        sql += ' WHERE ' + ' AND '.join(conditions)
    column = filters.get('sort')
    sql += ' ORDER BY ' + (column if column in SORTABLE else 'id')
    if filters.get('desc') is True:
        sql += ' DESC'
    return {'sql': sql, 'params': params}
