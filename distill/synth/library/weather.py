"""Weather: current conditions, daily and hourly forecasts, rain, air quality, sun times, alerts."""

DOMAIN = "weather"

_UNITS = {"type": "string", "enum": ["celsius", "fahrenheit"], "description": "Temperature unit."}
_UNITS_SAY = {"celsius": ["celsius", "°C"], "fahrenheit": ["fahrenheit", "°F"]}

TOOLS = [
    {
        "name": "current_conditions",
        "descriptions": [
            "Get the weather right now in a place.",
            "Report current temperature and sky conditions.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "city": {
                    "type": "string",
                    "description": "City to report on; the user's location if omitted.",
                },
                "units": _UNITS,
            },
            "required": [],
        },
        "values": {"city": "pool:city", "units": "enum"},
        "say": {"units": _UNITS_SAY},
        "requests": [
            "what's the weather like in {city}",
            "how warm is it in {city}[ in {units}]",
            "weather now",
            "is it cold out in {city}?",
            "current conditions for {city}",
            "tell me the temperature outside[ in {units}]",
            "what's it doing outside in {city}",
            "{city} weather[, {units}]",
        ],
        "indirect": ["I'm not sure whether I need a coat in {city} today"],
        "result": {
            "temperature": "int:-8:36",
            "conditions": "choice:sunny|cloudy|light rain|snow|windy|foggy",
        },
        "similar": ["daily_forecast"],
    },
    {
        "name": "daily_forecast",
        "descriptions": [
            "Get the forecast for the coming days.",
            "Forecast highs, lows and conditions for a city and date.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "City to forecast."},
                "date": {"type": "string", "description": "Day to forecast, YYYY-MM-DD."},
                "days": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 10,
                    "description": "Number of days from the date.",
                },
                "units": _UNITS,
            },
            "required": ["city"],
        },
        "values": {"city": "pool:city", "date": "date", "days": "int:2:7", "units": "enum"},
        "say": {"units": _UNITS_SAY},
        "requests": [
            "what's the forecast for {city}[ on {date}]",
            "weather in {city} for the next {days} days",
            "will it be nice in {city} on {date}",
            "{days}-day forecast for {city}[ in {units}]",
            "how's the weather looking in {city}[ on {date}]",
            "forecast {city}[, {units}]",
            "should I expect sun in {city} on {date}?",
        ],
        "indirect": ["we're driving to {city} on {date} and I'm not sure what to pack"],
        "result": {
            "high": "int:0:35",
            "low": "int:-10:20",
            "summary": "choice:mostly sunny|showers|overcast|thunderstorms|clear",
        },
        "similar": ["current_conditions", "rain_chance_by_hour"],
    },
    {
        "name": "rain_chance_by_hour",
        "descriptions": [
            "Get the hourly chance of rain.",
            "Tell when rain is likely over the next hours.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "city": {
                    "type": "string",
                    "description": "City to check; the user's location if omitted.",
                },
                "hours": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 48,
                    "description": "How many hours ahead.",
                },
            },
            "required": [],
        },
        "values": {"city": "pool:city", "hours": "int:2:24"},
        "requests": [
            "will it rain in {city}[ in the next {hours} hours]",
            "do I need an umbrella",
            "chance of rain over the next {hours} hours?",
            "when's it going to start raining in {city}",
            "hourly rain forecast[ for {city}]",
            "is rain coming in the next {hours} hours",
            "is it going to rain[ in {city}]",
            "rain in the next {hours} hours[ in {city}]?",
        ],
        "indirect": ["I just hung the laundry outside[ in {city}]..."],
        "result": {"peak_chance_percent": "int:0:100", "peak_hour": "time"},
    },
    {
        "name": "air_quality_report",
        "descriptions": [
            "Get the air quality index and main pollutant.",
            "Check how clean the air is in a city.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "City to check."},
                "include_pollen": {"type": "boolean", "description": "Also report pollen levels."},
            },
            "required": ["city"],
        },
        "values": {"city": "pool:city", "include_pollen": "bool"},
        "say": {
            "include_pollen": {"true": ["and pollen", "pollen too"], "false": ["no pollen info"]}
        },
        "requests": [
            "how's the air quality in {city}[, {include_pollen}]",
            "is the air safe to run in {city} today",
            "AQI for {city}",
            "check air pollution in {city}",
            "air quality {city}[ {include_pollen}]",
            "is it smoggy in {city}",
            "air quality in {city}",
            "is the air okay in {city} today[, {include_pollen}]",
        ],
        "result": {"aqi": "int:5:220", "main_pollutant": "choice:PM2.5|ozone|NO2|PM10"},
    },
    {
        "name": "sun_times",
        "descriptions": [
            "Get sunrise and sunset times.",
            "Tell when the sun rises and sets on a date.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "City."},
                "date": {"type": "string", "description": "Day, YYYY-MM-DD; today if omitted."},
            },
            "required": ["city"],
        },
        "values": {"city": "pool:city", "date": "date"},
        "requests": [
            "when's sunset in {city}[ on {date}]",
            "what time does the sun rise in {city}",
            "sunrise and sunset for {city}[ on {date}]",
            "how long is daylight in {city}[ on {date}]",
            "when does it get dark in {city}",
            "golden hour in {city}[, {date}]?",
            "sunset time in {city}[ on {date}]",
            "sunrise in {city}",
        ],
        "result": {"sunrise": "time", "sunset": "time"},
    },
    {
        "name": "severe_weather_alerts",
        "descriptions": [
            "List active severe weather warnings.",
            "Check for storm, flood or heat alerts in an area.",
        ],
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "description": "City to check."}},
            "required": ["city"],
        },
        "values": {"city": "pool:city"},
        "requests": [
            "any weather warnings for {city}",
            "is there a storm alert in {city}",
            "are there severe weather alerts around {city}",
            "should I worry about flooding in {city}",
            "check {city} for weather warnings",
            "is a heatwave warning out for {city}",
            "weather alerts for {city}",
            "anything dangerous weather-wise in {city}",
        ],
        "result": {
            "alerts": "int:0:2",
            "headline": "choice:wind advisory|flood watch|heat warning|none",
        },
    },
]
