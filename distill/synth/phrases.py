"""Fixed wording the engine wraps around rendered requests: chit-chat, joins, answers, follow-ups.

Kept apart from the engine so the generator's logic reads on one screen and the wording can grow
without touching it. `{x}` fields are filled by `distill.synth.offline`.
"""

# (user message, short assistant answer) for no_call rows that are plain conversation.
CHITCHAT: tuple[tuple[str, str], ...] = (
    ("hi there", "Hi! What can I do for you?"),
    ("hello", "Hello! How can I help?"),
    ("good morning!", "Good morning! What's on the agenda?"),
    ("thanks, that's all", "You're welcome. Have a good one!"),
    ("thank you so much", "Happy to help!"),
    ("cheers", "Any time!"),
    ("how are you doing today", "I'm doing well, thanks for asking. What can I do for you?"),
    (
        "what are you able to help with",
        "I can use the tools this app gives me, like messages, timers or music.",
    ),
    ("never mind", "No problem. Let me know if you need anything."),
    ("ok cool", "Great. Anything else?"),
    ("know any good jokes", "Why did the scarecrow win an award? He was outstanding in his field."),
    ("you're awesome", "Thank you! Glad I could help."),
    ("are you a robot", "I'm an assistant running on this device. How can I help?"),
    ("what's your name", "I'm your assistant. What would you like to do?"),
    ("good night", "Good night, sleep well!"),
    ("that's wrong", "Sorry about that. Tell me what you wanted and I'll try again."),
    ("hmm let me think", "Take your time."),
    ("bye", "Bye! Talk soon."),
    ("can you hear me", "Yes, I can hear you. What do you need?"),
    ("I'm bored", "How about some music, a podcast, or a walk outside?"),
    ("what's the meaning of life", "Many say it's what you make of it. Can I help with something?"),
    ("sorry, wrong button", "No worries!"),
    ("lol", "😄 Anything I can do for you?"),
    ("wait", "Sure, I'm here when you're ready."),
    ("is it spelled recieve or receive", "It's spelled 'receive': e before i after c."),
    ("how many days are in a leap year", "A leap year has 366 days."),
    ("what's 12 times 12", "12 times 12 is 144."),
    ("merci beaucoup", "De rien ! Anything else?"),
    ("danke", "Gern geschehen!"),
    ("ok", "Okay! Anything else?"),
    ("nothing, forget it", "Alright, I'm here if you need me."),
    ("can you keep a secret", "I only act on what you ask me to. What's up?"),
    (
        "write me a haiku about coffee",
        "Dark cup, morning steam / quiet thoughts begin to stir / the day tastes like hope",
    ),
    ("who made you", "I'm a small assistant model that runs locally. How can I help?"),
    ("I had a rough day", "I'm sorry to hear that. Want some calming music or to talk it through?"),
    ("hey", "Hey! What do you need?"),
    ("yo", "Hi! What can I do?"),
    ("good evening", "Good evening! How can I help?"),
    ("morning", "Morning! What's first today?"),
    ("thanks a lot", "You're welcome!"),
    ("perfect, thank you", "Glad that worked. Anything else?"),
    ("great job", "Thanks! What's next?"),
    ("that's all for now", "Okay. I'm here if you need me."),
    ("nope, nothing else", "Alright, have a good day!"),
    ("no thanks", "Okay, no problem."),
    ("I changed my mind", "No problem, I won't do anything. What would you like instead?"),
    ("hold on a second", "Sure, take your time."),
    ("one moment please", "Of course, I'll wait."),
    ("you there?", "I'm here. What can I do for you?"),
    ("are you listening", "Yes, I'm listening."),
    ("did you get that", "I'm not sure I did. Could you say it again?"),
    ("say that again", "Sorry, could you tell me what you'd like me to repeat?"),
    ("that was helpful", "Great to hear!"),
    ("you're funny", "I try! Anything I can help with?"),
    ("do you like music", "I don't listen myself, but I'm happy to help with yours."),
    ("what time zone are you in", "I run on this device, so I use its settings."),
    ("I'm tired", "Maybe it's time for a break. Anything I can take off your plate?"),
    ("I'm so happy today", "That's wonderful to hear!"),
    ("ugh, mondays", "Hang in there! Want help getting the week started?"),
    ("whatever", "Okay. Let me know if you need anything."),
    ("sure", "Great, what would you like me to do?"),
    ("yes", "Okay, what should I do?"),
    ("no", "Alright."),
    ("maybe later", "Sure, just ask when you're ready."),
    ("how's it going", "All good here! How can I help?"),
    ("nice to meet you", "Nice to meet you too!"),
    ("see you tomorrow", "See you tomorrow!"),
    ("talk to you later", "Talk soon!"),
    ("happy birthday to me", "Happy birthday! Hope it's a great one."),
    ("I love you", "That's kind of you. I'm here to help whenever you need."),
    ("are you smart", "I'm a small model that's good at using tools. What do you need?"),
    ("do you sleep", "Not really. I'm ready whenever you are."),
    ("oops", "No harm done!"),
    ("gracias", "¡De nada!"),
    ("test test", "I'm receiving you loud and clear."),
)

# Text answers when a request needs a tool that is not offered; {what} is a tool's description
# turned into a verb phrase ("start a countdown timer").
CANNOT: tuple[str, ...] = (
    "Sorry, I can't {what} with the tools I have here.",
    "I'm not able to {what} right now: none of the available tools does that.",
    "None of my tools can {what}, so I can't do that one.",
    "I can't {what} from here, sorry.",
    "That's outside what I can do here: I have no tool to {what}.",
)

SYSTEM_PROMPTS: tuple[str, ...] = (
    "You are a helpful assistant who uses tools when they fit.",
    "You are a voice assistant on a phone. Use the available tools when they fit the request.",
    "You are Thimble, a concise assistant. Call tools when needed; otherwise answer briefly.",
    "You help the user with everyday tasks. Only call a tool if the user asked for it.",
    "You are an in-car assistant. Keep answers short.",
    "Assistant for a smart home hub. Prefer calling tools over explaining.",
    "You are a friendly assistant. Today is a weekday. Answer in English.",
    "Use the functions provided to act on the user's request. Do not make up argument values.",
)

# Joins between the parts of a multi-call request.
JOINERS: tuple[str, ...] = (
    " and ",
    " and then ",
    ", then ",
    ". Also, ",
    ", also ",
    ", and ",
    ". Then ",
    " & ",
    "; ",
    ". And ",
    ", plus ",
    " and also ",
)

# Openers for the follow-up turn of a multi-turn row that asks for something new.
FOLLOW_NEW: tuple[str, ...] = (
    "",
    "also ",
    "ok, now ",
    "great. next, ",
    "thanks! ",
    "perfect, and ",
    "one more thing: ",
    "cool. ",
    "now ",
    "nice. also, ",
)

# Follow-up that repeats the previous call with one value changed; {value} is said by the user.
FOLLOW_SAME: tuple[str, ...] = (
    "same again but with {value}",
    "now do the same for {value}",
    "and another one, {value} this time",
    "again with {value} please",
    "do it once more for {value}",
    "same thing, {value}",
    "repeat that with {value} instead",
)

# Follow-up asking what the last tool call returned; answered by a summary of the result.
FOLLOW_SUMMARY: tuple[str, ...] = (
    "did that work?",
    "what did it say?",
    "so?",
    "and? what happened",
    "is it done?",
    "what was the result",
    "tell me what came back",
    "ok what did you get",
)

SUMMARY_DONE: tuple[str, ...] = (
    "Done, that went through.",
    "All set.",
    "It worked.",
    "Yes, that's done.",
    "Done!",
)

SUMMARY_FIELDS: tuple[str, ...] = (
    "Here's what came back: {fields}.",
    "It says {fields}.",
    "Done. {fields}.",
    "Result: {fields}.",
)

# Frames that make a whole request indirect when its tools have no indirect templates of their own;
# each reads naturally around any request clause.
INDIRECT_FRAMES: tuple[str, ...] = (
    "my hands are full right now, so {req}",
    "I was told you could help: {req}",
    "not sure if this is something you do, but {req}",
    "quick favour - {req}",
    "I'm driving, so {req}",
    "{req}. I keep forgetting to do it myself",
    "since you're listening anyway, {req}",
)

# Spoken self-corrections for disfluent rows: {wrong} is replaced by {right}.
CORRECTIONS: tuple[str, ...] = (
    "{wrong}, no wait, {right}",
    "{wrong}, sorry, I mean {right}",
    "{wrong}... um, {right}",
    "{wrong}, no, {right}",
    "{wrong} - scratch that - {right}",
)
