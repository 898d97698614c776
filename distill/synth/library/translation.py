"""Translation: translating phrases, detecting languages, live interpreting and pronunciation."""

DOMAIN = "translation"

TOOLS = [
    {
        "name": "translate_phrase",
        "descriptions": [
            "Translate text into another language.",
            "Give a phrase's translation in a target language.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "text": {"type": "string", "description": "Text to translate."},
                "target_language": {"type": "string", "description": "Language to translate into."},
                "source_language": {
                    "type": "string",
                    "description": "Language of the text; detected if omitted.",
                },
                "formality": {
                    "type": "string",
                    "enum": ["formal", "informal"],
                    "description": "Register of the translation.",
                },
            },
            "required": ["text", "target_language"],
        },
        "values": {
            "text": "pool:phrase",
            "target_language": "pool:language",
            "source_language": "pool:language",
            "formality": "enum",
        },
        "requests": [
            'how do you say "{text}" in {target_language}',
            "translate {text} to {target_language}[, {formality}]",
            'what\'s "{text}" in {target_language}',
            '{target_language} for "{text}"',
            'can you put "{text}" into {target_language}[ from {source_language}]',
            "translate from {source_language} to {target_language}: {text}",
            'I need "{text}" in {target_language}[, keep it {formality}]',
            'say "{text}" in {target_language}',
        ],
        "indirect": ['I\'m at a café and need to tell the waiter "{text}" in {target_language}'],
        "result": {
            "translation": "choice:¿Dónde está la estación?|Merci pour votre aide|Ich bin gegen Erdnüsse allergisch|Bom dia"
        },
        "similar": ["detect_text_language", "pronounce_phrase"],
    },
    {
        "name": "detect_text_language",
        "descriptions": [
            "Detect which language a text is in.",
            "Identify the language of a phrase.",
        ],
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string", "description": "Text to identify."}},
            "required": ["text"],
        },
        "values": {
            "text": "choice:obrigado pela ajuda|dziękuję bardzo|tack så mycket|teşekkür ederim|asante sana|grazie mille|dank je wel"
        },
        "requests": [
            'what language is "{text}"',
            "which language is this: {text}",
            "detect the language of {text}",
            'is "{text}" Portuguese or something else',
            "identify the language: {text}",
            "someone wrote {text}, what language is that",
            "what language is {text}",
            "tell me what language this is: {text}",
        ],
        "result": {"language": "pool:language", "confidence": "float:0.5:1:2"},
        "similar": ["translate_phrase"],
    },
    {
        "name": "start_interpreter_mode",
        "descriptions": [
            "Start live two-way spoken interpretation.",
            "Interpret a conversation between two languages.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "my_language": {"type": "string", "description": "Language the user speaks."},
                "their_language": {
                    "type": "string",
                    "description": "Language of the other person.",
                },
            },
            "required": ["their_language"],
        },
        "values": {"my_language": "pool:language", "their_language": "pool:language"},
        "requests": [
            "help me talk to someone who speaks {their_language}",
            "start interpreter mode for {their_language}[ and {my_language}]",
            "interpret between {my_language} and {their_language}",
            "be my {their_language} interpreter",
            "live translate a conversation in {their_language}",
            "I speak {my_language}, they speak {their_language}, translate for us",
            "translate for me and someone who speaks {their_language}",
            "conversation mode, {my_language} and {their_language}",
        ],
        "indirect": ["the taxi driver only speaks {their_language} and I'm lost"],
        "similar": ["translate_phrase"],
    },
    {
        "name": "pronounce_phrase",
        "descriptions": [
            "Say a phrase aloud in a language, slowly if asked.",
            "Play the pronunciation of a word.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "text": {"type": "string", "description": "Word or phrase to pronounce."},
                "language": {"type": "string", "description": "Language of the text."},
                "slow": {"type": "boolean", "description": "Speak slowly."},
            },
            "required": ["text", "language"],
        },
        "values": {
            "text": "choice:croissant|Worcestershire|Reykjavík|quinoa|gnocchi|Dvořák|Łódź|pho",
            "language": "pool:language",
            "slow": "bool",
        },
        "say": {"slow": {"true": ["slowly", "nice and slow"], "false": ["at normal speed"]}},
        "requests": [
            "how do you pronounce {text} in {language}",
            "say {text} in {language}[ {slow}]",
            "pronounce {text}, it's {language}",
            "read {text} out loud in {language}[, {slow}]",
            "how is {text} said in {language}",
            "I can't say {text} - play it in {language}",
            "teach me to say {text} in {language}",
            "play {text} in {language}[ {slow}]",
        ],
        "similar": ["translate_phrase"],
    },
    {
        "name": "define_word",
        "descriptions": [
            "Give the dictionary definition of a word.",
            "Explain what a word means, with an example.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "word": {"type": "string", "description": "Word to define."},
                "language": {
                    "type": "string",
                    "description": "Dictionary language; English if omitted.",
                },
            },
            "required": ["word"],
        },
        "values": {
            "word": "choice:petrichor|saudade|hygge|serendipity|ubiquitous|sonder|liminal|gezellig",
            "language": "pool:language",
        },
        "requests": [
            "what does {word} mean",
            "define {word}",
            "meaning of {word}[ in {language}]",
            "look up {word} in the dictionary",
            "what's the definition of {word}",
            "explain the word {word}",
            "what's {word}",
            "dictionary: {word}",
        ],
        "result": {
            "definition": "choice:a pleasant smell after rain|a deep longing|cosy contentment"
        },
        "similar": ["translate_phrase", "quick_fact_lookup"],
    },
]
