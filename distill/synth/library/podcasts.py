"""Podcasts: playing episodes, subscribing, downloads, playback speed and new episodes."""

DOMAIN = "podcasts"

TOOLS = [
    {
        "name": "play_podcast_episode",
        "descriptions": [
            "Play a podcast, the latest episode unless another is named.",
            "Start a podcast episode.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "podcast": {"type": "string", "description": "Podcast name."},
                "episode_number": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Episode number; the newest if omitted.",
                },
            },
            "required": ["podcast"],
        },
        "values": {"podcast": "pool:podcast", "episode_number": "int:1:250"},
        "requests": [
            "play {podcast}",
            "put on the latest {podcast}",
            "play episode {episode_number} of {podcast}",
            "I want to listen to {podcast}[ episode {episode_number}]",
            "start {podcast}[, number {episode_number}]",
            "can you put the new {podcast} episode on",
            "podcast: {podcast}",
        ],
        "indirect": ["long drive ahead, I could use some {podcast}"],
        "similar": ["play_music_track", "subscribe_podcast"],
    },
    {
        "name": "subscribe_podcast",
        "descriptions": [
            "Follow a podcast to get new episodes.",
            "Subscribe or unsubscribe to a podcast.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "podcast": {"type": "string", "description": "Podcast name."},
                "subscribed": {
                    "type": "boolean",
                    "description": "True to subscribe, false to unsubscribe.",
                },
            },
            "required": ["podcast", "subscribed"],
        },
        "values": {"podcast": "pool:podcast", "subscribed": "bool"},
        "say": {
            "subscribed": {
                "true": ["subscribe to", "follow"],
                "false": ["unsubscribe from", "unfollow"],
            }
        },
        "requests": [
            "{subscribed} {podcast}",
            "can you {subscribed} {podcast}",
            "please {subscribed} the {podcast} podcast",
            "I want to {subscribed} {podcast}",
            "{subscribed} {podcast} for me",
            "go ahead and {subscribed} {podcast}",
            "{subscribed} the {podcast} show",
            "{subscribed} {podcast}, please",
        ],
        "similar": ["play_podcast_episode"],
    },
    {
        "name": "download_podcast_episodes",
        "descriptions": [
            "Download podcast episodes for offline listening.",
            "Save the latest episodes of a podcast to the device.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "podcast": {"type": "string", "description": "Podcast name."},
                "count": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 20,
                    "description": "How many of the newest episodes.",
                },
                "wifi_only": {
                    "type": "boolean",
                    "description": "Wait for Wi-Fi before downloading.",
                },
            },
            "required": ["podcast"],
        },
        "values": {"podcast": "pool:podcast", "count": "int:1:10", "wifi_only": "bool"},
        "say": {
            "wifi_only": {
                "true": ["on wifi only", "only over wifi"],
                "false": ["even on mobile data", "right away on data"],
            }
        },
        "requests": [
            "download {podcast}",
            "save the last {count} episodes of {podcast}[ {wifi_only}]",
            "get {count} {podcast} episodes for the flight",
            "download new {podcast} episodes[, {wifi_only}]",
            "make {podcast} available offline[, {count} episodes]",
            "grab the latest {podcast}[ {wifi_only}]",
            "download the last {count} of {podcast}",
            "save {podcast} for offline[ {wifi_only}]",
        ],
        "indirect": ["I'll have no signal on the train, I want {podcast} with me"],
    },
    {
        "name": "set_playback_speed",
        "descriptions": ["Change the audio playback speed.", "Play spoken audio faster or slower."],
        "parameters": {
            "type": "object",
            "properties": {
                "speed": {
                    "type": "number",
                    "enum": [0.75, 1.0, 1.25, 1.5, 1.75, 2.0],
                    "description": "Playback speed multiplier.",
                },
            },
            "required": ["speed"],
        },
        "values": {"speed": "enum"},
        "requests": [
            "play at {speed}x",
            "set the speed to {speed}",
            "speed {speed} please",
            "make it {speed} times speed",
            "change playback to {speed}x",
            "can you go {speed}x",
            "{speed}x speed please",
            "listen at {speed} speed",
        ],
    },
    {
        "name": "list_new_episodes",
        "descriptions": [
            "List new episodes from followed podcasts.",
            "Show unplayed podcast episodes.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "podcast": {"type": "string", "description": "Only this podcast."},
                "since": {
                    "type": "string",
                    "description": "Only episodes released on or after this date, YYYY-MM-DD.",
                },
            },
            "required": [],
        },
        "values": {"podcast": "pool:podcast", "since": "date"},
        "requests": [
            "any new episodes[ of {podcast}]",
            "what's new in my podcasts[ since {since}]",
            "did {podcast} put out anything new",
            "show unplayed episodes",
            "list new podcast episodes[ from {podcast}]",
            "what came out since {since}",
            "new episodes from {podcast}?",
            "anything new to listen to[ since {since}]",
        ],
        "result": {"new_episodes": "int:0:9", "newest": "pool:podcast"},
    },
]
