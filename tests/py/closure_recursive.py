# Recursive closures and mutually recursive nested functions.
def solve():
    memo = {}
    def ways(n, coins):
        key = (n, len(coins))
        if key in memo:
            return memo[key]
        if n == 0:
            return 1
        if n < 0 or not coins:
            return 0
        r = ways(n - coins[0], coins) + ways(n, coins[1:])
        memo[key] = r
        return r
    return ways(100, (50, 25, 10, 5, 1)), len(memo)
print(solve())
def parity_checker():
    def even(n):
        return n == 0 or odd(n - 1)
    def odd(n):
        return n != 0 and even(n - 1)
    return even, odd
even, odd = parity_checker()
print([even(i) for i in range(6)], [odd(i) for i in range(6)])
def tree_sum(tree):
    total = 0
    def walk(node):
        nonlocal total
        if isinstance(node, (list, tuple)):
            for c in node:
                walk(c)
        else:
            total += node
    walk(tree)
    return total
print(tree_sum([1, [2, 3, (4, [5])], [[6]]]))
def fixpoint():
    fact = lambda f: lambda n: 1 if n == 0 else n * f(f)(n - 1)
    return fact(fact)(10)
print(fixpoint())
