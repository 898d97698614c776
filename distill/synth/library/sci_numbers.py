"""Number-theory and arithmetic tools (primes, factors, GCD/LCM, bases, expressions) for the
offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "number_theory"

TOOLS = [
    {
        "name": "is_prime_number",
        "descriptions": [
            "Tell whether an integer is prime.",
            "Primality check for a whole number.",
        ],
        "parameters": {
            "type": "object",
            "properties": {"n": {"type": "integer", "description": "Integer to test."}},
            "required": ["n"],
        },
        "values": {"n": "int:2:1000000"},
        "requests": [
            "is {n} prime?",
            "check whether {n} is a prime number",
            "prime or not: {n}",
            "can {n} be divided by anything except 1 and itself?",
            "{n} - prime?",
            "quick one: is {n} a prime",
            "tell me if {n} is prime, please",
            "my kid asks whether {n} is prime, is it?",
        ],
        "similar": ["factorize_integer", "primes_in_range"],
    },
    {
        "name": "factorize_integer",
        "descriptions": [
            "Break an integer into its prime factors.",
            "Return the prime factorisation of a whole number.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "n": {"type": "integer", "description": "Integer to factorise."},
                "with_exponents": {
                    "type": "boolean",
                    "description": "Group repeated factors as powers.",
                },
            },
            "required": ["n"],
        },
        "values": {"n": "int:4:1000000", "with_exponents": "bool"},
        "say": {
            "with_exponents": {
                "true": ["written as powers", "using exponents"],
                "false": ["listing every factor", "no exponents"],
            }
        },
        "requests": [
            "factorise {n}[, {with_exponents}]",
            "what are the prime factors of {n}?",
            "break {n} down into primes",
            "prime factorization of {n}[ {with_exponents}]",
            "{n} = ? × ? ... give me its prime factors",
            "can you decompose {n} into prime factors[, {with_exponents}]?",
            "which primes multiply to {n}?",
            "[{with_exponents}: ]factors of {n}",
        ],
        "similar": ["is_prime_number", "gcd_of_numbers"],
    },
    {
        "name": "gcd_of_numbers",
        "descriptions": [
            "Greatest common divisor of two or more integers.",
            "Find the largest number that divides all the given integers.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "numbers": {
                    "type": "array",
                    "items": {"type": "integer"},
                    "description": "Integers to compare.",
                },
            },
            "required": ["numbers"],
        },
        "values": {"numbers": "list:int:2:5000:2:4"},
        "requests": [
            "gcd of {numbers}",
            "what's the greatest common divisor of {numbers}?",
            "biggest number that divides {numbers} evenly",
            "find the highest common factor for {numbers}",
            "HCF {numbers}",
            "can you work out the GCD of {numbers}?",
            "what divides all of {numbers}? the largest one please",
            "I'm simplifying a fraction - gcd({numbers})?",
        ],
        "similar": ["lcm_of_numbers", "factorize_integer"],
    },
    {
        "name": "lcm_of_numbers",
        "descriptions": [
            "Least common multiple of two or more integers.",
            "Find the smallest number that all the given integers divide.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "numbers": {
                    "type": "array",
                    "items": {"type": "integer"},
                    "description": "Integers to combine.",
                },
            },
            "required": ["numbers"],
        },
        "values": {"numbers": "list:int:2:200:2:4"},
        "requests": [
            "lcm of {numbers}",
            "least common multiple of {numbers}?",
            "smallest number divisible by {numbers}",
            "what's the lowest common multiple for {numbers}",
            "LCM({numbers})",
            "can you find the least common multiple of {numbers}?",
            "when do cycles of {numbers} line up again? I need the lcm",
            "please compute the lcm: {numbers}",
        ],
        "similar": ["gcd_of_numbers", "primes_in_range"],
    },
    {
        "name": "primes_in_range",
        "descriptions": [
            "List the prime numbers between two bounds.",
            "Enumerate primes in an interval.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "start": {"type": "integer", "description": "Lower bound (inclusive)."},
                "end": {"type": "integer", "description": "Upper bound (inclusive)."},
                "count_only": {
                    "type": "boolean",
                    "description": "Return only how many primes there are.",
                },
            },
            "required": ["start", "end"],
        },
        "values": {"start": "int:1:500", "end": "int:501:5000", "count_only": "bool"},
        "say": {
            "count_only": {
                "true": ["just the count", "only how many"],
                "false": ["list them all", "the full list"],
            }
        },
        "requests": [
            "primes between {start} and {end}[, {count_only}]",
            "list all prime numbers from {start} to {end}",
            "how many primes lie between {start} and {end}?",
            "which numbers in {start}..{end} are prime[ - {count_only}]?",
            "give me the primes in the range {start}-{end}",
            "can you enumerate primes from {start} up to {end}[, {count_only}]?",
            "[{count_only}: ]primes {start} to {end}",
            "find every prime between {start} and {end} please",
        ],
        "similar": ["is_prime_number", "lcm_of_numbers"],
    },
    {
        "name": "convert_number_base",
        "descriptions": [
            "Write a decimal integer in binary, octal or hexadecimal.",
            "Convert a whole number to another base.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "number": {"type": "integer", "description": "Decimal integer to convert."},
                "target": {
                    "type": "string",
                    "enum": ["binary", "octal", "hexadecimal"],
                    "description": "Base to write it in.",
                },
            },
            "required": ["number", "target"],
        },
        "values": {"number": "int:0:1000000", "target": "enum"},
        "say": {
            "target": {
                "hexadecimal": ["hex", "hexadecimal", "base 16"],
                "binary": ["binary", "base 2"],
                "octal": ["octal", "base 8"],
            }
        },
        "requests": [
            "convert {number} to {target}",
            "what's {number} in {target}?",
            "{number} as {target}",
            "write {number} in {target} for me",
            "how do you express {number} in {target}",
            "can you turn the decimal {number} into {target}?",
            "{target} representation of {number}",
            "I need {number} in {target} for a config file",
        ],
        "similar": ["evaluate_expression", "convert_data_size"],
    },
    {
        "name": "evaluate_expression",
        "descriptions": [
            "Evaluate an arithmetic expression.",
            "Compute the value of a maths expression with a chosen precision.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "expression": {"type": "string", "description": "Expression to evaluate."},
                "decimals": {"type": "integer", "description": "Decimal places in the answer."},
            },
            "required": ["expression"],
        },
        "values": {
            "expression": "choice:2^10 - 3*7|(45 + 17) / 4|sqrt(1764) + 12|17 % 5 * 9|3.5 * (2 + 8.25)|100 / 7",
            "decimals": "int:0:8",
        },
        "requests": [
            "what is {expression}?",
            "calculate {expression}[ to {decimals} decimal places]",
            "{expression} = ?",
            "evaluate {expression}[, round to {decimals} places]",
            "can you work out {expression} for me?",
            "compute {expression}",
            "quick maths: {expression}[ ({decimals} decimals)]",
            "how much is {expression}",
        ],
        "similar": ["solve_for_x", "convert_number_base"],
    },
]
