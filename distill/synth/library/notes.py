"""Notes: creating, appending to, searching, reading, pinning and deleting notes."""

DOMAIN = "notes"

TOOLS = [
    {
        "name": "create_note",
        "descriptions": ["Create a new note.", "Write down a note with a title and text."],
        "parameters": {
            "type": "object",
            "properties": {
                "title": {"type": "string", "description": "Title of the note."},
                "content": {"type": "string", "description": "Text of the note."},
                "tags": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Tags to file the note under.",
                },
            },
            "required": ["content"],
        },
        "values": {
            "title": "pool:note_title",
            "content": "pool:note_text",
            "tags": "list:choice:home|work|ideas|travel|health|family:1:2",
        },
        "requests": [
            "take a note: {content}",
            "make a note[ called {title}] that says {content}",
            "write this down: {content}",
            "new note[ titled {title}]: {content}[, tag it {tags}]",
            "note to self, {content}",
            "jot down {content}[ under {title}]",
            "can you save a note saying {content}[ with tags {tags}]",
            "add a note: {content}",
        ],
        "indirect": ["I'll forget this otherwise: {content}"],
        "similar": ["append_to_note", "create_reminder"],
    },
    {
        "name": "append_to_note",
        "descriptions": ["Add text to the end of an existing note.", "Append a line to a note."],
        "parameters": {
            "type": "object",
            "properties": {
                "title": {"type": "string", "description": "Title of the note to extend."},
                "content": {"type": "string", "description": "Text to append."},
            },
            "required": ["title", "content"],
        },
        "values": {"title": "pool:note_title", "content": "pool:note_text"},
        "requests": [
            "add {content} to my {title} note",
            "append to {title}: {content}",
            "put {content} at the end of the {title} note",
            "in {title}, also write {content}",
            "update the {title} note with {content}",
            "can you add a line to {title} - {content}",
            "tack {content} onto {title}",
            "add this to the {title} note: {content}",
        ],
        "similar": ["create_note"],
    },
    {
        "name": "search_notes",
        "descriptions": ["Search notes for words.", "Find notes that mention something."],
        "parameters": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "Words to look for."},
                "tag": {"type": "string", "description": "Only notes with this tag."},
            },
            "required": ["query"],
        },
        "values": {
            "query": "choice:basil|lease|paint|tire pressure|chocolate|garage code|router|locker",
            "tag": "choice:home|work|ideas|travel",
        },
        "requests": [
            "find my notes about {query}",
            "search notes for {query}[ in {tag}]",
            "did I write something down about {query}",
            "which note mentions {query}",
            "look through my {tag} notes for {query}",
            "notes with {query}?",
            "search my notes: {query}",
            "find {query} in my notes[ tagged {tag}]",
        ],
        "result": {"matches": "int:0:4", "top_title": "pool:note_title"},
        "similar": ["read_note"],
    },
    {
        "name": "read_note",
        "descriptions": ["Read a note aloud.", "Open a note by its title."],
        "parameters": {
            "type": "object",
            "properties": {"title": {"type": "string", "description": "Title of the note."}},
            "required": ["title"],
        },
        "values": {"title": "pool:note_title"},
        "requests": [
            "read my {title} note",
            "open {title}",
            "what's in the {title} note",
            "show me {title}",
            "can you read out {title}",
            "pull up my note called {title}",
            "read {title} to me",
            "open the {title} note",
        ],
        "result": {"content": "pool:note_text"},
    },
    {
        "name": "pin_note",
        "descriptions": ["Pin or unpin a note at the top of the list.", "Keep a note on top."],
        "parameters": {
            "type": "object",
            "properties": {
                "title": {"type": "string", "description": "Title of the note."},
                "pinned": {"type": "boolean", "description": "True to pin, false to unpin."},
            },
            "required": ["title", "pinned"],
        },
        "values": {"title": "pool:note_title", "pinned": "bool"},
        "say": {"pinned": {"true": ["pin", "stick"], "false": ["unpin", "unstick"]}},
        "requests": [
            "{pinned} the {title} note",
            "{pinned} {title} please",
            "can you {pinned} my {title} note",
            "{pinned} {title} at the top",
            "I want to {pinned} {title}",
            "{pinned} note: {title}",
            "{pinned} my {title} note",
            "please {pinned} {title}",
        ],
    },
    {
        "name": "delete_note",
        "descriptions": ["Delete a note.", "Move a note to the trash."],
        "parameters": {
            "type": "object",
            "properties": {"title": {"type": "string", "description": "Title of the note."}},
            "required": ["title"],
        },
        "values": {"title": "pool:note_title"},
        "requests": [
            "delete the {title} note",
            "trash {title}",
            "get rid of my note {title}",
            "remove {title} from notes",
            "I don't need {title} anymore, delete it",
            "bin the {title} note",
            "delete {title}",
            "throw out the {title} note",
        ],
        "similar": ["delete_reminder"],
    },
]
