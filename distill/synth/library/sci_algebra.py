"""Algebra and matrix tools (equations, polynomial roots, systems, derivatives, matrices) for
the offline synthetic library.

Matrices are written as rows separated by semicolons, e.g. "1 2; 3 4".
Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "algebra"

_SQUARE = "choice:1 2; 3 4|2 0; 1 3|4 7; 2 6|1 2 3; 0 1 4; 5 6 0|3 1; 2 5|2 -1 0; -1 2 -1; 0 -1 2"
_MATRIX_DESC = "Matrix as rows separated by semicolons, e.g. '1 2; 3 4'."

TOOLS = [
    {
        "name": "solve_for_x",
        "descriptions": [
            "Solve a single-variable equation for x.",
            "Find the value of x that satisfies an equation.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "equation": {
                    "type": "string",
                    "description": "Equation in x, with an equals sign.",
                },
                "exact": {
                    "type": "boolean",
                    "description": "Give an exact fraction or surd instead of a decimal.",
                },
            },
            "required": ["equation"],
        },
        "values": {
            "equation": "choice:3x + 5 = 20|7 - 2x = x + 1|x/4 + 2 = 9|5(x - 3) = 2x|2x^2 = 50|0.5x - 1.25 = 3",
            "exact": "bool",
        },
        "say": {
            "exact": {
                "true": ["exactly", "as an exact value"],
                "false": ["as a decimal", "approximately"],
            }
        },
        "requests": [
            "solve {equation}[ {exact}]",
            "what's x if {equation}?",
            "find x: {equation}",
            "{equation}, x = ?",
            "can you solve {equation} for x[, {exact}]?",
            "help me with my homework: {equation}",
            "[{exact}: ]x in {equation}",
            "what value of x makes {equation} true",
        ],
        "similar": ["find_polynomial_roots", "solve_equation_system", "evaluate_expression"],
    },
    {
        "name": "find_polynomial_roots",
        "descriptions": [
            "Find the roots of a polynomial from its coefficients.",
            "Compute where a polynomial equals zero, highest power first.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "coefficients": {
                    "type": "array",
                    "items": {"type": "number"},
                    "description": "Coefficients from the highest power down to the constant.",
                },
                "real_only": {"type": "boolean", "description": "Drop complex roots."},
            },
            "required": ["coefficients"],
        },
        "values": {"coefficients": "list:int:-12:12:3:4", "real_only": "bool"},
        "say": {
            "real_only": {
                "true": ["real roots only", "skip complex ones"],
                "false": ["including complex roots", "complex ones too"],
            }
        },
        "requests": [
            "roots of the polynomial with coefficients {coefficients}[, {real_only}]",
            "find the zeros for coefficients {coefficients}",
            "polynomial {coefficients} (highest power first) - where is it zero?",
            "solve the polynomial whose coefficients are {coefficients}",
            "can you get the roots given coefficients {coefficients}[ - {real_only}]?",
            "coefficients {coefficients}: roots?",
            "[{real_only}: ]zeros of {coefficients}",
            "I have a polynomial, coefficients {coefficients}; where does it cross the axis?",
        ],
        "similar": ["solve_for_x", "solve_equation_system"],
    },
    {
        "name": "solve_equation_system",
        "descriptions": [
            "Solve a system of linear equations.",
            "Find values for the unknowns that satisfy several linear equations at once.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "equations": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Linear equations in x and y.",
                },
            },
            "required": ["equations"],
        },
        "values": {
            "equations": "list:choice:x + y = 10|2x - y = 3|3x + 2y = 16|x - 4y = -2|5x + y = 7:2:3",
        },
        "requests": [
            "solve the system {equations}",
            "find x and y given {equations}",
            "simultaneous equations: {equations}",
            "what x and y satisfy {equations}?",
            "can you solve these together: {equations}",
            "{equations} - solve",
            "please work out the unknowns in {equations}",
            "my system is {equations}; what's the solution?",
        ],
        "similar": ["solve_for_x", "matrix_inverse"],
    },
    {
        "name": "differentiate_expression",
        "descriptions": [
            "Differentiate an expression with respect to x.",
            "Return the derivative of a function, optionally at a point.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "expression": {"type": "string", "description": "Function of x."},
                "order": {"type": "integer", "description": "Which derivative (1 for first)."},
                "at_x": {"type": "number", "description": "Evaluate the derivative at this x."},
            },
            "required": ["expression"],
        },
        "values": {
            "expression": "choice:x^3 - 4x|sin(x) * x|e^(2x)|ln(x) + x^2|3x^4 - x + 7|cos(3x)",
            "order": "int:1:3",
            "at_x": "float:-5:5:1",
        },
        "requests": [
            "differentiate {expression}[ at x = {at_x}]",
            "derivative of {expression}",
            "what's d/dx of {expression}[ when x is {at_x}]?",
            "take the derivative of {expression}[ - order {order}]",
            "can you find the slope function of {expression}[ evaluated at {at_x}]?",
            "{expression} - differentiate[ {order} times]",
            "[order {order}: ]derivative, {expression}",
            "how does {expression} change with x? give me the derivative",
        ],
        "similar": ["solve_for_x", "evaluate_expression"],
    },
    {
        "name": "matrix_determinant",
        "descriptions": [
            "Compute the determinant of a square matrix.",
            "Return det(A) for a matrix given row by row.",
        ],
        "parameters": {
            "type": "object",
            "properties": {"matrix": {"type": "string", "description": _MATRIX_DESC}},
            "required": ["matrix"],
        },
        "values": {"matrix": _SQUARE},
        "requests": [
            "determinant of {matrix}",
            "what's det of the matrix {matrix}?",
            "compute |A| where A = {matrix}",
            "find the determinant: rows {matrix}",
            "is {matrix} singular? give me the determinant",
            "det({matrix})",
            "can you calculate the determinant of ({matrix})?",
            "matrix {matrix} - determinant please",
        ],
        "similar": ["matrix_inverse", "multiply_matrices"],
    },
    {
        "name": "matrix_inverse",
        "descriptions": [
            "Invert a square matrix.",
            "Return the inverse of a matrix, if it has one.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "matrix": {"type": "string", "description": _MATRIX_DESC},
                "as_fractions": {"type": "boolean", "description": "Show entries as fractions."},
            },
            "required": ["matrix"],
        },
        "values": {"matrix": _SQUARE, "as_fractions": "bool"},
        "say": {
            "as_fractions": {
                "true": ["as fractions", "with exact fractions"],
                "false": ["as decimals", "in decimal form"],
            }
        },
        "requests": [
            "invert {matrix}[ {as_fractions}]",
            "inverse of the matrix {matrix}",
            "what's A^-1 for A = {matrix}?",
            "find the inverse of {matrix}[, {as_fractions}]",
            "can you invert the matrix with rows {matrix}?",
            "{matrix} inverse",
            "[{as_fractions}: ]inverse matrix of {matrix}",
            "I need the inverse of {matrix} to solve my system",
        ],
        "similar": ["matrix_determinant", "multiply_matrices", "solve_equation_system"],
    },
    {
        "name": "multiply_matrices",
        "descriptions": [
            "Multiply two matrices.",
            "Return the matrix product A times B.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "a": {"type": "string", "description": "Left matrix; " + _MATRIX_DESC},
                "b": {"type": "string", "description": "Right matrix; " + _MATRIX_DESC},
            },
            "required": ["a", "b"],
        },
        "values": {
            "a": "choice:1 2; 3 4|2 0; 1 3|0 1; 1 0|5 -1; 2 2",
            "b": "choice:4 3; 2 1|1 1; 0 1|2 5; -3 1|1 0; 0 1",
        },
        "requests": [
            "multiply {a} by {b}",
            "what's {a} times {b}?",
            "matrix product of {a} and {b}",
            "compute A·B with A = {a} and B = {b}",
            "can you multiply the matrices {a} and {b}?",
            "{a} x {b}",
            "please find AB where A is {a}, B is {b}",
            "product: left {a}, right {b}",
        ],
        "similar": ["matrix_determinant", "matrix_inverse"],
    },
]
