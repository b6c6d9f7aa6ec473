# if/elif/else chains, nested conditions, truthiness tests and guard clauses.
def grade(score):
    if not isinstance(score, (int, float)):
        return 'invalid'
    if score < 0 or score > 100:
        return 'out of range'
    if score >= 90:
        return 'A'
    elif score >= 80:
        return 'B'
    elif score >= 70:
        return 'C'
    elif score >= 60:
        return 'D'
    else:
        return 'F'
print([grade(s) for s in (95, 85, 75, 65, 55, 100, 0, -1, 101, 'x', 89.99)])
def classify(x, y):
    if x > 0:
        if y > 0:
            return 'Q1'
        elif y < 0:
            return 'Q4'
        return '+x axis'
    elif x < 0:
        return 'Q2' if y > 0 else 'Q3' if y < 0 else '-x axis'
    else:
        return 'origin' if y == 0 else 'y axis'
print([classify(x, y) for x in (-1, 0, 1) for y in (-1, 0, 1)])
def describe(v):
    if v:
        kind = 'truthy'
    else:
        kind = 'falsy'
    if v is None:
        kind += ' none'
    elif v == 0 and not isinstance(v, str):
        kind += ' zero'
    elif isinstance(v, (str, list, tuple, dict)) and len(v) == 0:
        kind += ' empty'
    return kind
print([describe(v) for v in (None, 0, 0.0, '', [], 'a', [0], 5)])
def leap(y):
    if y % 400 == 0:
        return True
    if y % 100 == 0:
        return False
    return y % 4 == 0
print([y for y in range(1896, 1920) if leap(y)], leap(2000), leap(1900))
