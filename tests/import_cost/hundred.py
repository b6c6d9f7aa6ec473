def f0(a, b=0):
    x = a * 0 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 0}

def f1(a, b=1):
    x = a * 1 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 1}

def f2(a, b=2):
    x = a * 2 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 2}

def f3(a, b=3):
    x = a * 3 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 3}

def f4(a, b=4):
    x = a * 4 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 4}

def f5(a, b=5):
    x = a * 5 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 5}

def f6(a, b=6):
    x = a * 6 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 6}

def f7(a, b=7):
    x = a * 7 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 7}

def f8(a, b=8):
    x = a * 8 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 8}

def f9(a, b=9):
    x = a * 9 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 9}

def f10(a, b=10):
    x = a * 10 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 10}

def f11(a, b=11):
    x = a * 11 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 11}

def f12(a, b=12):
    x = a * 12 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 12}

def f13(a, b=13):
    x = a * 13 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 13}

def f14(a, b=14):
    x = a * 14 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 14}

def f15(a, b=15):
    x = a * 15 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 15}

def f16(a, b=16):
    x = a * 16 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 16}

def f17(a, b=17):
    x = a * 17 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 17}

def f18(a, b=18):
    x = a * 18 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 18}

def f19(a, b=19):
    x = a * 19 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 19}

def f20(a, b=20):
    x = a * 20 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 20}

def f21(a, b=21):
    x = a * 21 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 21}

def f22(a, b=22):
    x = a * 22 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 22}

def f23(a, b=23):
    x = a * 23 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 23}

def f24(a, b=24):
    x = a * 24 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 24}

def f25(a, b=25):
    x = a * 25 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 25}

def f26(a, b=26):
    x = a * 26 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 26}

def f27(a, b=27):
    x = a * 27 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 27}

def f28(a, b=28):
    x = a * 28 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 28}

def f29(a, b=29):
    x = a * 29 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 29}

def f30(a, b=30):
    x = a * 30 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 30}

def f31(a, b=31):
    x = a * 31 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 31}

def f32(a, b=32):
    x = a * 32 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 32}

def f33(a, b=33):
    x = a * 33 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 33}

def f34(a, b=34):
    x = a * 34 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 34}

def f35(a, b=35):
    x = a * 35 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 35}

def f36(a, b=36):
    x = a * 36 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 36}

def f37(a, b=37):
    x = a * 37 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 37}

def f38(a, b=38):
    x = a * 38 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 38}

def f39(a, b=39):
    x = a * 39 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 39}

def f40(a, b=40):
    x = a * 40 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 40}

def f41(a, b=41):
    x = a * 41 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 41}

def f42(a, b=42):
    x = a * 42 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 42}

def f43(a, b=43):
    x = a * 43 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 43}

def f44(a, b=44):
    x = a * 44 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 44}

def f45(a, b=45):
    x = a * 45 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 45}

def f46(a, b=46):
    x = a * 46 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 46}

def f47(a, b=47):
    x = a * 47 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 47}

def f48(a, b=48):
    x = a * 48 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 48}

def f49(a, b=49):
    x = a * 49 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 49}

def f50(a, b=50):
    x = a * 50 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 50}

def f51(a, b=51):
    x = a * 51 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 51}

def f52(a, b=52):
    x = a * 52 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 52}

def f53(a, b=53):
    x = a * 53 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 53}

def f54(a, b=54):
    x = a * 54 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 54}

def f55(a, b=55):
    x = a * 55 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 55}

def f56(a, b=56):
    x = a * 56 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 56}

def f57(a, b=57):
    x = a * 57 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 57}

def f58(a, b=58):
    x = a * 58 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 58}

def f59(a, b=59):
    x = a * 59 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 59}

def f60(a, b=60):
    x = a * 60 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 60}

def f61(a, b=61):
    x = a * 61 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 61}

def f62(a, b=62):
    x = a * 62 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 62}

def f63(a, b=63):
    x = a * 63 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 63}

def f64(a, b=64):
    x = a * 64 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 64}

def f65(a, b=65):
    x = a * 65 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 65}

def f66(a, b=66):
    x = a * 66 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 66}

def f67(a, b=67):
    x = a * 67 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 67}

def f68(a, b=68):
    x = a * 68 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 68}

def f69(a, b=69):
    x = a * 69 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 69}

def f70(a, b=70):
    x = a * 70 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 70}

def f71(a, b=71):
    x = a * 71 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 71}

def f72(a, b=72):
    x = a * 72 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 72}

def f73(a, b=73):
    x = a * 73 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 73}

def f74(a, b=74):
    x = a * 74 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 74}

def f75(a, b=75):
    x = a * 75 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 75}

def f76(a, b=76):
    x = a * 76 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 76}

def f77(a, b=77):
    x = a * 77 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 77}

def f78(a, b=78):
    x = a * 78 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 78}

def f79(a, b=79):
    x = a * 79 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 79}

def f80(a, b=80):
    x = a * 80 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 80}

def f81(a, b=81):
    x = a * 81 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 81}

def f82(a, b=82):
    x = a * 82 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 82}

def f83(a, b=83):
    x = a * 83 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 83}

def f84(a, b=84):
    x = a * 84 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 84}

def f85(a, b=85):
    x = a * 85 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 85}

def f86(a, b=86):
    x = a * 86 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 86}

def f87(a, b=87):
    x = a * 87 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 87}

def f88(a, b=88):
    x = a * 88 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 88}

def f89(a, b=89):
    x = a * 89 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 89}

def f90(a, b=90):
    x = a * 90 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 90}

def f91(a, b=91):
    x = a * 91 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 91}

def f92(a, b=92):
    x = a * 92 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 92}

def f93(a, b=93):
    x = a * 93 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 93}

def f94(a, b=94):
    x = a * 94 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 94}

def f95(a, b=95):
    x = a * 95 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 95}

def f96(a, b=96):
    x = a * 96 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 96}

def f97(a, b=97):
    x = a * 97 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 97}

def f98(a, b=98):
    x = a * 98 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 98}

def f99(a, b=99):
    x = a * 99 + b
    if x > 100:
        return [x, a, b]
    return {"v": x, "i": 99}
