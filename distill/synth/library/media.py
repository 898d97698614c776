"""Video and TV: movies and shows on streaming apps, episodes, subtitles, casting, watch lists."""

DOMAIN = "media"

TOOLS = [
    {
        "name": "play_movie",
        "descriptions": ["Play a movie on the TV or a streaming app.", "Start a film."],
        "parameters": {
            "type": "object",
            "properties": {
                "title": {"type": "string", "description": "Movie title."},
                "service": {
                    "type": "string",
                    "enum": [
                        "netflix",
                        "prime_video",
                        "disney_plus",
                        "apple_tv",
                        "max",
                        "local_library",
                    ],
                    "description": "Where to stream it from.",
                },
                "device": {"type": "string", "description": "Screen to play on."},
            },
            "required": ["title"],
        },
        "values": {"title": "pool:movie", "service": "enum", "device": "pool:device_name"},
        "say": {
            "service": {
                "netflix": ["Netflix"],
                "prime_video": ["Prime Video", "Prime"],
                "disney_plus": ["Disney+"],
                "apple_tv": ["Apple TV"],
                "max": ["Max"],
                "local_library": ["my own library", "local files"],
            }
        },
        "requests": [
            "play {title}[ on {service}]",
            "put on the movie {title}[ on the {device}]",
            "I want to watch {title}",
            "start {title}[ from {service}]",
            "movie night: {title}[, {service}]",
            "can you play the film {title}[ on the {device}]",
            "let's watch {title}",
        ],
        "indirect": ["everyone says I have to see {title}, tonight's the night"],
        "similar": ["resume_show", "add_to_watch_later"],
    },
    {
        "name": "resume_show",
        "descriptions": [
            "Continue a TV series where the user left off, or at a given episode.",
            "Play the next episode of a show.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "show": {"type": "string", "description": "Series title."},
                "season": {"type": "integer", "minimum": 1, "description": "Season number."},
                "episode": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Episode number within the season.",
                },
            },
            "required": ["show"],
        },
        "values": {"show": "pool:show", "season": "int:1:8", "episode": "int:1:12"},
        "requests": [
            "continue {show}",
            "play the next episode of {show}",
            "put on {show} season {season} episode {episode}",
            "resume {show}[, season {season}]",
            "where was I in {show}? keep going",
            "{show} s{season} e{episode}",
            "I want to watch episode {episode} of {show}[ season {season}]",
        ],
        "indirect": ["I need to know what happens next in {show}"],
        "similar": ["play_movie"],
    },
    {
        "name": "find_streaming_title",
        "descriptions": [
            "Find which services stream a movie or show.",
            "Search streaming catalogues for a title.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "title": {"type": "string", "description": "Movie or show title."},
                "free_only": {
                    "type": "boolean",
                    "description": "Only services where it is included, not rented.",
                },
            },
            "required": ["title"],
        },
        "values": {"title": "pool:movie", "free_only": "bool"},
        "say": {
            "free_only": {
                "true": ["included in a subscription", "without renting"],
                "false": ["rent or buy is fine"],
            }
        },
        "requests": [
            "where can I watch {title}",
            "is {title} streaming anywhere[ {free_only}]",
            "which app has {title}",
            "find {title} on streaming",
            "can I stream {title}[, {free_only}]",
            "who has {title}",
            "what service is {title} on",
            "where's {title} streaming[, {free_only}]",
        ],
        "result": {"services": "list:choice:Netflix|Prime Video|Max|Disney+|Apple TV:1:2"},
        "similar": ["play_movie"],
    },
    {
        "name": "add_to_watch_later",
        "descriptions": [
            "Save a movie or show to watch later.",
            "Add a title to the user's watch list.",
        ],
        "parameters": {
            "type": "object",
            "properties": {"title": {"type": "string", "description": "Movie or show title."}},
            "required": ["title"],
        },
        "values": {"title": "pool:movie"},
        "requests": [
            "add {title} to my watch list",
            "save {title} for later",
            "remind me to watch {title} sometime, put it on the list",
            "watch later: {title}",
            "bookmark {title}",
            "put {title} in my queue",
            "I want to watch {title} later, save it",
            "add {title} to watch later",
        ],
        "similar": ["play_movie"],
    },
    {
        "name": "set_subtitles",
        "descriptions": [
            "Turn subtitles on or off and pick their language.",
            "Change captions on the current video.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "enabled": {"type": "boolean", "description": "Show subtitles or not."},
                "language": {"type": "string", "description": "Subtitle language."},
            },
            "required": ["enabled"],
        },
        "values": {"enabled": "bool", "language": "pool:language"},
        "say": {"enabled": {"true": ["on", "turn on"], "false": ["off", "turn off"]}},
        "requests": [
            "subtitles {enabled}[ in {language}]",
            "{enabled} captions",
            "can you put the subtitles {enabled}",
            "{language} subtitles {enabled} please",
            "switch subtitles {enabled}",
            "captions {enabled}[, {language}]",
            "turn subtitles {enabled}",
            "subtitles {enabled} please[, {language}]",
        ],
    },
    {
        "name": "cast_to_screen",
        "descriptions": [
            "Cast the phone's video to a TV or screen.",
            "Mirror what's playing to another device.",
        ],
        "parameters": {
            "type": "object",
            "properties": {"device": {"type": "string", "description": "Screen to cast to."}},
            "required": ["device"],
        },
        "values": {"device": "pool:device_name"},
        "requests": [
            "cast this to the {device}",
            "put this on the {device}",
            "send the video to the {device}",
            "mirror my screen to the {device}",
            "play this on the {device} instead",
            "can you cast to {device}",
            "throw this up on the {device}",
            "cast it to the {device}",
        ],
    },
    {
        "name": "search_video_clips",
        "descriptions": ["Search online video clips.", "Find short videos on a topic."],
        "parameters": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "What the video is about."},
                "max_minutes": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Longest video length wanted.",
                },
            },
            "required": ["query"],
        },
        "values": {"query": "pool:video_topic", "max_minutes": "int:2:30"},
        "requests": [
            "find videos on {query}",
            "show me a video about {query}[ under {max_minutes} minutes]",
            "search clips: {query}",
            "I want to watch something on {query}",
            "any short videos of {query}[, max {max_minutes} minutes]",
            "look up {query} videos",
            "find me a clip about {query}",
            "videos of {query}[ no longer than {max_minutes} minutes]",
        ],
        "result": {"top_result": "pool:video_topic", "minutes": "int:1:20"},
    },
]
