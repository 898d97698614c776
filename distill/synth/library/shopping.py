"""Shopping: the shopping list, store search, the cart, reorders, parcels and returns."""

DOMAIN = "shopping"

TOOLS = [
    {
        "name": "add_to_shopping_list",
        "descriptions": [
            "Add items to a shopping list.",
            "Put groceries or other things on a list to buy.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "items": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Things to add.",
                },
                "list_name": {
                    "type": "string",
                    "description": "Which list; the default list if omitted.",
                },
                "quantity": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "How many of each item.",
                },
            },
            "required": ["items"],
        },
        "values": {
            "items": "list:pool:grocery:1:3",
            "list_name": "pool:shopping_list",
            "quantity": "int:2:6",
        },
        "requests": [
            "add {items} to my shopping list",
            "put {items} on the {list_name} list",
            "we need {items}[, put it on {list_name}]",
            "shopping list: {items}",
            "add [{quantity} of ]{items} to the list",
            "can you write down {items} for the next shop",
            "don't let me forget {items} at the store",
            "[on the {list_name} list, ]add {items}",
        ],
        "indirect": ["we just ran out of {items}", "I used the last of the {items} this morning"],
        "similar": ["remove_from_shopping_list", "add_to_cart"],
    },
    {
        "name": "remove_from_shopping_list",
        "descriptions": [
            "Remove items from a shopping list.",
            "Cross things off the shopping list.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "items": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Things to remove.",
                },
                "list_name": {"type": "string", "description": "Which list."},
            },
            "required": ["items"],
        },
        "values": {"items": "list:pool:grocery:1:2", "list_name": "pool:shopping_list"},
        "requests": [
            "take {items} off the shopping list",
            "remove {items} from {list_name}",
            "cross off {items}",
            "I got the {items}, remove it",
            "delete {items} from my list",
            "we don't need {items} anymore[ on the {list_name} list]",
            "scratch {items} off the list",
            "{items} can come off my shopping list",
        ],
        "similar": ["add_to_shopping_list"],
    },
    {
        "name": "search_store_catalog",
        "descriptions": [
            "Search an online store for products.",
            "Find products and prices by keyword.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "What to look for."},
                "max_price": {
                    "type": "number",
                    "minimum": 0,
                    "description": "Highest price wanted.",
                },
                "sort_by": {
                    "type": "string",
                    "enum": ["relevance", "price_low", "price_high", "rating"],
                    "description": "Result order.",
                },
                "store": {
                    "type": "string",
                    "description": "Store to search; all stores if omitted.",
                },
            },
            "required": ["query"],
        },
        "values": {
            "query": "pool:product",
            "max_price": "float:5:300:0",
            "sort_by": "enum",
            "store": "pool:store",
        },
        "say": {
            "sort_by": {
                "price_low": ["cheapest first", "lowest price first"],
                "price_high": ["most expensive first"],
                "rating": ["best rated first", "by rating"],
                "relevance": ["by relevance"],
            }
        },
        "requests": [
            "find {query}[ under {max_price}]",
            "search for {query}[ at {store}]",
            "how much is {query}[, {sort_by}]",
            "look up {query} online[ for less than {max_price}]",
            "shop for {query}[, sorted {sort_by}]",
            "I need {query}, what are my options[ at {store}]",
            "show me {query}[ below {max_price} dollars]",
            "search {store} for {query}",
            "find me {query}[ cheaper than {max_price}][, {sort_by}]",
        ],
        "result": {"results": "int:0:40", "cheapest": "float:2:250:2"},
        "similar": ["compare_prices"],
    },
    {
        "name": "add_to_cart",
        "descriptions": [
            "Add a product to the online shopping cart.",
            "Put an item in the cart to buy later.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "product": {"type": "string", "description": "Product to add."},
                "quantity": {"type": "integer", "minimum": 1, "description": "How many."},
            },
            "required": ["product"],
        },
        "values": {"product": "pool:product", "quantity": "int:1:5"},
        "requests": [
            "add {product} to my cart",
            "put [{quantity} of ]{product} in the basket",
            "I'll take {product}[, {quantity} of them]",
            "cart: {product}[ x{quantity}]",
            "order... well, just add {product} to the cart for now",
            "can you put {product} in my cart",
            "add {product} to the cart",
            "throw {product} into my basket[, {quantity} please]",
        ],
        "similar": ["add_to_shopping_list", "reorder_last_purchase"],
    },
    {
        "name": "compare_prices",
        "descriptions": [
            "Compare a product's price across stores.",
            "Find which store sells something cheapest.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "product": {"type": "string", "description": "Product to compare."},
                "include_shipping": {
                    "type": "boolean",
                    "description": "Include delivery costs in the comparison.",
                },
            },
            "required": ["product"],
        },
        "values": {"product": "pool:product", "include_shipping": "bool"},
        "say": {
            "include_shipping": {
                "true": ["with shipping", "including delivery"],
                "false": ["ignoring shipping"],
            }
        },
        "requests": [
            "where is {product} cheapest",
            "compare prices for {product}[ {include_shipping}]",
            "who has the best deal on {product}",
            "price comparison: {product}",
            "is {product} cheaper somewhere else[, {include_shipping}]",
            "find the lowest price for {product}",
            "compare {product} prices",
            "best price on {product}[ {include_shipping}]",
        ],
        "result": {"best_store": "pool:store", "price": "float:2:200:2"},
        "similar": ["search_store_catalog"],
    },
    {
        "name": "reorder_last_purchase",
        "descriptions": [
            "Reorder something bought before.",
            "Buy again a product from a past order.",
        ],
        "parameters": {
            "type": "object",
            "properties": {"product": {"type": "string", "description": "Product to buy again."}},
            "required": ["product"],
        },
        "values": {"product": "pool:product"},
        "requests": [
            "reorder {product}",
            "buy {product} again",
            "order the same {product} as last time",
            "get me another {product}",
            "we need more {product}, same one as before",
            "repeat my {product} order",
            "order {product} again",
            "reorder the {product} I got last time",
        ],
        "similar": ["add_to_cart"],
    },
    {
        "name": "track_package",
        "descriptions": [
            "Track a parcel's delivery status.",
            "Check where an order is and when it arrives.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "order_id": {"type": "string", "description": "Order number or tracking number."}
            },
            "required": ["order_id"],
        },
        "values": {"order_id": "pool:order_id"},
        "requests": [
            "where's my package {order_id}",
            "track order {order_id}",
            "when does {order_id} arrive",
            "status of {order_id}?",
            "has order {order_id} shipped yet",
            "check on my delivery, it's {order_id}",
            "track {order_id}",
            "where is order {order_id} right now",
        ],
        "result": {
            "status": "choice:in transit|out for delivery|delivered|label created",
            "eta": "date",
        },
        "similar": ["start_return"],
    },
    {
        "name": "start_return",
        "descriptions": ["Start a return for an order.", "Send an item back and request a refund."],
        "parameters": {
            "type": "object",
            "properties": {
                "order_id": {"type": "string", "description": "Order number."},
                "reason": {
                    "type": "string",
                    "enum": ["damaged", "wrong_item", "too_small", "too_large", "changed_mind"],
                    "description": "Why it's going back.",
                },
                "refund_method": {
                    "type": "string",
                    "enum": ["original_payment", "store_credit"],
                    "description": "How to refund.",
                },
            },
            "required": ["order_id", "reason"],
        },
        "values": {"order_id": "pool:order_id", "reason": "enum", "refund_method": "enum"},
        "say": {
            "reason": {
                "damaged": ["it arrived damaged", "damaged"],
                "wrong_item": ["they sent the wrong item", "wrong item"],
                "too_small": ["too small"],
                "too_large": ["too large", "too big"],
                "changed_mind": ["I changed my mind"],
            },
            "refund_method": {
                "original_payment": ["back to my card"],
                "store_credit": ["as store credit"],
            },
        },
        "requests": [
            "return order {order_id}, {reason}",
            "I want to send back {order_id} because {reason}[, refund {refund_method}]",
            "start a return for {order_id}: {reason}",
            "{order_id} is {reason}, return it",
            "can I return {order_id}? {reason}",
            "refund {order_id}[ {refund_method}], {reason}",
            "I need to return {order_id}, {reason}",
            "send {order_id} back - {reason}[, refund {refund_method}]",
        ],
        "similar": ["track_package"],
    },
]
