"""Device settings: volume, brightness, Wi-Fi, Bluetooth, do-not-disturb, battery and apps."""

DOMAIN = "device_settings"

TOOLS = [
    {
        "name": "set_device_volume",
        "descriptions": [
            "Set the volume level of the phone or speaker.",
            "Change how loud the device is.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "level": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 100,
                    "description": "Volume in percent.",
                },
                "stream": {
                    "type": "string",
                    "enum": ["media", "ringer", "alarm", "notifications"],
                    "description": "Which volume to change.",
                },
            },
            "required": ["level"],
        },
        "values": {"level": "int:0:100", "stream": "enum"},
        "requests": [
            "volume {level}",
            "set the volume to {level} percent",
            "turn the {stream} volume to {level}",
            "make it {level}% loud",
            "can you put the volume at {level}[ for {stream}]",
            "{stream} volume {level}",
            "change volume to {level}",
        ],
        "indirect": ["I can barely hear anything, put it at {level}"],
        "similar": ["control_playback"],
    },
    {
        "name": "set_screen_brightness",
        "descriptions": [
            "Set the screen brightness.",
            "Dim or brighten the display, or use auto brightness.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "percent": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 100,
                    "description": "Brightness in percent.",
                },
                "auto": {
                    "type": "boolean",
                    "description": "Let the device adjust brightness itself.",
                },
            },
            "required": ["percent"],
        },
        "values": {"percent": "int:5:100", "auto": "bool"},
        "say": {
            "auto": {
                "true": ["and turn on auto brightness"],
                "false": ["and turn off auto brightness"],
            }
        },
        "requests": [
            "brightness {percent}",
            "set the screen to {percent} percent[ {auto}]",
            "make the display {percent}% bright",
            "screen brightness to {percent}",
            "can you put brightness at {percent}[ {auto}]",
            "dim the screen to {percent}",
            "turn the brightness to {percent}",
            "screen at {percent} percent please",
        ],
        "indirect": ["the screen is blinding me in this dark room, {percent} percent would do"],
        "similar": ["dim_lights"],
    },
    {
        "name": "toggle_wifi",
        "descriptions": [
            "Turn Wi-Fi on or off, or join a network.",
            "Control the Wi-Fi connection.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "enabled": {"type": "boolean", "description": "Wi-Fi on or off."},
                "network": {"type": "string", "description": "Network to join when turning on."},
            },
            "required": ["enabled"],
        },
        "values": {"enabled": "bool", "network": "pool:wifi"},
        "say": {"enabled": {"true": ["on"], "false": ["off"]}},
        "requests": [
            "wifi {enabled}",
            "turn {enabled} the wifi",
            "switch wifi {enabled}",
            "turn wifi {enabled}[ and connect to {network}]",
            "can you put wifi {enabled}",
            "wi-fi {enabled} please[, join {network}]",
            "I want wifi {enabled}",
            "please switch the wi-fi {enabled}[ and join {network}]",
        ],
        "similar": ["toggle_airplane_mode", "connect_bluetooth_device"],
    },
    {
        "name": "connect_bluetooth_device",
        "descriptions": [
            "Connect to a paired Bluetooth device.",
            "Pair or reconnect headphones, speakers and the like.",
        ],
        "parameters": {
            "type": "object",
            "properties": {"device": {"type": "string", "description": "Bluetooth device name."}},
            "required": ["device"],
        },
        "values": {"device": "pool:bluetooth_device"},
        "requests": [
            "connect my {device}",
            "pair with the {device}",
            "hook up the {device}",
            "bluetooth to {device}",
            "can you connect to the {device}",
            "switch audio to my {device}",
            "use my {device} for audio",
            "get the {device} connected",
        ],
        "indirect": ["I just put my {device} on but nothing's coming through"],
        "similar": ["toggle_wifi", "cast_to_screen"],
    },
    {
        "name": "set_do_not_disturb",
        "descriptions": [
            "Turn do-not-disturb on or off, optionally for a while.",
            "Silence notifications.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "enabled": {"type": "boolean", "description": "Do-not-disturb on or off."},
                "minutes": {
                    "type": "integer",
                    "minimum": 5,
                    "maximum": 720,
                    "description": "Turn off again after this many minutes.",
                },
                "allow_favorites": {
                    "type": "boolean",
                    "description": "Let calls from favourite contacts through.",
                },
            },
            "required": ["enabled"],
        },
        "values": {"enabled": "bool", "minutes": "int:15:240", "allow_favorites": "bool"},
        "say": {
            "enabled": {"true": ["on"], "false": ["off"]},
            "allow_favorites": {"true": ["but let favourites through"], "false": ["no exceptions"]},
        },
        "requests": [
            "do not disturb {enabled}[ for {minutes} minutes]",
            "turn {enabled} DND[, {allow_favorites}]",
            "switch do-not-disturb {enabled}",
            "silence mode {enabled}[ for {minutes} min]",
            "can you turn {enabled} do not disturb[ {allow_favorites}]",
            "DND {enabled}",
            "put do not disturb {enabled}[ for the next {minutes} minutes]",
            "quiet mode {enabled}[, {allow_favorites}]",
        ],
        "similar": ["toggle_airplane_mode"],
    },
    {
        "name": "toggle_airplane_mode",
        "descriptions": ["Turn airplane mode on or off.", "Switch all radios off or back on."],
        "parameters": {
            "type": "object",
            "properties": {
                "enabled": {"type": "boolean", "description": "Airplane mode on or off."}
            },
            "required": ["enabled"],
        },
        "values": {"enabled": "bool"},
        "say": {"enabled": {"true": ["on"], "false": ["off"]}},
        "requests": [
            "airplane mode {enabled}",
            "turn {enabled} airplane mode",
            "flight mode {enabled} please",
            "switch airplane mode {enabled}",
            "can you put flight mode {enabled}",
            "set airplane mode {enabled}",
            "I'm boarding, airplane mode {enabled}",
            "put the phone in airplane mode {enabled}",
        ],
        "similar": ["toggle_wifi", "set_do_not_disturb"],
    },
    {
        "name": "set_battery_saver",
        "descriptions": [
            "Turn battery saver on or off.",
            "Switch low-power mode, optionally at a battery level.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "enabled": {"type": "boolean", "description": "Battery saver on or off."},
                "auto_at_percent": {
                    "type": "integer",
                    "minimum": 5,
                    "maximum": 50,
                    "description": "Turn on automatically at this battery level.",
                },
            },
            "required": ["enabled"],
        },
        "values": {"enabled": "bool", "auto_at_percent": "int:5:50"},
        "say": {"enabled": {"true": ["on"], "false": ["off"]}},
        "requests": [
            "battery saver {enabled}",
            "turn {enabled} low power mode",
            "power saving {enabled}[, and auto at {auto_at_percent} percent]",
            "switch battery saver {enabled}",
            "set low-power mode {enabled}[ - kick in at {auto_at_percent}%]",
            "can you put the battery saver {enabled}",
            "power saver {enabled}",
            "I need battery saver {enabled}[, automatically from {auto_at_percent} percent]",
        ],
    },
    {
        "name": "open_app",
        "descriptions": ["Open an app on the device.", "Launch an application by name."],
        "parameters": {
            "type": "object",
            "properties": {"app": {"type": "string", "description": "App to open."}},
            "required": ["app"],
        },
        "values": {"app": "pool:app"},
        "requests": [
            "open {app}",
            "launch {app}",
            "start {app}",
            "go to {app}",
            "can you open up {app}",
            "bring up {app}",
            "fire up {app}",
            "pull up the {app} app",
        ],
    },
    {
        "name": "take_screenshot",
        "descriptions": ["Take a screenshot.", "Capture the screen, optionally after a delay."],
        "parameters": {
            "type": "object",
            "properties": {
                "delay_seconds": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 10,
                    "description": "Wait this long first.",
                }
            },
            "required": [],
        },
        "values": {"delay_seconds": "int:1:10"},
        "requests": [
            "take a screenshot",
            "screenshot[ in {delay_seconds} seconds]",
            "capture the screen",
            "grab a screenshot[ after {delay_seconds} seconds]",
            "snap the screen",
            "save what's on screen",
            "screenshot this",
            "take a screen grab[ in {delay_seconds} seconds]",
        ],
    },
]
