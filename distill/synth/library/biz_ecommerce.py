"""E-commerce admin tools (inventory, orders, fulfilment, refunds, discounts) for the offline
synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "ecommerce_admin"

_ORDERS = "choice:#10482|#10517|#10933|#11206|#11874|#12050"
_WAREHOUSES = "choice:Rotterdam|Leeds|Dallas|Warsaw|Lyon"

TOOLS = [
    {
        "name": "check_stock_level",
        "descriptions": [
            "Check how many units of a product are in stock.",
            "Get inventory on hand for a product, optionally per warehouse.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "product": {"type": "string", "description": "Product name or SKU."},
                "warehouse": {"type": "string", "description": "Only this warehouse."},
            },
            "required": ["product"],
        },
        "values": {"product": "pool:product", "warehouse": _WAREHOUSES},
        "requests": [
            "how many {product} do we have in stock[ in {warehouse}]?",
            "stock level for {product}",
            "are we running low on {product}?",
            "check inventory of {product}[ at the {warehouse} warehouse]",
            "{product} - units on hand[ ({warehouse})]?",
            "can you see if {product} is in stock?",
            "[{warehouse}: ]{product} count",
            "is there any {product} left[ in {warehouse}]",
        ],
        "similar": ["adjust_inventory", "reorder_stock", "get_store_order"],
    },
    {
        "name": "adjust_inventory",
        "descriptions": [
            "Correct the stock count of a product up or down.",
            "Record an inventory adjustment with a reason.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "product": {"type": "string", "description": "Product name or SKU."},
                "quantity_change": {
                    "type": "integer",
                    "description": "Units to add (positive) or remove (negative).",
                },
                "reason": {
                    "type": "string",
                    "enum": ["restock", "damaged", "returned", "stock_count"],
                    "description": "Why the count changes.",
                },
            },
            "required": ["product", "quantity_change", "reason"],
        },
        "values": {"product": "pool:product", "quantity_change": "int:-50:200", "reason": "enum"},
        "say": {"reason": {"stock_count": ["stock count", "a stocktake"]}},
        "requests": [
            "adjust {product} by {quantity_change} ({reason})",
            "change stock of {product}: {quantity_change}, reason {reason}",
            "inventory adjustment - {product}, {quantity_change} units, {reason}",
            "{reason}: {product} {quantity_change}",
            "can you apply a {quantity_change} correction to {product}? it's {reason}",
            "please book {quantity_change} units of {product} as {reason}",
            "after the {reason}, {product} changes by {quantity_change}",
            "record {quantity_change} for {product} because of {reason}",
        ],
        "similar": ["check_stock_level", "reorder_stock"],
    },
    {
        "name": "reorder_stock",
        "descriptions": [
            "Place a purchase order with the supplier for a product.",
            "Order more units of a product to restock.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "product": {"type": "string", "description": "Product name or SKU."},
                "quantity": {"type": "integer", "description": "Units to order."},
                "warehouse": {"type": "string", "description": "Warehouse to deliver to."},
                "expedite": {"type": "boolean", "description": "Pay for faster supplier delivery."},
            },
            "required": ["product", "quantity"],
        },
        "values": {
            "product": "pool:product",
            "quantity": "int:10:5000",
            "warehouse": _WAREHOUSES,
            "expedite": "bool",
        },
        "say": {
            "expedite": {
                "true": ["rush it", "expedited"],
                "false": ["standard delivery is fine", "no rush"],
            }
        },
        "requests": [
            "reorder {quantity} {product}[ for {warehouse}]",
            "order {quantity} more units of {product}[, {expedite}]",
            "we need {quantity} {product} from the supplier[ - {expedite}]",
            "can you raise a purchase order for {quantity} x {product}?",
            "restock {product}: {quantity}[ → {warehouse}]",
            "please buy in {quantity} of {product}[ to be delivered to {warehouse}]",
            "[{expedite}: ]PO {product} {quantity}",
            "top up {product} with {quantity} units",
        ],
        "similar": ["adjust_inventory", "check_stock_level", "request_prescription_refill"],
    },
    {
        "name": "get_store_order",
        "descriptions": [
            "Look up a customer order in the shop admin.",
            "Show the items, payment and status of an order.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "order_id": {"type": "string", "description": "Order number."},
            },
            "required": ["order_id"],
        },
        "values": {"order_id": _ORDERS},
        "requests": [
            "show order {order_id}",
            "what's in order {order_id}?",
            "look up {order_id} for me",
            "status of order {order_id}",
            "can you pull up the details of {order_id}?",
            "{order_id}?",
            "a customer is asking about {order_id} - what's going on with it",
            "open order number {order_id} please",
        ],
        "similar": ["list_recent_orders", "track_shipment", "get_ticket_details"],
    },
    {
        "name": "list_recent_orders",
        "descriptions": [
            "List recent shop orders, optionally by status.",
            "Show the latest orders placed in the store.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "status": {
                    "type": "string",
                    "enum": ["pending", "paid", "shipped", "delivered", "refunded"],
                    "description": "Only orders in this status.",
                },
                "since": {
                    "type": "string",
                    "description": "Only orders placed on or after this date.",
                },
                "limit": {"type": "integer", "description": "Maximum orders returned."},
            },
            "required": [],
        },
        "values": {"status": "enum", "since": "date", "limit": "int:5:100"},
        "requests": [
            "list recent[ {status}] orders",
            "show me the last[ {limit}] orders",
            "what orders came in[ since {since}]?",
            "[{status} ]orders[ from {since} on]",
            "can you give me the order list[ - only {status} ones]?",
            "any new orders?",
            "pull up[ {limit}] orders[ placed since {since}]",
            "orders list[, status {status}][, since {since}]",
        ],
        "similar": ["get_store_order", "list_open_deals"],
    },
    {
        "name": "fulfill_store_order",
        "descriptions": [
            "Mark an order as shipped and attach tracking.",
            "Fulfil a shop order with carrier and tracking number.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "order_id": {"type": "string", "description": "Order number."},
                "carrier": {"type": "string", "description": "Carrier that took the parcel."},
                "tracking_number": {"type": "string", "description": "Tracking number."},
                "notify_customer": {"type": "boolean", "description": "Email the customer."},
            },
            "required": ["order_id"],
        },
        "values": {
            "order_id": _ORDERS,
            "carrier": "choice:DHL|UPS|FedEx|Royal Mail|PostNL",
            "tracking_number": "choice:1Z999AA10123456784|JD014600006281234567|794608811234",
            "notify_customer": "bool",
        },
        "say": {
            "notify_customer": {
                "true": ["and email the customer", "let the buyer know"],
                "false": ["don't email the customer", "no notification"],
            }
        },
        "requests": [
            "fulfil {order_id}[ via {carrier}][, tracking {tracking_number}]",
            "mark order {order_id} as shipped[ {notify_customer}]",
            "{order_id} went out[ with {carrier}][ - tracking {tracking_number}]",
            "can you fulfill order {order_id}?",
            "ship {order_id}[, {notify_customer}]",
            "please set {order_id} to fulfilled[, carrier {carrier}]",
            "[{carrier}: ]{order_id} dispatched",
            "order {order_id} is packed and gone[; the tracking number is {tracking_number}]",
        ],
        "similar": ["create_shipment", "cancel_store_order"],
    },
    {
        "name": "issue_order_refund",
        "descriptions": [
            "Refund an order fully or partly.",
            "Give a customer their money back for an order.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "order_id": {"type": "string", "description": "Order number."},
                "amount": {
                    "type": "number",
                    "description": "Amount to refund (full order if omitted).",
                },
                "reason": {
                    "type": "string",
                    "enum": ["damaged", "wrong_item", "late_delivery", "changed_mind"],
                    "description": "Reason for the refund.",
                },
                "restock": {"type": "boolean", "description": "Put the items back into stock."},
            },
            "required": ["order_id", "reason"],
        },
        "values": {
            "order_id": _ORDERS,
            "amount": "float:1:800:2",
            "reason": "enum",
            "restock": "bool",
        },
        "say": {
            "reason": {
                "wrong_item": ["wrong item", "they got the wrong item"],
                "late_delivery": ["late delivery", "it arrived late"],
                "changed_mind": ["changed their mind", "customer changed mind"],
            },
            "restock": {
                "true": ["and restock the items", "put the stock back"],
                "false": ["don't restock", "no restock"],
            },
        },
        "requests": [
            "refund {order_id}[ {amount}] - {reason}",
            "give the customer on {order_id} their money back, {reason}[, {restock}]",
            "refund[ {amount} on] order {order_id} because {reason}",
            "{order_id}: {reason}, refund[ {amount}]",
            "can you process a refund for {order_id}? reason {reason}[ - {restock}]",
            "please refund order {order_id} ({reason})",
            "[{restock}, ]refund {order_id} for {reason}",
            "customer says {reason} on {order_id}; refund them[ {amount}]",
        ],
        "similar": ["cancel_store_order", "create_credit_note", "dispute_card_transaction"],
    },
    {
        "name": "cancel_store_order",
        "descriptions": [
            "Cancel an order that hasn't shipped yet.",
            "Stop an unshipped shop order before fulfilment.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "order_id": {"type": "string", "description": "Order number."},
                "reason": {"type": "string", "description": "Cancellation reason."},
            },
            "required": ["order_id"],
        },
        "values": {
            "order_id": _ORDERS,
            "reason": "choice:customer request|payment failed|out of stock|suspected fraud",
        },
        "requests": [
            "cancel order {order_id}[ - {reason}]",
            "stop {order_id} before it ships",
            "{order_id} needs cancelling[, {reason}]",
            "can you cancel {order_id}?",
            "please void order {order_id}[ due to {reason}]",
            "kill {order_id}",
            "[{reason}: ]cancel {order_id}",
            "don't send {order_id}, cancel it",
        ],
        "similar": ["issue_order_refund", "void_invoice", "cancel_travel_booking"],
    },
    {
        "name": "create_discount_code",
        "descriptions": [
            "Create a percentage discount code for the shop.",
            "Make a promo code, optionally limited to some products.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "code": {"type": "string", "description": "The code customers type."},
                "percent_off": {"type": "integer", "description": "Discount in percent."},
                "expires_on": {"type": "string", "description": "Last valid date."},
                "products": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Only these products are discounted.",
                },
            },
            "required": ["code", "percent_off"],
        },
        "values": {
            "code": "choice:SPRING20|WELCOME10|VIPSALE|FLASH30|BACK2SCHOOL",
            "percent_off": "int:5:70",
            "expires_on": "date",
            "products": "list:pool:product:1:3",
        },
        "requests": [
            "create code {code} for {percent_off}% off[ until {expires_on}]",
            "new discount {code}, {percent_off} percent[, only on {products}]",
            "make a promo code {code} worth {percent_off}% off",
            "can you set up {code} giving {percent_off}% discount[ that expires {expires_on}]?",
            "{code} = {percent_off}% off[ {products}]",
            "please add discount code {code} ({percent_off}%)[, valid through {expires_on}]",
            "[for {products}: ]{percent_off} percent off with {code}",
            "I want customers to get {percent_off}% off when they type {code}",
        ],
        "similar": ["issue_order_refund", "create_email_campaign"],
    },
]
