"""Fitness and health logging: workouts, steps, water, weight, meals and goals."""

DOMAIN = "fitness"

TOOLS = [
    {
        "name": "log_workout",
        "descriptions": [
            "Log a finished workout.",
            "Record an exercise session with its length and distance.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "activity": {"type": "string", "description": "Kind of workout."},
                "duration_minutes": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Length in minutes.",
                },
                "distance_km": {
                    "type": "number",
                    "minimum": 0,
                    "description": "Distance covered in kilometres.",
                },
                "effort": {
                    "type": "string",
                    "enum": ["easy", "moderate", "hard"],
                    "description": "How hard it felt.",
                },
            },
            "required": ["activity", "duration_minutes"],
        },
        "values": {
            "activity": "pool:workout",
            "duration_minutes": "int:10:120",
            "distance_km": "float:1:42:1",
            "effort": "enum",
        },
        "requests": [
            "log a {duration_minutes} minute {activity}[, {distance_km} km]",
            "I did {duration_minutes} minutes of {activity}[, it was {effort}]",
            "record {activity} for {duration_minutes} min",
            "add a workout: {activity}, {duration_minutes} minutes[, {distance_km} kilometres]",
            "just finished a {activity}, {duration_minutes} minutes",
            "track {duration_minutes} min {activity}[ at {effort} effort]",
            "{activity} {duration_minutes} minutes[ {distance_km}k] - log it",
        ],
        "indirect": ["phew, {duration_minutes} minutes of {activity} done[ and it was {effort}]"],
        "result": {"calories": "int:60:900", "weekly_total_minutes": "int:30:600"},
        "similar": ["start_workout_tracking"],
    },
    {
        "name": "start_workout_tracking",
        "descriptions": [
            "Start tracking a workout live.",
            "Begin recording an activity with GPS and heart rate.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "activity": {"type": "string", "description": "Kind of workout."},
                "target_minutes": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Planned length in minutes.",
                },
            },
            "required": ["activity"],
        },
        "values": {"activity": "pool:workout", "target_minutes": "int:10:90"},
        "requests": [
            "start a {activity}",
            "track my {activity}[ for {target_minutes} minutes]",
            "begin {activity} workout",
            "I'm starting a {activity} now[, aiming for {target_minutes} minutes]",
            "record this {activity}",
            "go - {activity}[, {target_minutes} min goal]",
            "I'm about to go for a {activity}, start tracking",
            "track a {activity} session[ of {target_minutes} minutes]",
        ],
        "similar": ["log_workout", "start_stopwatch"],
    },
    {
        "name": "get_step_count",
        "descriptions": ["Get the number of steps walked on a day.", "Report the step count."],
        "parameters": {
            "type": "object",
            "properties": {
                "date": {"type": "string", "description": "Day, YYYY-MM-DD; today if omitted."}
            },
            "required": [],
        },
        "values": {"date": "date"},
        "requests": [
            "how many steps today",
            "how many steps did I do on {date}",
            "step count[ for {date}]",
            "did I hit my steps[ on {date}]?",
            "how far have I walked today",
            "show my steps on {date}",
            "what's my step count",
            "steps on {date}?",
        ],
        "result": {"steps": "int:500:24000", "goal": "int:6000:12000"},
        "similar": ["set_step_goal"],
    },
    {
        "name": "set_step_goal",
        "descriptions": ["Set the daily step goal.", "Change how many steps a day to aim for."],
        "parameters": {
            "type": "object",
            "properties": {
                "steps": {
                    "type": "integer",
                    "minimum": 1000,
                    "maximum": 50000,
                    "description": "Daily target.",
                }
            },
            "required": ["steps"],
        },
        "values": {"steps": "int:3000:20000"},
        "requests": [
            "set my step goal to {steps}",
            "I want to walk {steps} steps a day",
            "change the daily goal to {steps} steps",
            "step target {steps}",
            "make my goal {steps} steps",
            "aim for {steps} steps daily",
            "new daily step goal: {steps}",
            "I'm aiming for {steps} steps every day now",
        ],
        "similar": ["get_step_count"],
    },
    {
        "name": "log_water",
        "descriptions": ["Log water drunk.", "Record a glass or bottle of water in millilitres."],
        "parameters": {
            "type": "object",
            "properties": {
                "millilitres": {
                    "type": "integer",
                    "minimum": 50,
                    "maximum": 2000,
                    "description": "Amount drunk in ml.",
                }
            },
            "required": ["millilitres"],
        },
        "values": {"millilitres": "int:100:1000"},
        "requests": [
            "log {millilitres} ml of water",
            "I drank {millilitres} millilitres",
            "add {millilitres} ml water",
            "water: {millilitres} ml",
            "track {millilitres}ml of water for me",
            "just had {millilitres} ml, log it",
            "drank {millilitres} ml just now",
            "put {millilitres} ml of water in my log",
        ],
    },
    {
        "name": "log_body_weight",
        "descriptions": ["Record body weight.", "Log today's weight in kilograms or pounds."],
        "parameters": {
            "type": "object",
            "properties": {
                "weight": {"type": "number", "exclusiveMinimum": 0, "description": "Weight value."},
                "unit": {
                    "type": "string",
                    "enum": ["kg", "lb"],
                    "description": "Unit of the weight.",
                },
            },
            "required": ["weight", "unit"],
        },
        "values": {"weight": "float:45:120:1", "unit": "enum"},
        "say": {"unit": {"kg": ["kg", "kilos"], "lb": ["lb", "pounds"]}},
        "requests": [
            "log my weight, {weight} {unit}",
            "I weigh {weight} {unit} today",
            "record {weight} {unit}",
            "weight: {weight} {unit}",
            "add a weigh-in of {weight} {unit}",
            "put down {weight} {unit} for today",
            "weighed in at {weight} {unit}",
            "note my weight: {weight} {unit}",
        ],
    },
    {
        "name": "log_meal_calories",
        "descriptions": ["Log a meal and its calories.", "Record what was eaten."],
        "parameters": {
            "type": "object",
            "properties": {
                "food": {"type": "string", "description": "What was eaten."},
                "meal": {
                    "type": "string",
                    "enum": ["breakfast", "lunch", "dinner", "snack"],
                    "description": "Which meal.",
                },
                "calories": {"type": "integer", "minimum": 0, "description": "Calories, if known."},
            },
            "required": ["food", "meal"],
        },
        "values": {"food": "pool:dish", "meal": "enum", "calories": "int:80:1200"},
        "requests": [
            "log {food} for {meal}[, {calories} calories]",
            "I had {food} for {meal}",
            "add {food} to {meal}",
            "{meal}: {food}[, about {calories} kcal]",
            "record {food} as my {meal}",
            "track my {meal} - {food}[ ({calories} calories)]",
            "for {meal} I ate {food}",
            "{food} at {meal}, log it[ - {calories} calories]",
        ],
        "similar": ["log_workout"],
    },
]
