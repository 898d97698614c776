"""Recipe and nutrition tools (recipe search, steps, scaling, nutrition facts, meal log,
substitutions, calorie needs) for the offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "recipes_nutrition"

_RECIPES = "choice:shakshuka|mushroom risotto|chicken tikka masala|banana bread|pad thai|lentil soup|carbonara"
_DIETS = ["vegetarian", "vegan", "gluten_free", "dairy_free", "low_carb"]
_DIET_SAY = {"gluten_free": ["gluten-free"], "dairy_free": ["dairy-free"], "low_carb": ["low-carb"]}

TOOLS = [
    {
        "name": "recipes_by_ingredients",
        "descriptions": [
            "Suggest recipes that use the ingredients on hand.",
            "Search dishes by ingredients, diet and cooking time.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "ingredients": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Ingredients to use.",
                },
                "diet": {"type": "string", "enum": _DIETS, "description": "Dietary restriction."},
                "max_minutes": {"type": "integer", "description": "Longest total cooking time."},
            },
            "required": ["ingredients"],
        },
        "values": {
            "ingredients": "list:pool:ingredient:1:3",
            "diet": "enum",
            "max_minutes": "int:10:120",
        },
        "say": {"diet": _DIET_SAY},
        "requests": [
            "what can I cook with {ingredients}[ in under {max_minutes} minutes]?",
            "recipes using {ingredients}[, {diet}]",
            "I've got {ingredients} in the fridge - any ideas?",
            "find me a[ {diet}] dish with {ingredients}",
            "can you suggest something to make from {ingredients}[ that takes at most {max_minutes} min]?",
            "{ingredients} → recipe?",
            "[{diet}, ]dinner ideas with {ingredients}",
            "need to use up {ingredients}; what should I make",
        ],
        "similar": ["get_recipe_steps", "search_course_catalog"],
    },
    {
        "name": "get_recipe_steps",
        "descriptions": [
            "Get the ingredient list and method for a recipe.",
            "Show how to cook a named dish step by step.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "recipe": {"type": "string", "description": "Name of the dish."},
                "metric_units": {"type": "boolean", "description": "Use grams and millilitres."},
            },
            "required": ["recipe"],
        },
        "values": {"recipe": _RECIPES, "metric_units": "bool"},
        "say": {
            "metric_units": {
                "true": ["in metric", "with grams and ml"],
                "false": ["in cups", "US measures"],
            }
        },
        "requests": [
            "how do I make {recipe}[ {metric_units}]?",
            "recipe for {recipe}",
            "walk me through cooking {recipe}",
            "what's the method for {recipe}[, {metric_units}]?",
            "can you give me the steps for {recipe}?",
            "{recipe} instructions",
            "I'm making {recipe} tonight - what do I need and how",
            "[{metric_units}: ]{recipe}, full recipe please",
        ],
        "similar": ["recipes_by_ingredients", "scale_recipe_servings"],
    },
    {
        "name": "scale_recipe_servings",
        "descriptions": [
            "Rescale a recipe's quantities for a number of servings.",
            "Adjust ingredient amounts to feed more or fewer people.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "recipe": {"type": "string", "description": "Name of the dish."},
                "servings": {"type": "integer", "description": "Servings wanted."},
            },
            "required": ["recipe", "servings"],
        },
        "values": {"recipe": _RECIPES, "servings": "int:1:24"},
        "requests": [
            "scale {recipe} to {servings} servings",
            "I need {recipe} for {servings} people",
            "adjust the {recipe} recipe to serve {servings}",
            "how much of everything for {servings} portions of {recipe}?",
            "{recipe} x {servings} servings",
            "can you resize {recipe} so it feeds {servings}?",
            "we're {servings} for dinner - rescale {recipe}",
            "please convert {recipe} quantities for {servings} servings",
        ],
        "similar": ["get_recipe_steps", "convert_volume"],
    },
    {
        "name": "nutrition_facts",
        "descriptions": [
            "Calories and macronutrients for a portion of a food.",
            "Nutrition facts (kcal, protein, carbs, fat) for a food by weight.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "food": {"type": "string", "description": "Food name."},
                "grams": {"type": "integer", "description": "Portion weight in grams."},
                "include_micros": {
                    "type": "boolean",
                    "description": "Also list vitamins and minerals.",
                },
            },
            "required": ["food", "grams"],
        },
        "values": {"food": "pool:food", "grams": "int:10:600", "include_micros": "bool"},
        "say": {
            "include_micros": {
                "true": ["with vitamins and minerals", "including micronutrients"],
                "false": ["macros only", "just calories and macros"],
            }
        },
        "requests": [
            "how many calories in {grams} g of {food}?",
            "nutrition for {grams} grams of {food}[, {include_micros}]",
            "macros of {food}, {grams}g",
            "what's in a {grams} gram serving of {food}[ {include_micros}]?",
            "{food} {grams}g kcal",
            "can you give me protein, carbs and fat for {grams} g {food}?",
            "I ate {grams} g of {food} - what did that cost me calorie-wise",
            "[{include_micros}: ]{grams} g {food}",
        ],
        "similar": ["log_meal", "daily_calorie_need"],
    },
    {
        "name": "log_meal",
        "descriptions": [
            "Add a food entry to the user's food diary.",
            "Record what was eaten at a meal.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "food": {"type": "string", "description": "Food eaten."},
                "meal": {
                    "type": "string",
                    "enum": ["breakfast", "lunch", "dinner", "snack"],
                    "description": "Which meal.",
                },
                "grams": {"type": "integer", "description": "Portion weight in grams."},
                "date": {"type": "string", "description": "Day of the meal (today if omitted)."},
            },
            "required": ["food", "meal"],
        },
        "values": {"food": "pool:food", "meal": "enum", "grams": "int:10:600", "date": "date"},
        "requests": [
            "log {food} for {meal}[, {grams} g]",
            "I had {food} for {meal}[ on {date}]",
            "add[ {grams} grams of] {food} to my {meal}",
            "food diary: {meal} - {food}",
            "can you record {food} as my {meal}[, about {grams}g]?",
            "{meal}: {food}[ ({grams} g)][ {date}]",
            "please note down {food} at {meal}",
            "[on {date} ]ate {food} for {meal}",
        ],
        "similar": ["nutrition_facts", "log_symptom"],
    },
    {
        "name": "suggest_ingredient_swap",
        "descriptions": [
            "Suggest a substitute for an ingredient.",
            "Find a replacement ingredient for allergies, diets or an empty cupboard.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "ingredient": {"type": "string", "description": "Ingredient to replace."},
                "reason": {
                    "type": "string",
                    "enum": ["allergy", "vegan", "out_of_stock", "healthier"],
                    "description": "Why it is being replaced.",
                },
                "recipe": {"type": "string", "description": "Dish it is for."},
            },
            "required": ["ingredient"],
        },
        "values": {"ingredient": "pool:ingredient", "reason": "enum", "recipe": _RECIPES},
        "say": {
            "reason": {
                "out_of_stock": ["I ran out", "out of stock"],
                "vegan": ["vegan", "to make it vegan"],
            }
        },
        "requests": [
            "what can I use instead of {ingredient}[ in {recipe}]?",
            "substitute for {ingredient}[ - {reason}]",
            "replace {ingredient}[, reason: {reason}]",
            "I don't have {ingredient}; what works instead[ for {recipe}]?",
            "swap for {ingredient}[ ({reason})]",
            "can you suggest an alternative to {ingredient}?",
            "[{reason}: ]{ingredient} replacement",
            "is there something I could use in place of {ingredient}[ when making {recipe}]",
        ],
        "similar": ["recipes_by_ingredients", "get_recipe_steps"],
    },
    {
        "name": "daily_calorie_need",
        "descriptions": [
            "Estimate daily calorie needs from body stats and activity.",
            "How many kilocalories a day someone needs for a goal.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "age": {"type": "integer", "description": "Age in years."},
                "weight_kg": {"type": "number", "description": "Body weight in kilograms."},
                "height_cm": {"type": "integer", "description": "Height in centimetres."},
                "activity": {
                    "type": "string",
                    "enum": ["sedentary", "light", "moderate", "very_active"],
                    "description": "Typical activity level.",
                },
                "goal": {
                    "type": "string",
                    "enum": ["lose", "maintain", "gain"],
                    "description": "Weight goal.",
                },
            },
            "required": ["age", "weight_kg", "height_cm"],
        },
        "values": {
            "age": "int:16:85",
            "weight_kg": "float:40:150:1",
            "height_cm": "int:145:205",
            "activity": "enum",
            "goal": "enum",
        },
        "say": {
            "activity": {
                "sedentary": ["sedentary", "mostly sitting"],
                "light": ["lightly active"],
                "moderate": ["moderately active"],
                "very_active": ["very active", "training hard every day"],
            },
            "goal": {
                "lose": ["to lose weight", "to cut"],
                "maintain": ["to maintain my weight", "to stay the same"],
                "gain": ["to gain weight", "to bulk"],
            },
        },
        "requests": [
            "how many calories do I need? {age} years, {weight_kg} kg, {height_cm} cm[, {activity}]",
            "daily kcal for age {age}, weight {weight_kg} kg, height {height_cm} cm[ - I want {goal}]",
            "I'm {age}, {height_cm} cm and {weight_kg} kg[ and I'm {activity}]; calorie target?",
            "calorie needs: {age}y / {weight_kg}kg / {height_cm}cm",
            "can you estimate my daily energy needs? {age} years old, {weight_kg} kg, {height_cm} cm tall[, aiming {goal}]",
            "[{goal}: ]{age}, {weight_kg} kg, {height_cm} cm - how much should I eat",
            "what's a good calorie intake for a {age} year old at {weight_kg} kg and {height_cm} cm[ who is {activity}]?",
            "please work out TDEE: age {age}, {weight_kg} kilos, {height_cm} centimetres",
        ],
        "similar": ["nutrition_facts", "log_meal"],
    },
]
