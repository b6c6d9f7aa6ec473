# The dispatch loop: a counted while loop of small-int operations.
i = 0
n = 0
while i < 200000:
    n = n + (i & 7)
    i += 1
