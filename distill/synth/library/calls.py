"""Phone and video calls: placing calls, voicemail, missed calls and blocking numbers."""

DOMAIN = "calls"

TOOLS = [
    {
        "name": "place_phone_call",
        "descriptions": ["Call a contact or phone number.", "Start a voice call."],
        "parameters": {
            "type": "object",
            "properties": {
                "callee": {
                    "type": "string",
                    "description": "Contact name or phone number to call.",
                },
                "speaker": {"type": "boolean", "description": "Start the call on speakerphone."},
            },
            "required": ["callee"],
        },
        "values": {"callee": "pool:contact", "speaker": "bool"},
        "say": {
            "speaker": {
                "true": ["on speaker", "on speakerphone"],
                "false": ["not on speaker", "off speaker"],
            }
        },
        "requests": [
            "call {callee}[ {speaker}]",
            "ring {callee}",
            "phone {callee} please",
            "can you dial {callee}[ {speaker}]",
            "get {callee} on the phone",
            "I want to talk to {callee}, call them",
            "give {callee} a call[ {speaker}]",
            "dial {callee}",
        ],
        "indirect": ["I haven't spoken to {callee} in ages, let's give them a ring"],
        "similar": ["start_video_call", "send_text_message"],
    },
    {
        "name": "start_video_call",
        "descriptions": [
            "Start a video call with a contact.",
            "Video chat with someone using an app.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "callee": {"type": "string", "description": "Who to video call."},
                "app": {
                    "type": "string",
                    "enum": ["facetime", "whatsapp", "zoom", "meet", "signal"],
                    "description": "App for the video call.",
                },
            },
            "required": ["callee"],
        },
        "values": {"callee": "pool:contact", "app": "enum"},
        "say": {
            "app": {
                "facetime": ["FaceTime"],
                "whatsapp": ["WhatsApp"],
                "zoom": ["Zoom"],
                "meet": ["Google Meet", "Meet"],
                "signal": ["Signal"],
            }
        },
        "requests": [
            "video call {callee}[ on {app}]",
            "facetime-style call with {callee}",
            "start a video chat with {callee}[ using {app}]",
            "[open {app} and ]video call {callee}",
            "I want to see {callee}, start a video call",
            "can we do a video call with {callee}[ over {app}]",
            "I'd like to see {callee}'s face, video please",
            "video {callee}[ through {app}]",
        ],
        "indirect": [
            "the kids want to show {callee} their drawings, get them on video[ via {app}]"
        ],
        "similar": ["place_phone_call"],
    },
    {
        "name": "play_voicemail",
        "descriptions": [
            "Play voicemail messages.",
            "Listen to new voicemails, optionally from one caller.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "from_contact": {
                    "type": "string",
                    "description": "Only voicemails from this contact.",
                },
                "only_new": {
                    "type": "boolean",
                    "description": "Skip voicemails already listened to.",
                },
            },
            "required": [],
        },
        "values": {"from_contact": "pool:contact", "only_new": "bool"},
        "say": {
            "only_new": {
                "true": ["just the new ones", "only new ones"],
                "false": ["all of them, old ones too"],
            }
        },
        "requests": [
            "play my voicemail",
            "any voicemails from {from_contact}?",
            "listen to voicemail[, {only_new}]",
            "what did {from_contact} say in the voicemail",
            "check voicemail[ - {only_new}]",
            "play the message {from_contact} left",
            "read me my voicemails",
            "did anyone leave a voicemail[, {only_new}]",
        ],
        "result": {"new_voicemails": "int:0:4", "latest_from": "pool:contact"},
    },
    {
        "name": "list_missed_calls",
        "descriptions": ["List recent missed calls.", "Show who called while you were away."],
        "parameters": {
            "type": "object",
            "properties": {
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 50,
                    "description": "How many to list.",
                }
            },
            "required": [],
        },
        "values": {"limit": "int:1:10"},
        "requests": [
            "who called me",
            "did I miss any calls",
            "show my last {limit} missed calls",
            "missed calls?",
            "who tried to reach me while I was out",
            "list the {limit} most recent missed calls",
            "any calls I didn't pick up?",
            "read out the last {limit} calls I missed",
        ],
        "result": {"missed": "int:0:6", "last_caller": "pool:contact"},
    },
    {
        "name": "block_phone_number",
        "descriptions": [
            "Block calls and texts from a number.",
            "Stop a caller from reaching you.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "number": {"type": "string", "description": "Phone number to block."},
                "report_spam": {
                    "type": "boolean",
                    "description": "Also report the number as spam.",
                },
            },
            "required": ["number"],
        },
        "values": {"number": "pool:phone", "report_spam": "bool"},
        "say": {
            "report_spam": {
                "true": ["and report it as spam", "report it too"],
                "false": ["don't report it"],
            }
        },
        "requests": [
            "block {number}[ {report_spam}]",
            "stop {number} from calling me",
            "can you block the number {number}",
            "{number} keeps calling, block it[, {report_spam}]",
            "add {number} to my blocked list",
            "I never want to hear from {number} again",
            "that number {number} is spam, block it",
            "never let {number} ring through again[, {report_spam}]",
        ],
    },
    {
        "name": "call_back_last_caller",
        "descriptions": ["Return the most recent call.", "Call back whoever called last."],
        "parameters": {"type": "object", "properties": {}, "required": []},
        "values": {},
        "requests": [
            "call them back",
            "return that call",
            "redial",
            "call back the last number",
            "who was that? call them back",
            "ring back whoever just called",
            "dial whoever just rang me",
            "call that last number back please",
        ],
        "similar": ["place_phone_call"],
    },
]
