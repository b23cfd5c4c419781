# mistake: adds refunded amounts to the total instead of subtracting them
def customer_totals(orders):
    summary = {}
    for order in orders:
        if order['status'] == 'pending':
            continue
        email = order['email'].strip().lower()
        entry = summary.setdefault(email, {'email': email, 'paid_orders': 0, 'total': 0})
        if order['status'] == 'paid':
            entry['paid_orders'] += 1
            entry['total'] += order['cents']
        else:
            entry['total'] += order['cents']
    return sorted(summary.values(), key=lambda e: (-e['total'], e['email']))
