"""Currency: converting amounts, exchange rates (today and past) and rate alerts."""

DOMAIN = "currency"

_CODE = {"type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO 4217 currency code."}

TOOLS = [
    {
        "name": "convert_money_amount",
        "descriptions": [
            "Convert an amount from one currency to another.",
            "Work out what a sum is worth in another currency.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "amount": {"type": "number", "description": "Amount to convert."},
                "from_currency": {**_CODE, "description": "Currency of the amount (ISO 4217)."},
                "to_currency": {**_CODE, "description": "Currency to convert into (ISO 4217)."},
            },
            "required": ["amount", "from_currency", "to_currency"],
        },
        "values": {
            "amount": "float:1:5000:2",
            "from_currency": "pool:currency",
            "to_currency": "pool:currency",
        },
        "requests": [
            "convert {amount} {from_currency} to {to_currency}",
            "how much is {amount} {from_currency} in {to_currency}",
            "{amount} {from_currency} to {to_currency}",
            "what's {amount} {from_currency} worth in {to_currency}",
            "change {amount} from {from_currency} into {to_currency}",
            "if I have {amount} in {from_currency}, how many {to_currency} is that",
            "{from_currency} {amount} in {to_currency}?",
        ],
        "indirect": ["the hotel says {amount} {from_currency}, and my card is in {to_currency}"],
        "result": {"converted": "float:1:9000:2", "rate": "float:0.01:200:4"},
        "similar": ["lookup_exchange_rate"],
    },
    {
        "name": "lookup_exchange_rate",
        "descriptions": [
            "Get the current exchange rate between two currencies.",
            "Look up a currency pair's rate.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "base": {**_CODE, "description": "Currency being priced (ISO 4217)."},
                "quote": {**_CODE, "description": "Currency the price is given in (ISO 4217)."},
            },
            "required": ["base", "quote"],
        },
        "values": {"base": "pool:currency", "quote": "pool:currency"},
        "requests": [
            "what's the {base} to {quote} rate",
            "exchange rate {base}/{quote}",
            "how many {quote} for one {base}",
            "rate for {base} in {quote} today",
            "what is {base} trading at against {quote}",
            "{base} {quote} rate?",
            "one {base} is how many {quote} right now",
            "check the {base} rate against {quote}",
        ],
        "result": {"rate": "float:0.01:200:4"},
        "similar": ["convert_money_amount", "historical_exchange_rate"],
    },
    {
        "name": "historical_exchange_rate",
        "descriptions": [
            "Get an exchange rate on a past date.",
            "Look up what a currency pair was worth on a given day.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "base": {**_CODE, "description": "Currency being priced (ISO 4217)."},
                "quote": {**_CODE, "description": "Currency the price is given in (ISO 4217)."},
                "date": {"type": "string", "description": "Day, YYYY-MM-DD."},
            },
            "required": ["base", "quote", "date"],
        },
        "values": {"base": "pool:currency", "quote": "pool:currency", "date": "date"},
        "requests": [
            "what was {base} to {quote} on {date}",
            "{base}/{quote} rate on {date}",
            "exchange rate from {base} to {quote} back on {date}",
            "how many {quote} was a {base} on {date}",
            "on {date}, what did {base} trade at in {quote}",
            "historical rate {base} {quote} {date}",
            "back on {date}, how much {quote} did one {base} get you",
            "look up {base} versus {quote} for {date}",
        ],
        "result": {"rate": "float:0.01:200:4"},
        "similar": ["lookup_exchange_rate"],
    },
    {
        "name": "create_rate_alert",
        "descriptions": [
            "Alert the user when an exchange rate crosses a level.",
            "Watch a currency pair for a target rate.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "base": {**_CODE, "description": "Currency being priced (ISO 4217)."},
                "quote": {**_CODE, "description": "Currency the price is given in (ISO 4217)."},
                "target": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "description": "Rate that triggers the alert.",
                },
                "direction": {
                    "type": "string",
                    "enum": ["above", "below"],
                    "description": "Alert when the rate goes above or below the target.",
                },
            },
            "required": ["base", "quote", "target", "direction"],
        },
        "values": {
            "base": "pool:currency",
            "quote": "pool:currency",
            "target": "float:0.5:150:2",
            "direction": "enum",
        },
        "say": {
            "direction": {
                "above": ["above", "over", "higher than"],
                "below": ["below", "under", "lower than"],
            }
        },
        "requests": [
            "tell me when {base}/{quote} goes {direction} {target}",
            "alert me if {base} to {quote} is {direction} {target}",
            "set a rate alert: {base} {quote} {direction} {target}",
            "watch {base} against {quote} and ping me {direction} {target}",
            "notify me once one {base} buys {direction} {target} {quote}",
            "rate alert {base}/{quote} {direction} {target}",
            "ping me when {base} in {quote} is {direction} {target}",
            "keep an eye on {base}/{quote}, tell me if it's {direction} {target}",
        ],
        "indirect": ["I'll change my {base} into {quote} once it's {direction} {target}"],
    },
]
