# assert statement with and without messages.
assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print('caught', type(e).__name__, e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('caught', e)
def checked_div(a, b):
    assert b != 0, 'division by zero: %d/%d' % (a, b)
    return a // b
for args in [(10, 2), (3, 0)]:
    try:
        print(checked_div(*args))
    except AssertionError as e:
        print('assert:', e)
calls = []
def side():
    calls.append(1)
    return 'msg'
assert True, side()
print('message evaluated only on failure:', calls)
try:
    assert [], side()
except AssertionError as e:
    print(e, calls)
