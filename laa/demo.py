"""Demo LAA: Hertfordshire's 2008-11 agreement; Camden's local outcomes after 2010."""

# block index -> [(outcome, [(indicator code, baseline, [target per year], designated,
#                              stretch target, reward grant)])]
HERTFORDSHIRE = {
    0: [
        (
            "Children in poverty fall",
            [("NI 116", "11.2", ["11.0", "10.6", "10.2"], True, None, None)],
        ),
        (
            "Young people in education, employment or training",
            [("NI 117", "5.6", ["5.4", "5.1", "4.8"], True, "4.5", "380000")],
        ),
    ],
    1: [
        (
            "Less serious acquisitive crime",
            [("NI 16", "14.2", ["13.8", "13.2", "12.6"], True, "12.0", "450000")],
        ),
        (
            "Anti-social behaviour dealt with",
            [("NI 21", "26.0", ["28.0", "30.0", "32.0"], True, None, None)],
        ),
        (
            "Drug users in effective treatment",
            [("NI 40", "1850", ["1950", "2050", "2150"], True, None, None)],
        ),
    ],
    2: [
        (
            "Older people live independently",
            [("NI 136", "2900", ["3000", "3100", "3200"], True, None, None)],
        ),
    ],
    3: [
        (
            "Fewer people on out-of-work benefits",
            [("NI 152", "9.1", ["9.0", "8.8", "8.5"], True, "8.2", "520000")],
        ),
        (
            "More adults qualified to level 2",
            [("NI 163", "69.5", ["71.0", "72.5", "74.0"], False, None, None)],
        ),
    ],
}

CAMDEN_LOCAL = [
    (1, "Fewer young people drawn into crime", "NI 111", "1200", ["1100", "1000", "950"]),
    (3, "More residents in work", "NI 152", "10.4", ["10.2", "9.9", "9.5"]),
]

# How each Hertfordshire indicator fared, quarter by quarter from 2008/09 Q1 (12 quarters):
# the share of the way from baseline to the final target reached. Serious acquisitive crime
# and out-of-work benefits went the wrong way in the 2009 recession; the NEET stretch target
# was met.
STORY = {
    "NI 16": [0.1, 0.2, 0.3, 0.35, 0.3, -0.2, -0.3, 0.2, 0.5, 0.7, 0.85, 1.0],
    "NI 152": [0.1, 0.1, -0.5, -1.5, -2.0, -2.2, -1.8, -1.5, -1.0, -0.6, -0.4, -0.2],
    "NI 117": [0.1, 0.2, 0.35, 0.45, 0.5, 0.6, 0.75, 0.85, 0.95, 1.05, 1.2, 1.35],
}
DEFAULT_STORY = [0.08 * quarter for quarter in range(1, 13)]
