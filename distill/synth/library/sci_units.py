"""Unit-conversion tools (length, weight, temperature, volume, speed, data size, energy, angle)
for the offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "unit_conversion"


def _converter(name, what, units, value_spec, requests, similar, descriptions):
    """One conversion tool: value, from_unit, to_unit (both enums of `units`)."""
    return {
        "name": name,
        "descriptions": descriptions,
        "parameters": {
            "type": "object",
            "properties": {
                "value": {"type": "number", "description": f"The {what} to convert."},
                "from_unit": {"type": "string", "enum": units, "description": "Unit it is in."},
                "to_unit": {"type": "string", "enum": units, "description": "Unit wanted."},
            },
            "required": ["value", "from_unit", "to_unit"],
        },
        "values": {"value": value_spec, "from_unit": "enum", "to_unit": "enum"},
        "requests": requests,
        "similar": similar,
    }


TOOLS = [
    _converter(
        "convert_length",
        "length",
        ["millimeters", "centimeters", "meters", "kilometers", "inches", "feet", "yards", "miles"],
        "float:0.1:5000:1",
        [
            "convert {value} {from_unit} to {to_unit}",
            "how many {to_unit} is {value} {from_unit}?",
            "{value} {from_unit} in {to_unit}",
            "what's {value} {from_unit} expressed in {to_unit}",
            "can you change {value} {from_unit} into {to_unit}?",
            "{value} {from_unit} → {to_unit}",
            "the sign says {value} {from_unit}; how far is that in {to_unit}?",
            "please turn {value} {from_unit} into {to_unit}",
        ],
        ["convert_speed", "convert_weight"],
        ["Convert a length or distance between units.", "Change metres, feet, miles and so on."],
    ),
    _converter(
        "convert_weight",
        "mass",
        ["grams", "kilograms", "ounces", "pounds", "stones", "tonnes"],
        "float:0.1:1000:1",
        [
            "convert {value} {from_unit} to {to_unit}",
            "how much is {value} {from_unit} in {to_unit}?",
            "{value} {from_unit} = ? {to_unit}",
            "I weigh {value} {from_unit} - what's that in {to_unit}?",
            "can you express {value} {from_unit} as {to_unit}?",
            "{from_unit} to {to_unit}: {value}",
            "the recipe says {value} {from_unit}, I only have a scale in {to_unit}",
            "turn {value} {from_unit} into {to_unit} please",
        ],
        ["convert_volume", "convert_length"],
        ["Convert a weight or mass between units.", "Change grams, kilos, pounds, ounces."],
    ),
    _converter(
        "convert_temperature",
        "temperature",
        ["celsius", "fahrenheit", "kelvin"],
        "float:-40:250:1",
        [
            "{value} degrees {from_unit} in {to_unit}",
            "convert {value} {from_unit} to {to_unit}",
            "what is {value} {from_unit} in {to_unit}?",
            "my oven says {value} {from_unit}; what's that in {to_unit}?",
            "{value}° {from_unit} → {to_unit}",
            "can you switch {value} {from_unit} over to {to_unit}?",
            "it's {value} {from_unit} outside, how much is that in {to_unit}",
            "temperature conversion: {value} from {from_unit} to {to_unit}",
        ],
        ["ideal_gas_pressure", "convert_energy_units"],
        [
            "Convert a temperature between Celsius, Fahrenheit and Kelvin.",
            "Change temperature scales.",
        ],
    ),
    _converter(
        "convert_volume",
        "volume",
        ["milliliters", "liters", "cups", "tablespoons", "teaspoons", "fluid ounces", "gallons"],
        "float:0.1:100:1",
        [
            "convert {value} {from_unit} to {to_unit}",
            "how many {to_unit} in {value} {from_unit}?",
            "{value} {from_unit} as {to_unit}",
            "the recipe wants {value} {from_unit}; what's that in {to_unit}?",
            "{value} {from_unit} = how many {to_unit}",
            "can you convert a volume of {value} {from_unit} into {to_unit}?",
            "{from_unit} → {to_unit}, {value} of them",
            "please express {value} {from_unit} in {to_unit}",
        ],
        ["convert_weight", "scale_recipe_servings"],
        [
            "Convert a volume between units, including kitchen measures.",
            "Change litres, cups, gallons.",
        ],
    ),
    _converter(
        "convert_speed",
        "speed",
        ["km/h", "mph", "m/s", "knots"],
        "float:1:300:1",
        [
            "{value} {from_unit} in {to_unit}",
            "convert {value} {from_unit} to {to_unit}",
            "how fast is {value} {from_unit} in {to_unit}?",
            "the limit is {value} {from_unit} - what's that in {to_unit}?",
            "speed {value} {from_unit} → {to_unit}",
            "can you change {value} {from_unit} into {to_unit}?",
            "what does {value} {from_unit} come to in {to_unit}",
            "wind at {value} {from_unit}; give it to me in {to_unit}",
        ],
        ["convert_length", "wavelength_from_frequency"],
        ["Convert a speed between km/h, mph, m/s and knots.", "Change units of speed."],
    ),
    _converter(
        "convert_data_size",
        "amount of data",
        [
            "bytes",
            "kilobytes",
            "megabytes",
            "gigabytes",
            "terabytes",
            "kibibytes",
            "mebibytes",
            "gibibytes",
        ],
        "float:1:100000:0",
        [
            "convert {value} {from_unit} to {to_unit}",
            "how many {to_unit} is {value} {from_unit}?",
            "{value} {from_unit} in {to_unit}",
            "my file is {value} {from_unit} - in {to_unit}?",
            "{value} {from_unit} → {to_unit}",
            "can you express {value} {from_unit} as {to_unit}?",
            "disk says {value} {from_unit}; what's that in {to_unit}",
            "data size: {value} {from_unit} to {to_unit} please",
        ],
        ["convert_number_base", "convert_length"],
        [
            "Convert data sizes between bytes, KB, MB, GB, TB and binary units.",
            "Change file-size units.",
        ],
    ),
    _converter(
        "convert_energy_units",
        "energy",
        ["joules", "kilojoules", "calories", "kilocalories", "kilowatt-hours", "BTU"],
        "float:0.1:10000:1",
        [
            "convert {value} {from_unit} to {to_unit}",
            "{value} {from_unit} in {to_unit}",
            "how many {to_unit} are {value} {from_unit}?",
            "my snack has {value} {from_unit}; what's that in {to_unit}?",
            "{value} {from_unit} → {to_unit}",
            "can you turn {value} {from_unit} into {to_unit}?",
            "energy conversion, {value} {from_unit} to {to_unit}",
            "what is {value} {from_unit} when written in {to_unit}",
        ],
        ["convert_temperature", "electric_power_from"],
        ["Convert energy between joules, calories, kWh and BTU.", "Change units of energy."],
    ),
    _converter(
        "convert_angle",
        "angle",
        ["degrees", "radians", "gradians", "turns"],
        "float:0.1:720:2",
        [
            "convert {value} {from_unit} to {to_unit}",
            "{value} {from_unit} in {to_unit}",
            "what's {value} {from_unit} in {to_unit}?",
            "how many {to_unit} is {value} {from_unit}",
            "{value} {from_unit} → {to_unit}",
            "can you express an angle of {value} {from_unit} in {to_unit}?",
            "my calculator is in {to_unit}; what's {value} {from_unit}?",
            "angle conversion please: {value} {from_unit} to {to_unit}",
        ],
        ["arc_length", "convert_length"],
        ["Convert an angle between degrees, radians, gradians and turns.", "Change angle units."],
    ),
]
