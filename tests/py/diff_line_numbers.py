# Line-number table stress: statements separated by large gaps of blank and comment
# lines, reported through sys.print_exception (MicroPython prints to stdout).
# Run as `micropython diff_line_numbers.py` from tests/py so the file name matches.
import sys

def fail(kind):
    if kind == 0:
        # padding comment 0
        # padding comment 1
        # padding comment 2
        # padding comment 3
        # padding comment 4
        # padding comment 5
        # padding comment 6
        # padding comment 7
        # padding comment 8
        # padding comment 9
        # padding comment 10
        # padding comment 11
        # padding comment 12
        # padding comment 13
        # padding comment 14
        # padding comment 15
        # padding comment 16
        # padding comment 17
        # padding comment 18
        # padding comment 19
        # padding comment 20
        # padding comment 21
        # padding comment 22
        # padding comment 23
        # padding comment 24
        # padding comment 25
        # padding comment 26
        # padding comment 27
        # padding comment 28
        # padding comment 29
        # padding comment 30
        # padding comment 31
        # padding comment 32
        # padding comment 33
        # padding comment 34
        # padding comment 35
        # padding comment 36
        # padding comment 37
        # padding comment 38
        # padding comment 39
        raise ValueError("kind 0")












































































































































































































































































































    if kind == 1:
        x = [1, 2, 3]
        # more padding 0
        # more padding 1
        # more padding 2
        # more padding 3
        # more padding 4
        # more padding 5
        # more padding 6
        # more padding 7
        # more padding 8
        # more padding 9
        # more padding 10
        # more padding 11
        # more padding 12
        # more padding 13
        # more padding 14
        # more padding 15
        # more padding 16
        # more padding 17
        # more padding 18
        # more padding 19
        # more padding 20
        # more padding 21
        # more padding 22
        # more padding 23
        # more padding 24
        # more padding 25
        # more padding 26
        # more padding 27
        # more padding 28
        # more padding 29
        # more padding 30
        # more padding 31
        # more padding 32
        # more padding 33
        # more padding 34
        # more padding 35
        # more padding 36
        # more padding 37
        # more padding 38
        # more padding 39
        # more padding 40
        # more padding 41
        # more padding 42
        # more padding 43
        # more padding 44
        # more padding 45
        # more padding 46
        # more padding 47
        # more padding 48
        # more padding 49
        # more padding 50
        # more padding 51
        # more padding 52
        # more padding 53
        # more padding 54
        # more padding 55
        # more padding 56
        # more padding 57
        # more padding 58
        # more padding 59
        # more padding 60
        # more padding 61
        # more padding 62
        # more padding 63
        # more padding 64
        # more padding 65
        # more padding 66
        # more padding 67
        # more padding 68
        # more padding 69
        # more padding 70
        # more padding 71
        # more padding 72
        # more padding 73
        # more padding 74
        # more padding 75
        # more padding 76
        # more padding 77
        # more padding 78
        # more padding 79
        # more padding 80
        # more padding 81
        # more padding 82
        # more padding 83
        # more padding 84
        # more padding 85
        # more padding 86
        # more padding 87
        # more padding 88
        # more padding 89
        # more padding 90
        # more padding 91
        # more padding 92
        # more padding 93
        # more padding 94
        # more padding 95
        # more padding 96
        # more padding 97
        # more padding 98
        # more padding 99
        # more padding 100
        # more padding 101
        # more padding 102
        # more padding 103
        # more padding 104
        # more padding 105
        # more padding 106
        # more padding 107
        # more padding 108
        # more padding 109
        # more padding 110
        # more padding 111
        # more padding 112
        # more padding 113
        # more padding 114
        # more padding 115
        # more padding 116
        # more padding 117
        # more padding 118
        # more padding 119
        # more padding 120
        # more padding 121
        # more padding 122
        # more padding 123
        # more padding 124
        # more padding 125
        # more padding 126
        # more padding 127
        # more padding 128
        # more padding 129
        # more padding 130
        # more padding 131
        # more padding 132
        # more padding 133
        # more padding 134
        # more padding 135
        # more padding 136
        # more padding 137
        # more padding 138
        # more padding 139
        # more padding 140
        # more padding 141
        # more padding 142
        # more padding 143
        # more padding 144
        # more padding 145
        # more padding 146
        # more padding 147
        # more padding 148
        # more padding 149
        return x[10]








































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































    return {}["missing key"]

for k in range(3):
    try:
        fail(k)
    except Exception as e:
        sys.print_exception(e)
long_line = 0 + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 + 32 + 33 + 34 + 35 + 36 + 37 + 38 + 39 + 40 + 41 + 42 + 43 + 44 + 45 + 46 + 47 + 48 + 49 + 50 + 51 + 52 + 53 + 54 + 55 + 56 + 57 + 58 + 59 + 60 + 61 + 62 + 63 + 64 + 65 + 66 + 67 + 68 + 69 + 70 + 71 + 72 + 73 + 74 + 75 + 76 + 77 + 78 + 79 + 80 + 81 + 82 + 83 + 84 + 85 + 86 + 87 + 88 + 89 + 90 + 91 + 92 + 93 + 94 + 95 + 96 + 97 + 98 + 99 + 100 + 101 + 102 + 103 + 104 + 105 + 106 + 107 + 108 + 109 + 110 + 111 + 112 + 113 + 114 + 115 + 116 + 117 + 118 + 119 + 120 + 121 + 122 + 123 + 124 + 125 + 126 + 127 + 128 + 129 + 130 + 131 + 132 + 133 + 134 + 135 + 136 + 137 + 138 + 139 + 140 + 141 + 142 + 143 + 144 + 145 + 146 + 147 + 148 + 149 + 150 + 151 + 152 + 153 + 154 + 155 + 156 + 157 + 158 + 159 + 160 + 161 + 162 + 163 + 164 + 165 + 166 + 167 + 168 + 169 + 170 + 171 + 172 + 173 + 174 + 175 + 176 + 177 + 178 + 179 + 180 + 181 + 182 + 183 + 184 + 185 + 186 + 187 + 188 + 189 + 190 + 191 + 192 + 193 + 194 + 195 + 196 + 197 + 198 + 199 + 200 + 201 + 202 + 203 + 204 + 205 + 206 + 207 + 208 + 209 + 210 + 211 + 212 + 213 + 214 + 215 + 216 + 217 + 218 + 219 + 220 + 221 + 222 + 223 + 224 + 225 + 226 + 227 + 228 + 229 + 230 + 231 + 232 + 233 + 234 + 235 + 236 + 237 + 238 + 239 + 240 + 241 + 242 + 243 + 244 + 245 + 246 + 247 + 248 + 249 + 250 + 251 + 252 + 253 + 254 + 255 + 256 + 257 + 258 + 259 + 260 + 261 + 262 + 263 + 264 + 265 + 266 + 267 + 268 + 269 + 270 + 271 + 272 + 273 + 274 + 275 + 276 + 277 + 278 + 279 + 280 + 281 + 282 + 283 + 284 + 285 + 286 + 287 + 288 + 289 + 290 + 291 + 292 + 293 + 294 + 295 + 296 + 297 + 298 + 299 + 300 + 301 + 302 + 303 + 304 + 305 + 306 + 307 + 308 + 309 + 310 + 311 + 312 + 313 + 314 + 315 + 316 + 317 + 318 + 319 + 320 + 321 + 322 + 323 + 324 + 325 + 326 + 327 + 328 + 329 + 330 + 331 + 332 + 333 + 334 + 335 + 336 + 337 + 338 + 339 + 340 + 341 + 342 + 343 + 344 + 345 + 346 + 347 + 348 + 349 + 350 + 351 + 352 + 353 + 354 + 355 + 356 + 357 + 358 + 359 + 360 + 361 + 362 + 363 + 364 + 365 + 366 + 367 + 368 + 369 + 370 + 371 + 372 + 373 + 374 + 375 + 376 + 377 + 378 + 379 + 380 + 381 + 382 + 383 + 384 + 385 + 386 + 387 + 388 + 389 + 390 + 391 + 392 + 393 + 394 + 395 + 396 + 397 + 398 + 399
print(long_line)
try:
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + None
except TypeError as e:
    sys.print_exception(e)
