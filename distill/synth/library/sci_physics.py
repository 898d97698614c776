"""Physics formula tools (energy, motion, waves, electricity, gravitation) for the offline
synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "physics"

TOOLS = [
    {
        "name": "kinetic_energy_of",
        "descriptions": [
            "Kinetic energy (½ m v²) of a moving mass, in joules.",
            "Energy of motion from mass in kg and speed in m/s.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "mass_kg": {"type": "number", "description": "Mass in kilograms."},
                "speed_ms": {"type": "number", "description": "Speed in metres per second."},
            },
            "required": ["mass_kg", "speed_ms"],
        },
        "values": {"mass_kg": "float:0.1:2000:1", "speed_ms": "float:0.5:100:1"},
        "requests": [
            "kinetic energy: {mass_kg} kg at {speed_ms} m/s",
            "how many joules does a {mass_kg} kg thing carry going {speed_ms} m/s?",
            "½mv² with m = {mass_kg} kg, v = {speed_ms} m/s",
            "KE for mass {mass_kg} kg, speed {speed_ms} m/s?",
            "a {mass_kg} kilogram cart rolls at {speed_ms} metres per second - its energy of motion?",
            "can you compute the kinetic energy if m is {mass_kg} kg and v is {speed_ms} m/s?",
            "{speed_ms} m/s, {mass_kg} kg → joules",
            "what's the KE of {mass_kg} kg moving {speed_ms} m/s",
        ],
        "similar": ["potential_energy_of", "momentum_of"],
    },
    {
        "name": "potential_energy_of",
        "descriptions": [
            "Gravitational potential energy (m g h) in joules.",
            "Stored energy of a mass lifted to a height.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "mass_kg": {"type": "number", "description": "Mass in kilograms."},
                "height_m": {"type": "number", "description": "Height in metres."},
                "planet": {
                    "type": "string",
                    "enum": ["earth", "moon", "mars", "jupiter"],
                    "description": "Body whose gravity applies (earth if omitted).",
                },
            },
            "required": ["mass_kg", "height_m"],
        },
        "values": {"mass_kg": "float:0.1:500:1", "height_m": "float:0.5:300:1", "planet": "enum"},
        "say": {
            "planet": {
                "earth": ["Earth"],
                "moon": ["the Moon"],
                "mars": ["Mars"],
                "jupiter": ["Jupiter"],
            }
        },
        "requests": [
            "potential energy of {mass_kg} kg at {height_m} m[ on {planet}]",
            "mgh for m = {mass_kg} kg, h = {height_m} m",
            "how much energy is stored lifting {mass_kg} kg up {height_m} metres[ on {planet}]?",
            "PE: {mass_kg} kg, {height_m} m",
            "a {mass_kg} kg crate sits on a {height_m} m shelf - potential energy?",
            "can you work out the gravitational PE of {mass_kg} kg raised {height_m} m[ on {planet}]?",
            "[on {planet}: ]{height_m} m high, {mass_kg} kg, joules?",
            "what's m·g·h when mass is {mass_kg} kg and height is {height_m} m",
        ],
        "similar": ["kinetic_energy_of", "free_fall_duration"],
    },
    {
        "name": "momentum_of",
        "descriptions": [
            "Linear momentum (m v) of a moving object.",
            "Momentum in kg·m/s from mass and velocity.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "mass_kg": {"type": "number", "description": "Mass in kilograms."},
                "speed_ms": {"type": "number", "description": "Velocity in metres per second."},
            },
            "required": ["mass_kg", "speed_ms"],
        },
        "values": {"mass_kg": "float:0.1:2000:1", "speed_ms": "float:0.5:100:1"},
        "requests": [
            "momentum of {mass_kg} kg at {speed_ms} m/s",
            "p = mv for {mass_kg} kg and {speed_ms} m/s",
            "what's the momentum when m = {mass_kg} kg, v = {speed_ms} m/s?",
            "a {mass_kg} kg ball travelling {speed_ms} m/s has how much momentum?",
            "mv: {mass_kg}, {speed_ms}",
            "can you give me the momentum of something weighing {mass_kg} kg moving {speed_ms} m/s?",
            "{mass_kg} kg × {speed_ms} m/s momentum",
            "linear momentum please - mass {mass_kg} kg, speed {speed_ms} m/s",
        ],
        "similar": ["kinetic_energy_of", "projectile_range"],
    },
    {
        "name": "free_fall_duration",
        "descriptions": [
            "Time for an object to fall from a height, ignoring air resistance.",
            "How long a drop takes from rest under gravity.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "height_m": {"type": "number", "description": "Drop height in metres."},
                "planet": {
                    "type": "string",
                    "enum": ["earth", "moon", "mars", "jupiter"],
                    "description": "Body whose gravity applies (earth if omitted).",
                },
            },
            "required": ["height_m"],
        },
        "values": {"height_m": "float:0.5:500:1", "planet": "enum"},
        "say": {
            "planet": {
                "earth": ["Earth"],
                "moon": ["the Moon"],
                "mars": ["Mars"],
                "jupiter": ["Jupiter"],
            }
        },
        "requests": [
            "how long does it take to fall {height_m} m[ on {planet}]?",
            "drop time from {height_m} metres",
            "if I let go of a rock at {height_m} m[ on {planet}], when does it land?",
            "free fall {height_m} m[, {planet}] - seconds?",
            "time to hit the ground from a height of {height_m} m",
            "can you compute fall duration for {height_m} metres[ on {planet}], no air drag?",
            "[{planet}: ]{height_m} m drop",
            "a phone slips off a {height_m} m balcony; how many seconds until it lands",
        ],
        "similar": ["potential_energy_of", "projectile_range"],
    },
    {
        "name": "projectile_range",
        "descriptions": [
            "Horizontal distance of a projectile on flat ground.",
            "Range of a launched object from launch speed and angle.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "speed_ms": {"type": "number", "description": "Launch speed in m/s."},
                "angle_degrees": {
                    "type": "number",
                    "description": "Launch angle above horizontal.",
                },
            },
            "required": ["speed_ms", "angle_degrees"],
        },
        "values": {"speed_ms": "float:1:120:1", "angle_degrees": "int:5:85"},
        "requests": [
            "range of a projectile at {speed_ms} m/s, {angle_degrees} degrees",
            "how far does a ball launched at {angle_degrees}° and {speed_ms} m/s go?",
            "kick at {speed_ms} m/s with a {angle_degrees} degree angle - landing distance?",
            "projectile: v0 {speed_ms}, θ {angle_degrees}",
            "can you find the horizontal distance for launch speed {speed_ms} m/s at {angle_degrees} degrees?",
            "{angle_degrees} deg, {speed_ms} m/s, flat ground: range",
            "where does it land if fired at {speed_ms} metres per second, angle {angle_degrees}°",
            "please compute the range, {speed_ms} m/s launch, {angle_degrees} degrees up",
        ],
        "similar": ["free_fall_duration", "momentum_of"],
    },
    {
        "name": "electric_power_from",
        "descriptions": [
            "Electrical power (P = V × I) in watts.",
            "Watts drawn by a device from its voltage and current.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "voltage": {"type": "number", "description": "Voltage in volts."},
                "current_amps": {"type": "number", "description": "Current in amperes."},
                "hours": {
                    "type": "number",
                    "description": "Running time in hours, to also give energy in kWh.",
                },
            },
            "required": ["voltage", "current_amps"],
        },
        "values": {
            "voltage": "int:5:400",
            "current_amps": "float:0.1:32:1",
            "hours": "float:0.5:24:1",
        },
        "requests": [
            "power at {voltage} V and {current_amps} A[ over {hours} hours]",
            "how many watts is {current_amps} amps at {voltage} volts?",
            "P = VI with V = {voltage}, I = {current_amps}",
            "my heater pulls {current_amps} A on {voltage} V - wattage?[ It runs {hours} h.]",
            "watts: {voltage}V × {current_amps}A",
            "can you compute the power of a {voltage} volt circuit carrying {current_amps} amps[ and the kWh for {hours} hours]?",
            "[{hours} h of use: ]{voltage} V, {current_amps} A",
            "what's the power draw at {current_amps} amperes, {voltage} volts",
        ],
        "similar": ["kinetic_energy_of", "convert_energy_units"],
    },
    {
        "name": "wavelength_from_frequency",
        "descriptions": [
            "Wavelength of a wave from its frequency and speed.",
            "Compute λ = v / f, for light or sound.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "frequency_hz": {"type": "number", "description": "Frequency in hertz."},
                "medium": {
                    "type": "string",
                    "enum": ["vacuum", "air", "water"],
                    "description": "What the wave travels through.",
                },
                "wave_type": {
                    "type": "string",
                    "enum": ["light", "sound"],
                    "description": "Electromagnetic or sound wave.",
                },
            },
            "required": ["frequency_hz", "wave_type"],
        },
        "values": {"frequency_hz": "float:20:100000:0", "medium": "enum", "wave_type": "enum"},
        "requests": [
            "wavelength of {wave_type} at {frequency_hz} Hz[ in {medium}]",
            "{frequency_hz} hertz {wave_type} - how long is the wave?",
            "λ for a {wave_type} wave of {frequency_hz} Hz",
            "what's the wavelength of a {frequency_hz} Hz {wave_type} wave[ through {medium}]?",
            "can you convert {frequency_hz} Hz to a wavelength for {wave_type}[ in {medium}]?",
            "{wave_type}, f = {frequency_hz} Hz[, {medium}]: wavelength",
            "[in {medium}, ]how long are the waves of {frequency_hz} Hz {wave_type}",
            "please compute the wavelength given frequency {frequency_hz} Hz ({wave_type})",
        ],
        "similar": ["projectile_range", "convert_speed"],
    },
    {
        "name": "gravity_force_between",
        "descriptions": [
            "Newtonian gravitational force between two masses.",
            "Attraction in newtons from two masses and their separation.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "mass_a_kg": {"type": "number", "description": "First mass in kilograms."},
                "mass_b_kg": {"type": "number", "description": "Second mass in kilograms."},
                "distance_m": {
                    "type": "number",
                    "description": "Centre-to-centre distance in metres.",
                },
            },
            "required": ["mass_a_kg", "mass_b_kg", "distance_m"],
        },
        "values": {
            "mass_a_kg": "float:1:100000:0",
            "mass_b_kg": "float:1:100000:0",
            "distance_m": "float:0.1:1000:1",
        },
        "requests": [
            "gravitational pull between {mass_a_kg} kg and {mass_b_kg} kg, {distance_m} m apart",
            "how strongly do {mass_a_kg} kg and {mass_b_kg} kg attract at {distance_m} metres?",
            "F = Gm1m2/r² with m1 {mass_a_kg}, m2 {mass_b_kg}, r {distance_m}",
            "newtons of gravity: masses {mass_a_kg} and {mass_b_kg} kg, distance {distance_m} m",
            "can you compute the attraction of two bodies ({mass_a_kg} kg, {mass_b_kg} kg) separated by {distance_m} m?",
            "{mass_a_kg} kg ↔ {mass_b_kg} kg @ {distance_m} m",
            "two boulders weigh {mass_a_kg} and {mass_b_kg} kg and sit {distance_m} m apart - what's the pull",
            "please find Newton's gravity force for {mass_a_kg} kg, {mass_b_kg} kg, {distance_m} m",
        ],
        "similar": ["potential_energy_of", "electric_power_from"],
    },
]
