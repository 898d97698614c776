"""Web: searching, opening pages, image search, quick facts and bookmarks."""

DOMAIN = "web"

TOOLS = [
    {
        "name": "run_web_query",
        "descriptions": ["Search the web and return the top results.", "Look something up online."],
        "parameters": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "Search terms."},
                "num_results": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 10,
                    "description": "How many results.",
                },
                "safe_search": {"type": "boolean", "description": "Filter explicit results."},
                "region": {"type": "string", "description": "Country to localise results for."},
            },
            "required": ["query"],
        },
        "values": {
            "query": "pool:search_query",
            "num_results": "int:1:10",
            "safe_search": "bool",
            "region": "pool:country",
        },
        "say": {
            "safe_search": {
                "true": ["with safe search", "family friendly results"],
                "false": ["safe search off"],
            }
        },
        "requests": [
            "search for {query}",
            "google {query}",
            "look up {query}[ - top {num_results} results]",
            "can you find out {query}",
            "search the web: {query}[, {safe_search}]",
            "I want to know {query}, look it up",
            "web search {query}[ in {region}]",
            "find results for {query}",
        ],
        "indirect": ["I've always wondered {query}"],
        "result": {"top_title": "pool:search_query", "top_url": "pool:url"},
        "similar": ["quick_fact_lookup", "search_inbox"],
    },
    {
        "name": "open_web_page",
        "descriptions": ["Open a web address in the browser.", "Load a URL."],
        "parameters": {
            "type": "object",
            "properties": {
                "url": {"type": "string", "description": "Address to open."},
                "private": {"type": "boolean", "description": "Open in a private window."},
            },
            "required": ["url"],
        },
        "values": {"url": "pool:url", "private": "bool"},
        "say": {
            "private": {"true": ["in a private window", "incognito"], "false": ["in a normal tab"]}
        },
        "requests": [
            "open {url}",
            "go to {url}[ {private}]",
            "load {url} in the browser",
            "take me to {url}",
            "pull up {url}[, {private}]",
            "can you open the page {url}",
            "open up {url}",
            "browse to {url}[ {private}]",
        ],
        "similar": ["run_web_query"],
    },
    {
        "name": "find_images_online",
        "descriptions": ["Search the web for images.", "Find pictures of something."],
        "parameters": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "What the images show."},
                "orientation": {
                    "type": "string",
                    "enum": ["any", "landscape", "portrait", "square"],
                    "description": "Image shape.",
                },
            },
            "required": ["query"],
        },
        "values": {
            "query": "choice:red pandas|the northern lights|Art Deco buildings|tiny houses|Kraków old town|vintage bikes",
            "orientation": "enum",
        },
        "requests": [
            "show me pictures of {query}",
            "find images of {query}[, {orientation}]",
            "image search: {query}",
            "I want to see photos of {query}",
            "get me {orientation} images of {query}",
            "what do {query} look like",
            "images of {query}",
            "pictures of {query}[, {orientation}]",
        ],
        "similar": ["run_web_query"],
    },
    {
        "name": "quick_fact_lookup",
        "descriptions": [
            "Answer a short factual question from a knowledge source.",
            "Look up a quick fact about a topic.",
        ],
        "parameters": {
            "type": "object",
            "properties": {"topic": {"type": "string", "description": "Subject of the question."}},
            "required": ["topic"],
        },
        "values": {"topic": "pool:topic"},
        "requests": [
            "tell me about {topic}",
            "quick facts on {topic}",
            "what should I know about {topic}",
            "give me a summary of {topic}",
            "explain {topic} briefly",
            "what's the deal with {topic}",
            "facts about {topic}",
            "what is {topic}, in short",
        ],
        "indirect": ["my kid asked me about {topic} and I had no idea"],
        "result": {"summary": "choice:short answer found|three key facts found"},
        "similar": ["run_web_query"],
    },
    {
        "name": "bookmark_page",
        "descriptions": ["Bookmark a web page.", "Save the current or a given page to bookmarks."],
        "parameters": {
            "type": "object",
            "properties": {
                "url": {
                    "type": "string",
                    "description": "Page to bookmark; the open page if omitted.",
                },
                "folder": {"type": "string", "description": "Bookmark folder."},
            },
            "required": [],
        },
        "values": {"url": "pool:url", "folder": "choice:Recipes|Travel|Work|Read later|Shopping"},
        "requests": [
            "bookmark this",
            "bookmark {url}[ in {folder}]",
            "save this page to {folder}",
            "add {url} to my bookmarks",
            "keep this page for later[ under {folder}]",
            "save {url}",
            "bookmark {url}",
            "save this in bookmarks[ under {folder}]",
        ],
        "similar": ["add_to_watch_later"],
    },
]
