"""News: headlines, topic briefings, following topics, reading articles and muting sources."""

DOMAIN = "news"

TOOLS = [
    {
        "name": "get_headlines",
        "descriptions": [
            "Get today's top headlines.",
            "Read the main news stories, optionally from one source.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "source": {"type": "string", "description": "News outlet; all outlets if omitted."},
                "count": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 10,
                    "description": "How many headlines.",
                },
                "country": {"type": "string", "description": "Country the news is about."},
            },
            "required": [],
        },
        "values": {"source": "pool:news_source", "count": "int:1:10", "country": "pool:country"},
        "requests": [
            "what's in the news",
            "read me the headlines[ from {source}]",
            "top {count} stories[ in {country}]",
            "any big news today[ in {country}]?",
            "headlines from {source}",
            "give me the morning news[, {count} stories]",
            "what's happening in {country}",
            "news headlines please",
            "what are the top {count} headlines[ from {source}]",
        ],
        "result": {
            "top_story": "choice:Rail strike ends|Local team wins final|New bridge opens|Heatwave expected"
        },
        "similar": ["news_briefing"],
    },
    {
        "name": "news_briefing",
        "descriptions": [
            "Give a short news briefing on a topic.",
            "Summarise recent stories about a subject.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "topic": {"type": "string", "description": "Subject of the briefing."},
                "since": {
                    "type": "string",
                    "description": "Only stories on or after this date, YYYY-MM-DD.",
                },
                "length": {
                    "type": "string",
                    "enum": ["short", "medium", "long"],
                    "description": "How long the briefing is.",
                },
            },
            "required": ["topic"],
        },
        "values": {"topic": "pool:news_topic", "since": "date", "length": "enum"},
        "requests": [
            "what's new in {topic}",
            "brief me on {topic}[, keep it {length}]",
            "news about {topic}[ since {since}]",
            "any updates on {topic}",
            "give me a {length} rundown of {topic}",
            "catch me up on {topic}[ since {since}]",
            "latest {topic} news",
        ],
        "indirect": ["I've been offline all week and have no idea what's going on with {topic}"],
        "result": {"stories": "int:1:12"},
        "similar": ["get_headlines", "follow_news_topic"],
    },
    {
        "name": "follow_news_topic",
        "descriptions": [
            "Follow a topic to get alerts on new stories.",
            "Subscribe to news about a subject.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "topic": {"type": "string", "description": "Subject to follow."},
                "alerts": {
                    "type": "string",
                    "enum": ["instant", "daily_digest", "weekly_digest"],
                    "description": "How often to notify.",
                },
            },
            "required": ["topic"],
        },
        "values": {"topic": "pool:news_topic", "alerts": "enum"},
        "say": {
            "alerts": {
                "instant": ["right away", "instantly"],
                "daily_digest": ["in a daily digest", "once a day"],
                "weekly_digest": ["weekly", "in a weekly digest"],
            }
        },
        "requests": [
            "follow {topic}",
            "keep me posted on {topic}[ {alerts}]",
            "alert me about {topic} news[ {alerts}]",
            "subscribe to {topic} updates",
            "I want news on {topic}[, {alerts}]",
            "track {topic} stories for me",
            "follow news on {topic}",
            "send me {topic} updates[ {alerts}]",
        ],
        "similar": ["news_briefing"],
    },
    {
        "name": "read_article",
        "descriptions": [
            "Read a news article aloud.",
            "Open the full text of a story by its headline.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "headline": {"type": "string", "description": "Headline of the story."},
                "summary_only": {
                    "type": "boolean",
                    "description": "Read a summary instead of the full text.",
                },
            },
            "required": ["headline"],
        },
        "values": {
            "headline": "choice:Rail strike ends|Local team wins final|New bridge opens|Heatwave expected|City votes on bike lanes",
            "summary_only": "bool",
        },
        "say": {
            "summary_only": {
                "true": ["just the summary", "the short version"],
                "false": ["the whole thing", "in full"],
            }
        },
        "requests": [
            'read the story "{headline}"[, {summary_only}]',
            "open the article {headline}",
            "tell me more about {headline}",
            "read {headline}[ - {summary_only}]",
            "what does the {headline} article say",
            "let's hear {headline}",
            "read the article about {headline}",
            "can I hear {headline}[, {summary_only}]",
        ],
    },
    {
        "name": "mute_news_source",
        "descriptions": ["Hide stories from a news source.", "Stop showing an outlet in the feed."],
        "parameters": {
            "type": "object",
            "properties": {"source": {"type": "string", "description": "Outlet to mute."}},
            "required": ["source"],
        },
        "values": {"source": "pool:news_source"},
        "requests": [
            "mute {source}",
            "stop showing me {source}",
            "hide {source} from my news",
            "no more {source} stories",
            "block {source} in the feed",
            "I don't want {source} anymore",
            "mute news from {source}",
            "hide everything from {source}",
        ],
    },
]
