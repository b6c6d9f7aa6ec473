x=1
@micropython.asm_thumb
def f(): pass
