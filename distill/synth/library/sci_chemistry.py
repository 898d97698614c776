"""Chemistry tools (molar mass, moles, equations, elements, pH, dilution, gases) for the
offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "chemistry"

_FORMULAS = "choice:H2O|NaCl|C6H12O6|CO2|H2SO4|CaCO3|NH3|C2H5OH"

TOOLS = [
    {
        "name": "molar_mass_of",
        "descriptions": [
            "Molar mass of a compound from its formula, in g/mol.",
            "Add up atomic masses for a chemical formula.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "formula": {"type": "string", "description": "Chemical formula, e.g. H2SO4."},
            },
            "required": ["formula"],
        },
        "values": {"formula": _FORMULAS},
        "requests": [
            "molar mass of {formula}",
            "how many grams per mole is {formula}?",
            "what does one mole of {formula} weigh?",
            "g/mol for {formula}",
            "can you add up the atomic masses in {formula}?",
            "{formula} molecular weight",
            "I need the molar mass of {formula} for my lab",
            "please give me M({formula})",
        ],
        "similar": ["grams_to_moles", "element_lookup"],
    },
    {
        "name": "grams_to_moles",
        "descriptions": [
            "Convert a mass of a substance in grams to moles.",
            "How many moles are in a given number of grams of a compound.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "formula": {"type": "string", "description": "Chemical formula."},
                "grams": {"type": "number", "description": "Mass in grams."},
                "also_molecules": {
                    "type": "boolean",
                    "description": "Also give the number of molecules.",
                },
            },
            "required": ["formula", "grams"],
        },
        "values": {"formula": _FORMULAS, "grams": "float:0.5:500:1", "also_molecules": "bool"},
        "say": {
            "also_molecules": {
                "true": ["and the number of molecules", "plus molecule count"],
                "false": ["moles only", "no molecule count"],
            }
        },
        "requests": [
            "how many moles in {grams} g of {formula}[ {also_molecules}]?",
            "convert {grams} grams of {formula} to moles",
            "{grams} g {formula} → mol",
            "I weighed out {grams} g of {formula}; how many moles is that[, {also_molecules}]?",
            "moles of {formula} for a {grams} gram sample",
            "can you turn {grams} g of {formula} into moles?",
            "[{also_molecules}: ]{formula}, {grams} grams",
            "amount of substance in {grams} g {formula}",
        ],
        "similar": ["molar_mass_of", "solution_dilution"],
    },
    {
        "name": "balance_chemical_equation",
        "descriptions": [
            "Balance a chemical equation.",
            "Find stoichiometric coefficients for a reaction.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "equation": {"type": "string", "description": "Unbalanced equation with ->."},
            },
            "required": ["equation"],
        },
        "values": {
            "equation": "choice:H2 + O2 -> H2O|Fe + O2 -> Fe2O3|C3H8 + O2 -> CO2 + H2O|Al + HCl -> AlCl3 + H2|N2 + H2 -> NH3|KClO3 -> KCl + O2",
        },
        "requests": [
            "balance {equation}",
            "can you balance this reaction: {equation}",
            "what are the coefficients for {equation}?",
            "{equation} - balanced please",
            "stoichiometry for {equation}",
            "help me balance the equation {equation}",
            "I keep getting {equation} wrong; balance it",
            "balanced form of {equation}?",
        ],
        "similar": ["molar_mass_of", "solve_equation_system"],
    },
    {
        "name": "element_lookup",
        "descriptions": [
            "Look up a property of a chemical element.",
            "Periodic-table facts for an element symbol.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "symbol": {"type": "string", "description": "Element symbol, e.g. Fe."},
                "property": {
                    "type": "string",
                    "enum": [
                        "atomic_number",
                        "atomic_mass",
                        "electron_configuration",
                        "melting_point",
                        "group",
                    ],
                    "description": "Which property to return.",
                },
            },
            "required": ["symbol", "property"],
        },
        "values": {"symbol": "choice:Fe|Na|Cu|Au|O|Cl|Si|He|Zn|Ag", "property": "enum"},
        "say": {
            "property": {
                "atomic_number": ["atomic number"],
                "atomic_mass": ["atomic mass", "atomic weight"],
                "electron_configuration": ["electron configuration"],
                "melting_point": ["melting point"],
            }
        },
        "requests": [
            "what's the {property} of {symbol}?",
            "{symbol} {property}",
            "look up {property} for {symbol}",
            "periodic table: {symbol}, {property}",
            "can you tell me the {property} of the element {symbol}?",
            "I need {symbol}'s {property}",
            "{property}? element {symbol}",
            "please find the {property} for {symbol}",
        ],
        "similar": ["molar_mass_of", "get_country_facts"],
    },
    {
        "name": "ph_from_concentration",
        "descriptions": [
            "pH of a solution from its hydrogen-ion concentration.",
            "Compute pH (and optionally pOH) from [H+] in mol/L.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "h_concentration": {"type": "number", "description": "H+ concentration in mol/L."},
                "include_poh": {"type": "boolean", "description": "Also return pOH."},
            },
            "required": ["h_concentration"],
        },
        "values": {"h_concentration": "float:0.0001:0.5:4", "include_poh": "bool"},
        "say": {
            "include_poh": {
                "true": ["and the pOH", "plus pOH"],
                "false": ["pH only", "no pOH"],
            }
        },
        "requests": [
            "pH if H+ is {h_concentration} M[ {include_poh}]",
            "what's the pH of a solution with {h_concentration} mol/L hydrogen ions?",
            "H+ = {h_concentration} - pH?",
            "acidity for a hydrogen ion concentration of {h_concentration}[, {include_poh}]",
            "can you get the pH from {h_concentration} mol per litre of H+?",
            "[{include_poh}: ]{h_concentration} M H+",
            "my titration gives an H+ level of {h_concentration}; pH please",
            "convert {h_concentration} molar H+ to pH",
        ],
        "similar": ["solution_dilution", "element_lookup"],
    },
    {
        "name": "solution_dilution",
        "descriptions": [
            "Volume needed to dilute a stock solution (C1V1 = C2V2).",
            "How much final volume gives a target concentration.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "stock_molarity": {
                    "type": "number",
                    "description": "Starting concentration in mol/L.",
                },
                "stock_volume_ml": {"type": "number", "description": "Stock volume used, in mL."},
                "target_molarity": {
                    "type": "number",
                    "description": "Wanted concentration in mol/L.",
                },
            },
            "required": ["stock_molarity", "stock_volume_ml", "target_molarity"],
        },
        "values": {
            "stock_molarity": "float:1:12:1",
            "stock_volume_ml": "int:5:500",
            "target_molarity": "float:0.05:0.9:2",
        },
        "requests": [
            "dilute {stock_volume_ml} mL of {stock_molarity} M down to {target_molarity} M - final volume?",
            "C1V1=C2V2: C1 {stock_molarity}, V1 {stock_volume_ml} mL, C2 {target_molarity}",
            "I have {stock_volume_ml} ml of {stock_molarity} molar stock and want {target_molarity} molar; how much total?",
            "how far do I dilute {stock_volume_ml} mL at {stock_molarity} M to reach {target_molarity} M?",
            "dilution: {stock_molarity} M → {target_molarity} M using {stock_volume_ml} mL",
            "can you work out the final volume when {stock_volume_ml} mL of {stock_molarity} mol/L is diluted to {target_molarity} mol/L?",
            "target {target_molarity} M from {stock_volume_ml} mL of {stock_molarity} M stock",
            "please size a dilution - stock {stock_molarity} M, {stock_volume_ml} mL, goal {target_molarity} M",
        ],
        "similar": ["grams_to_moles", "ideal_gas_pressure"],
    },
    {
        "name": "ideal_gas_pressure",
        "descriptions": [
            "Pressure of an ideal gas from moles, temperature and volume (PV = nRT).",
            "Use the ideal gas law to get pressure in kPa.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "moles": {"type": "number", "description": "Amount of gas in moles."},
                "temperature_k": {"type": "number", "description": "Temperature in kelvin."},
                "volume_l": {"type": "number", "description": "Volume in litres."},
            },
            "required": ["moles", "temperature_k", "volume_l"],
        },
        "values": {
            "moles": "float:0.1:10:2",
            "temperature_k": "float:200:600:1",
            "volume_l": "float:0.5:100:1",
        },
        "requests": [
            "pressure of {moles} mol of gas at {temperature_k} K in {volume_l} L",
            "PV=nRT: n {moles}, T {temperature_k} K, V {volume_l} L - find P",
            "a {volume_l} litre tank holds {moles} moles at {temperature_k} kelvin; what's the pressure?",
            "ideal gas, {moles} mol, {temperature_k} K, {volume_l} L",
            "can you compute P for {moles} moles in {volume_l} litres at {temperature_k} K?",
            "how much pressure do {moles} mol exert in {volume_l} L at {temperature_k} K",
            "gas pressure question - {moles} mol at {temperature_k} K in a {volume_l} L flask",
            "please solve for pressure: moles {moles}, temp {temperature_k} K, volume {volume_l} L",
        ],
        "similar": ["solution_dilution", "convert_temperature"],
    },
]
