"""Stock-market and portfolio tools (quotes, history, holdings, orders, alerts) for the offline
synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "stocks_portfolio"

_TICKERS = "choice:AAPL|MSFT|NVDA|TSLA|AMZN|ASML|SAP|TM|NFLX|KO"
_PORTFOLIOS = "choice:retirement|long-term|tech picks|kids savings|dividend"

TOOLS = [
    {
        "name": "get_stock_quote",
        "descriptions": [
            "Get the latest price of a stock.",
            "Return the live quote for a ticker symbol.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "ticker": {"type": "string", "description": "Ticker symbol."},
                "include_after_hours": {
                    "type": "boolean",
                    "description": "Include the after-hours price.",
                },
            },
            "required": ["ticker"],
        },
        "values": {"ticker": _TICKERS, "include_after_hours": "bool"},
        "say": {
            "include_after_hours": {
                "true": ["including after-hours", "with the after-hours price"],
                "false": ["regular session only", "no after-hours"],
            }
        },
        "requests": [
            "what's {ticker} trading at?",
            "quote {ticker}[, {include_after_hours}]",
            "price of {ticker} right now",
            "how much is a share of {ticker} today[ {include_after_hours}]?",
            "{ticker}?",
            "can you check the current {ticker} stock price?",
            "where is {ticker} at[ ({include_after_hours})]",
            "give me the latest quote for {ticker}",
        ],
        "similar": ["get_stock_history", "set_price_alert", "get_portfolio_summary"],
    },
    {
        "name": "get_stock_history",
        "descriptions": [
            "Get historical prices of a stock between two dates.",
            "Return a ticker's price history at daily, weekly or monthly intervals.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "ticker": {"type": "string", "description": "Ticker symbol."},
                "start_date": {"type": "string", "description": "First date."},
                "end_date": {"type": "string", "description": "Last date."},
                "interval": {
                    "type": "string",
                    "enum": ["daily", "weekly", "monthly"],
                    "description": "Spacing between price points.",
                },
            },
            "required": ["ticker", "start_date", "end_date"],
        },
        "values": {
            "ticker": _TICKERS,
            "start_date": "date",
            "end_date": "date",
            "interval": "enum",
        },
        "requests": [
            "show {ticker} prices from {start_date} to {end_date}[, {interval}]",
            "how did {ticker} move between {start_date} and {end_date}?",
            "{ticker} history {start_date} - {end_date}",
            "can I get[ {interval}] closing prices for {ticker} from {start_date} until {end_date}?",
            "chart {ticker} over {start_date} to {end_date}",
            "pull the price history of {ticker}, {start_date} through {end_date}[, {interval} points]",
            "what was {ticker} doing from {start_date} to {end_date}",
            "[{interval} ]{ticker} data, {start_date} → {end_date}",
        ],
        "similar": ["get_stock_quote", "compare_stock_returns"],
    },
    {
        "name": "compare_stock_returns",
        "descriptions": [
            "Compare the returns of several stocks over a period.",
            "Rank tickers by performance over 1 month to 5 years.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "tickers": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Ticker symbols to compare.",
                },
                "period": {
                    "type": "string",
                    "enum": ["1m", "3m", "6m", "1y", "5y"],
                    "description": "Look-back period.",
                },
            },
            "required": ["tickers", "period"],
        },
        "values": {
            "tickers": "list:choice:AAPL|MSFT|NVDA|TSLA|AMZN|ASML|SAP|KO:2:3",
            "period": "enum",
        },
        "say": {
            "period": {
                "1m": ["one month", "the past month"],
                "3m": ["three months", "the last 3 months"],
                "6m": ["six months", "half a year"],
                "1y": ["one year", "the past year"],
                "5y": ["five years", "the last 5 years"],
            }
        },
        "requests": [
            "compare {tickers} over {period}",
            "which did better over {period}: {tickers}?",
            "returns for {tickers}, {period}",
            "how have {tickers} performed over {period}?",
            "can you rank {tickers} by return for {period}?",
            "{period} performance of {tickers} side by side",
            "I'm choosing between {tickers} - show their returns over {period}",
            "please line up {tickers} for {period}",
        ],
        "similar": ["get_stock_history", "compare_kpi_periods"],
    },
    {
        "name": "add_portfolio_holding",
        "descriptions": [
            "Add shares of a stock to a tracked portfolio.",
            "Record a position in a portfolio with its cost.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "ticker": {"type": "string", "description": "Ticker symbol."},
                "shares": {"type": "integer", "description": "Number of shares."},
                "cost_per_share": {"type": "number", "description": "Purchase price per share."},
                "portfolio": {"type": "string", "description": "Portfolio to add it to."},
            },
            "required": ["ticker", "shares"],
        },
        "values": {
            "ticker": _TICKERS,
            "shares": "int:1:500",
            "cost_per_share": "float:5:900:2",
            "portfolio": _PORTFOLIOS,
        },
        "requests": [
            "add {shares} shares of {ticker} to my portfolio[ at {cost_per_share}]",
            "track {shares} {ticker}[ in {portfolio}]",
            "I bought {shares} {ticker}[ for {cost_per_share} each] - add it",
            "put {shares} shares of {ticker} in my[ {portfolio}] portfolio",
            "can you record a {ticker} position of {shares} shares?",
            "holding: {ticker} x{shares}[ @ {cost_per_share}][ ({portfolio})]",
            "please log {shares} {ticker} shares[ bought at {cost_per_share} per share]",
            "[{portfolio}: ]new holding {ticker}, {shares} shares",
        ],
        "similar": ["place_stock_order", "get_portfolio_summary"],
    },
    {
        "name": "get_portfolio_summary",
        "descriptions": [
            "Summarise a portfolio's value and gains.",
            "Show holdings, total value and profit for a portfolio.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "portfolio": {"type": "string", "description": "Portfolio to summarise."},
                "include_dividends": {
                    "type": "boolean",
                    "description": "Count dividends in the return.",
                },
            },
            "required": ["portfolio"],
        },
        "values": {"portfolio": _PORTFOLIOS, "include_dividends": "bool"},
        "say": {
            "include_dividends": {
                "true": ["including dividends", "with dividends counted"],
                "false": ["excluding dividends", "price return only"],
            }
        },
        "requests": [
            "how's my {portfolio} portfolio doing[ {include_dividends}]?",
            "summary of {portfolio}",
            "what's the {portfolio} portfolio worth now?",
            "show holdings and gains for {portfolio}[, {include_dividends}]",
            "{portfolio} portfolio overview please",
            "can you total up {portfolio}[ {include_dividends}]?",
            "am I up or down on {portfolio}?",
            "[{include_dividends}, ]give me the {portfolio} performance",
        ],
        "similar": ["add_portfolio_holding", "get_bank_balance"],
    },
    {
        "name": "set_price_alert",
        "descriptions": [
            "Get notified when a stock crosses a target price.",
            "Create a price alert on a ticker.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "ticker": {"type": "string", "description": "Ticker symbol."},
                "direction": {
                    "type": "string",
                    "enum": ["above", "below"],
                    "description": "Alert when the price rises above or falls below the target.",
                },
                "target_price": {"type": "number", "description": "Price that triggers the alert."},
            },
            "required": ["ticker", "direction", "target_price"],
        },
        "values": {"ticker": _TICKERS, "direction": "enum", "target_price": "float:5:1000:2"},
        "requests": [
            "alert me if {ticker} goes {direction} {target_price}",
            "set a price alert: {ticker} {direction} {target_price}",
            "let me know when {ticker} is {direction} {target_price}",
            "can you watch {ticker} and ping me once it's {direction} {target_price}?",
            "{ticker} {direction} {target_price} - notify",
            "tell me if {ticker} trades {direction} {target_price}",
            "please create an alert for {ticker} at {target_price} ({direction})",
            "I want a heads-up when {ticker} moves {direction} {target_price}",
        ],
        "similar": ["get_stock_quote", "place_stock_order", "create_metric_alert"],
    },
    {
        "name": "place_stock_order",
        "descriptions": [
            "Place a buy or sell order for shares.",
            "Submit a market or limit order to the broker.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "ticker": {"type": "string", "description": "Ticker symbol."},
                "side": {"type": "string", "enum": ["buy", "sell"], "description": "Buy or sell."},
                "quantity": {"type": "integer", "description": "Number of shares."},
                "order_type": {
                    "type": "string",
                    "enum": ["market", "limit"],
                    "description": "Order type.",
                },
                "limit_price": {"type": "number", "description": "Limit price for limit orders."},
            },
            "required": ["ticker", "side", "quantity"],
        },
        "values": {
            "ticker": _TICKERS,
            "side": "enum",
            "quantity": "int:1:1000",
            "order_type": "enum",
            "limit_price": "float:5:1000:2",
        },
        "requests": [
            "{side} {quantity} shares of {ticker}[ at {limit_price}]",
            "place a[ {order_type}] order to {side} {quantity} {ticker}",
            "{side} {quantity} {ticker}[, {order_type} order]",
            "can you {side} {quantity} shares of {ticker} for me[ with a limit of {limit_price}]?",
            "order: {side} {ticker} x {quantity}[ @ {limit_price}]",
            "please put in a {side} for {quantity} {ticker} shares[ as a {order_type} order]",
            "I want to {side} {quantity} of {ticker}",
            "[{order_type}: ]{ticker}, {side}, {quantity} shares",
        ],
        "similar": ["add_portfolio_holding", "set_price_alert"],
    },
]
