class A:
  from x import *
