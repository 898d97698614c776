"""Smart home: lights, thermostat, door locks, blinds, scenes, fans and the robot vacuum."""

DOMAIN = "smart_home"

TOOLS = [
    {
        "name": "set_lights",
        "descriptions": [
            "Turn lights on or off in a room, optionally setting brightness and colour.",
            "Control the smart lights of a room.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "room": {"type": "string", "description": "Room whose lights to change."},
                "on": {"type": "boolean", "description": "True to switch on, false to switch off."},
                "brightness": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "description": "Brightness in percent.",
                },
                "color": {"type": "string", "description": "Light colour name."},
            },
            "required": ["room", "on"],
        },
        "values": {
            "room": "pool:room",
            "on": "bool",
            "brightness": "int:5:100",
            "color": "pool:color",
        },
        "say": {"on": {"true": ["on", "up"], "false": ["off", "out"]}},
        "requests": [
            "turn the {room} lights {on}",
            "lights {on} in the {room}[ at {brightness} percent]",
            "switch {on} the {room} light[ and make it {color}]",
            "can you turn {on} the lights in the {room}",
            "{room} lights {on}[, {brightness}%]",
            "put the {room} lights {on}[, {color} please]",
            "I want the {room} lights {on}[ at {brightness} percent brightness]",
            "flip the {room} lights {on}",
        ],
        "indirect": ["it's way too dark in the {room}, lights {on}[ at {brightness} percent]"],
        "similar": ["dim_lights", "activate_scene"],
    },
    {
        "name": "dim_lights",
        "descriptions": [
            "Change the brightness of lights that are on.",
            "Dim or brighten a room's lights by a step.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "room": {"type": "string", "description": "Room whose lights to adjust."},
                "direction": {
                    "type": "string",
                    "enum": ["dimmer", "brighter"],
                    "description": "Which way to change the brightness.",
                },
                "step_percent": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "description": "How much to change, in percent points.",
                },
            },
            "required": ["room", "direction"],
        },
        "values": {"room": "pool:room", "direction": "enum", "step_percent": "int:5:50"},
        "requests": [
            "make the {room} {direction}[ by {step_percent} percent]",
            "{room} lights a bit {direction}",
            "can you make it {direction} in the {room}",
            "set the {room} {direction}[, {step_percent}%]",
            "the {room} should be {direction}[ by about {step_percent} percent]",
            "{direction} lights in the {room} please",
            "{direction} in the {room} please",
            "{room}: {direction}[ by {step_percent}%]",
        ],
        "indirect": ["it's too harsh in the {room}, make it {direction}"],
        "similar": ["set_lights"],
    },
    {
        "name": "set_thermostat",
        "descriptions": [
            "Set the thermostat's target temperature and mode.",
            "Change the heating or cooling setpoint.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "temperature": {"type": "number", "description": "Target temperature in degrees."},
                "mode": {
                    "type": "string",
                    "enum": ["heat", "cool", "auto", "eco", "off"],
                    "description": "Thermostat mode.",
                },
                "zone": {
                    "type": "string",
                    "description": "Heating zone or room; the whole home if omitted.",
                },
            },
            "required": ["temperature"],
        },
        "values": {"temperature": "float:16:26:1", "mode": "enum", "zone": "pool:room"},
        "requests": [
            "set the thermostat to {temperature} degrees[ on {mode}]",
            "make it {temperature} in here",
            "heat the {zone} to {temperature}",
            "thermostat {temperature}[, {mode} mode]",
            "can you set the temperature to {temperature}[ in the {zone}]",
            "change the heating to {temperature} degrees",
            "I'd like it at {temperature}[ in the {zone}][, use {mode}]",
            "{temperature} degrees please",
        ],
        "indirect": [
            "brr, I'm freezing, it should be more like {temperature} degrees[ in the {zone}]"
        ],
        "result": {"current_temperature": "float:14:27:1", "mode": "choice:heat|cool|auto"},
        "similar": ["set_fan_speed"],
    },
    {
        "name": "lock_door",
        "descriptions": ["Lock a smart door lock.", "Secure a door with its smart lock."],
        "parameters": {
            "type": "object",
            "properties": {"door": {"type": "string", "description": "Which door to lock."}},
            "required": ["door"],
        },
        "values": {"door": "pool:door"},
        "requests": [
            "lock the {door}",
            "is the {door} locked? lock it",
            "make sure the {door} is locked",
            "{door}, lock",
            "can you lock up the {door}",
            "please secure the {door}",
            "lock {door}",
            "please lock the {door} now",
        ],
        "indirect": ["I'm in bed and I think I left the {door} open"],
        "similar": ["unlock_door", "door_lock_status"],
    },
    {
        "name": "unlock_door",
        "descriptions": [
            "Unlock a smart door lock.",
            "Open the smart lock on a door, optionally for a limited time.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "door": {"type": "string", "description": "Which door to unlock."},
                "relock_after_minutes": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 120,
                    "description": "Lock again automatically after this many minutes.",
                },
            },
            "required": ["door"],
        },
        "values": {"door": "pool:door", "relock_after_minutes": "int:1:60"},
        "requests": [
            "unlock the {door}[ for {relock_after_minutes} minutes]",
            "open the {door} lock",
            "let me in the {door}",
            "unlock {door}[ and lock it again after {relock_after_minutes} min]",
            "can you unlock the {door} for a moment",
            "{door} unlock please",
            "unlock the {door} please",
            "open up the {door}[ for {relock_after_minutes} minutes]",
        ],
        "indirect": ["the dog walker is at the {door}[, give them {relock_after_minutes} minutes]"],
        "similar": ["lock_door"],
    },
    {
        "name": "door_lock_status",
        "descriptions": ["Check whether doors are locked.", "Report the state of the smart locks."],
        "parameters": {
            "type": "object",
            "properties": {
                "door": {"type": "string", "description": "Door to check; all doors if omitted."}
            },
            "required": [],
        },
        "values": {"door": "pool:door"},
        "requests": [
            "is the {door} locked",
            "did I lock the {door}?",
            "are all the doors locked",
            "check the locks",
            "status of the {door} lock",
            "is everything locked up",
            "check the {door} lock",
            "are the doors locked up",
        ],
        "result": {"locked": "bool", "battery_percent": "int:5:100"},
    },
    {
        "name": "set_blinds",
        "descriptions": [
            "Open or close the blinds to a position.",
            "Move motorised blinds in a room.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "room": {"type": "string", "description": "Room with the blinds."},
                "position_percent": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 100,
                    "description": "0 is fully closed, 100 fully open.",
                },
            },
            "required": ["room", "position_percent"],
        },
        "values": {"room": "pool:room", "position_percent": "int:0:100"},
        "requests": [
            "set the {room} blinds to {position_percent} percent",
            "open the {room} blinds {position_percent}%",
            "blinds in the {room} at {position_percent}",
            "can you move the {room} shades to {position_percent} percent open",
            "{room} blinds {position_percent} percent",
            "put the blinds in the {room} at {position_percent}%",
            "{room} blinds to {position_percent} percent open",
            "adjust the {room} blinds to {position_percent}%",
        ],
        "indirect": [
            "the sun is blinding me in the {room}, bring the blinds to {position_percent} percent"
        ],
        "similar": ["set_lights"],
    },
    {
        "name": "activate_scene",
        "descriptions": [
            "Activate a saved home scene.",
            "Run a scene that sets several devices at once.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "scene": {"type": "string", "description": "Name of the scene."},
                "room": {"type": "string", "description": "Only apply the scene in this room."},
            },
            "required": ["scene"],
        },
        "values": {"scene": "pool:scene", "room": "pool:room"},
        "requests": [
            "activate {scene}[ in the {room}]",
            "set the {scene} scene",
            "{scene} mode please",
            "turn on the {scene} scene[ for the {room}]",
            "switch the house to {scene}",
            "run {scene}",
            "let's do {scene}[ in the {room}]",
        ],
        "indirect": ["friends are coming over for {scene}, set the mood"],
        "similar": ["set_lights"],
    },
    {
        "name": "set_fan_speed",
        "descriptions": ["Set a ceiling or standing fan's speed.", "Turn a fan up, down or off."],
        "parameters": {
            "type": "object",
            "properties": {
                "room": {"type": "string", "description": "Room with the fan."},
                "speed": {
                    "type": "string",
                    "enum": ["off", "low", "medium", "high"],
                    "description": "Fan speed.",
                },
                "oscillate": {"type": "boolean", "description": "Swing the fan from side to side."},
            },
            "required": ["room", "speed"],
        },
        "values": {"room": "pool:room", "speed": "enum", "oscillate": "bool"},
        "say": {
            "oscillate": {
                "true": ["and let it swing", "oscillating"],
                "false": ["without oscillating", "fixed"],
            }
        },
        "requests": [
            "set the {room} fan to {speed}[ {oscillate}]",
            "fan {speed} in the {room}",
            "{room} fan on {speed}",
            "turn the fan in the {room} to {speed}",
            "can you put the {room} fan on {speed}[, {oscillate}]",
            "change the {room} fan speed to {speed}",
            "{speed} fan in the {room}",
            "turn the {room} fan {speed}[ {oscillate}]",
        ],
        "similar": ["set_thermostat"],
    },
    {
        "name": "start_robot_vacuum",
        "descriptions": ["Start the robot vacuum.", "Send the robot vacuum to clean rooms."],
        "parameters": {
            "type": "object",
            "properties": {
                "rooms": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Rooms to clean; the whole home if omitted.",
                },
                "mode": {
                    "type": "string",
                    "enum": ["quiet", "standard", "turbo", "mop"],
                    "description": "Cleaning mode.",
                },
            },
            "required": [],
        },
        "values": {"rooms": "list:pool:room:1:3", "mode": "enum"},
        "requests": [
            "vacuum the {rooms}",
            "start the robot vacuum[ in {mode} mode]",
            "clean the {rooms}[ on {mode}]",
            "send the vacuum to the {rooms}",
            "run the hoover",
            "can the robot do the {rooms}[, {mode}]",
            "vacuum the house[ in {mode} mode]",
            "robot, clean the {rooms}",
        ],
        "indirect": ["the kids dropped crumbs all over the {rooms}"],
    },
]
