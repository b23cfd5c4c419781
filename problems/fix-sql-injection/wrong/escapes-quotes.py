# mistake: keeps the values in the SQL text and only doubles their single quotes, instead of using parameters
SORTABLE = {'name', 'age', 'created_at'}


def search_query(filters):
    def quote(value):
        return "'" + str(value).replace("'", "''") + "'"

    sql = 'SELECT id, name FROM users'
    conditions = []
    if filters.get('name') is not None:
        conditions.append('name = ' + quote(filters['name']))
    if filters.get('city') is not None:
        conditions.append('city = ' + quote(filters['city']))
    if filters.get('min_age') is not None:
        conditions.append('age >= ' + str(int(filters['min_age'])))
    if conditions:
        sql += ' WHERE ' + ' AND '.join(conditions)
    column = filters.get('sort')
    sql += ' ORDER BY ' + (column if column in SORTABLE else 'id')
    if filters.get('desc') is True:
        sql += ' DESC'
    return {'sql': sql, 'params': []}
