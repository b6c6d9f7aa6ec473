# String building: str(), join, split, concatenation and formatting.
parts = []
for i in range(3000):
    parts.append(str(i))
s = ",".join(parts)
n = 0
for w in s.split(","):
    n += len(w)
t = ""
for i in range(500):
    t = t + "%d:%s;" % (i, "x")
print(n, len(t))
