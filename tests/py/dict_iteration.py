# Iterating dicts: keys/values/items views, sorted iteration, modification errors.
prices = {'apple': 1.25, 'pear': 0.75, 'kiwi': 0.5, 'mango': 2.0}
for name in sorted(prices):
    print(name, prices[name])
for name, p in sorted(prices.items(), key=lambda kv: kv[1]):
    print('%-6s %.2f' % (name, p))
print(sum(prices.values()), max(prices, key=prices.get), min(prices.values()))
print(sorted(k.upper() for k in prices.keys()))
print(len(prices.keys()), len(prices.values()), len(prices.items()))
total = 0
for k, v in prices.items():
    total += len(k) * v
print(total)
for k in list(prices):
    prices[k + '!'] = 0
print(len(prices))
prices = {k: v for k, v in prices.items() if not k.endswith('!')}
print(sorted(prices))
it = iter({'only': 1})
print(next(it), next(it, 'end'))
print(list(zip(*sorted({'a': 1, 'b': 2}.items()))))
print(sorted(reversed(sorted({3: 'c', 1: 'a'}))))
