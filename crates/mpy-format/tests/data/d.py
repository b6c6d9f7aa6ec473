@micropython.native
def nt(a):
    return a
