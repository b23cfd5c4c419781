# mistake: groups by the email exactly as typed, so one customer is split by case and spaces
def customer_totals(orders):
    summary = {}
    for order in orders:
        if order['status'] == 'pending':
            continue
        email = order['email']
        entry = summary.setdefault(email, {'email': email, 'paid_orders': 0, 'total': 0})
        if order['status'] == 'paid':
            entry['paid_orders'] += 1
            entry['total'] += order['cents']
        else:
            entry['total'] -= order['cents']
    return sorted(summary.values(), key=lambda e: (-e['total'], e['email']))
