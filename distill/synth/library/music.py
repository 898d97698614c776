"""Music: playing tracks, artists, albums, playlists and genres; playback control and likes."""

DOMAIN = "music"

TOOLS = [
    {
        "name": "play_music_track",
        "descriptions": [
            "Play a song, optionally by a named artist.",
            "Start playing a specific track.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "track": {"type": "string", "description": "Song title."},
                "artist": {"type": "string", "description": "Artist, to pick the right version."},
                "device": {"type": "string", "description": "Speaker or device to play on."},
            },
            "required": ["track"],
        },
        "values": {"track": "pool:song", "artist": "pool:artist", "device": "pool:device_name"},
        "requests": [
            "play {track}[ by {artist}]",
            "put on {track}[ on the {device}]",
            "I want to hear {track}[ by {artist}]",
            "can you play the song {track}",
            "play {track}[ from {artist}][ on {device}]",
            "start {track}",
            "queue up {track}[ by {artist}] and play it",
            "music: {track}[, {artist}]",
        ],
        "indirect": ["{track} has been stuck in my head all day[, the {artist} one]"],
        "similar": ["play_artist_mix", "play_podcast_episode"],
    },
    {
        "name": "play_artist_mix",
        "descriptions": ["Play a mix of songs by an artist.", "Shuffle an artist's top tracks."],
        "parameters": {
            "type": "object",
            "properties": {
                "artist": {"type": "string", "description": "Artist name."},
                "shuffle": {"type": "boolean", "description": "Shuffle the order."},
            },
            "required": ["artist"],
        },
        "values": {"artist": "pool:artist", "shuffle": "bool"},
        "say": {
            "shuffle": {"true": ["shuffled", "on shuffle"], "false": ["in order", "no shuffle"]}
        },
        "requests": [
            "play some {artist}",
            "put on {artist}[ {shuffle}]",
            "I'm in the mood for {artist}",
            "play music by {artist}[, {shuffle}]",
            "{artist} please",
            "let's hear {artist}'s top songs",
            "shuffle {artist}",
            "play {artist}'s hits[ {shuffle}]",
        ],
        "similar": ["play_music_track"],
    },
    {
        "name": "play_album",
        "descriptions": ["Play an album from the start.", "Start a full album."],
        "parameters": {
            "type": "object",
            "properties": {
                "album": {"type": "string", "description": "Album title."},
                "artist": {"type": "string", "description": "Artist of the album."},
            },
            "required": ["album"],
        },
        "values": {"album": "pool:album", "artist": "pool:artist"},
        "requests": [
            "play the album {album}[ by {artist}]",
            "put on {album}",
            "start {artist}'s album {album}",
            "I want to listen to {album} from the beginning",
            "album {album}[, {artist}]",
            "can you play the whole {album} record",
            "put the record {album} on",
            "listen to {album}[ by {artist}]",
        ],
        "similar": ["play_playlist"],
    },
    {
        "name": "play_playlist",
        "descriptions": ["Play a saved playlist.", "Start one of the user's playlists."],
        "parameters": {
            "type": "object",
            "properties": {
                "playlist": {"type": "string", "description": "Playlist name."},
                "shuffle": {"type": "boolean", "description": "Shuffle the playlist."},
            },
            "required": ["playlist"],
        },
        "values": {"playlist": "pool:playlist", "shuffle": "bool"},
        "say": {"shuffle": {"true": ["on shuffle", "shuffled"], "false": ["in order"]}},
        "requests": [
            "play my {playlist} playlist[ {shuffle}]",
            "put on {playlist}",
            "start the {playlist} list[, {shuffle}]",
            "time for {playlist}",
            "can I get {playlist} going",
            "playlist {playlist} please",
            "play {playlist}[ {shuffle}]",
            "let's have the {playlist} playlist",
        ],
        "indirect": ["we're about to start the {playlist} - you know what to put on"],
        "similar": ["play_album", "add_track_to_playlist"],
    },
    {
        "name": "play_genre_station",
        "descriptions": ["Play a radio-style station of a genre.", "Stream music in a genre."],
        "parameters": {
            "type": "object",
            "properties": {"genre": {"type": "string", "description": "Music genre."}},
            "required": ["genre"],
        },
        "values": {"genre": "pool:genre"},
        "requests": [
            "play some {genre}",
            "put on {genre} music",
            "I feel like {genre}",
            "start a {genre} station",
            "can we have {genre} in the background",
            "{genre} radio",
            "some {genre} music please",
            "I want to listen to {genre}",
        ],
        "similar": ["play_artist_mix"],
    },
    {
        "name": "control_playback",
        "descriptions": [
            "Pause, resume, skip or go back in the current audio.",
            "Control what is playing.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "action": {
                    "type": "string",
                    "enum": ["pause", "resume", "next", "previous", "restart"],
                    "description": "What to do.",
                },
            },
            "required": ["action"],
        },
        "values": {"action": "enum"},
        "say": {
            "action": {
                "pause": ["pause", "hold"],
                "resume": ["resume", "unpause"],
                "next": ["skip", "next"],
                "previous": ["previous", "go back"],
                "restart": ["restart", "replay"],
            }
        },
        "requests": [
            "{action}",
            "{action} the music",
            "{action} please",
            "can you {action} this",
            "{action} the song",
            "hey, {action}",
            "{action} this track",
            "could you {action}",
        ],
        "similar": ["set_device_volume"],
    },
    {
        "name": "add_track_to_playlist",
        "descriptions": [
            "Add a song to a playlist.",
            "Save a track into one of the user's playlists.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "track": {
                    "type": "string",
                    "description": "Song title; the current song if omitted.",
                },
                "playlist": {"type": "string", "description": "Playlist to add to."},
            },
            "required": ["playlist"],
        },
        "values": {"track": "pool:song", "playlist": "pool:playlist"},
        "requests": [
            "add this song to {playlist}",
            "put {track} on my {playlist} playlist",
            "save {track} to {playlist}",
            "add {track} to {playlist}",
            "this one goes in {playlist}",
            "can you stick [{track} ]into {playlist}",
            "add the current song to {playlist}",
            "{track} belongs on {playlist}",
        ],
        "similar": ["like_current_song", "play_playlist"],
    },
    {
        "name": "like_current_song",
        "descriptions": [
            "Like or unlike the song that is playing.",
            "Mark the current track as a favourite.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "liked": {
                    "type": "boolean",
                    "description": "True to like, false to remove the like.",
                }
            },
            "required": ["liked"],
        },
        "values": {"liked": "bool"},
        "say": {
            "liked": {
                "true": ["like", "love", "heart"],
                "false": ["unlike", "remove the like from"],
            }
        },
        "requests": [
            "{liked} this song",
            "{liked} this",
            "{liked} the current track",
            "please {liked} what's playing",
            "can you {liked} this one",
            "{liked} it",
            "I {liked} this one",
            "{liked} the song playing now",
        ],
        "similar": ["add_track_to_playlist"],
    },
]
