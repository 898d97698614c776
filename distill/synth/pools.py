"""Value pools for the synthetic library: `pool:NAME` in a domain module draws from `POOLS[NAME]`.

Every entry is written for this project (titles, artists, shops and people are invented), varied
in length, casing and script so the student learns to copy values, not to recognise them.
"""

_S = str.split  # pools of one-word items are written as one space-separated string

FIRST_NAMES = (
    *_S("Sam Alex Priya Jordan Mei Kwame Lena Omar Tariq Hana Noor Felix Ines Ravi Maya Theo"),
    *_S("Zoë José Søren Chloé Jürgen Ayşe Łukasz Siobhán Renée François Zoltán Ólafur Anaïs"),
    *_S("Björn Saoirse Ngozi Hiroshi Yūki Aarav Oluwaseun Mateus Dvora Ilse Kenji Rosa Wren"),
    *_S("Amara Beatriz Cyrus Dmitri Elif Farah Gustavo Hamza Ivana Jun Kalani Luz Mirela"),
    "Anne-Marie", "Jean-Luc", "Mary Kate", "De'Andre", "Ji-woo", "Nguyễn", "Małgorzata", "Renata",
)

LAST_NAMES = (
    *_S("Ortiz Chen Okafor Lindqvist Nakamura Haddad Moreau Novak Patel Rossi Schäfer Quinn"),
    *_S("Brennan García Yılmaz Kowalski Mbeki Fujita Delacroix Ivanova Sørensen Abara Castillo"),
    *_S("Whitfield Nørgaard Da Silva Oyelaran Papadakis Tanaka Vu Kim Hughes Ferreira Adeyemi"),
    "O'Neill", "van Dijk", "de la Cruz", "MacLeod", "Müller-Lang",
)

RELATIONS = (
    *_S("mom dad grandma grandpa sis"),
    *_S("Mum Nana Papa"),
    "my sister", "my brother", "my boss", "the babysitter", "my landlord", "Aunt Rosa",
    "Uncle Theo", "the dentist", "my roommate", "Coach Rivera", "Dr. Haddad",
)

CITIES = (
    *_S("Lisbon Zürich Kraków Reykjavík Montréal Málaga Düsseldorf Osaka Nairobi Austin Denver"),
    *_S("Portland Seattle Chicago Toronto Vancouver Melbourne Auckland Dublin Edinburgh Bogotá"),
    *_S("Lima Marrakesh Istanbul Hanoi Seoul Taipei Mumbai Bengaluru Accra Oslo Helsinki"),
    *_S("Tallinn Ljubljana Porto Valencia Lyon Göteborg Boise Tucson Savannah Tromsø Cork"),
    "São Paulo", "Cape Town", "Mexico City", "Kuala Lumpur", "Buenos Aires", "Salt Lake City",
    "Ho Chi Minh City", "St. John's", "Las Palmas", "New Orleans", "Hong Kong", "Tel Aviv",
)

STREETS = (
    "14 Alder Lane", "221 Harbor View Road", "9 Rue des Lilas", "77 Kastanienallee", "3 Mill Court",
    "1200 Pine Street", "48 Calle del Sol", "5 Ōdōri Park West", "310 Granite Avenue",
    "62 Wren Close", "18 Via Garibaldi", "400 Lakeshore Drive", "27 Jasper Row", "8 Birchwood Way",
    "1550 Mission Boulevard", "19 Ulica Długa", "36 Quarry Hill", "102 Station Road",
)

PLACES = (
    "the airport", "the train station", "the office", "home", "the gym", "the library",
    "the farmers market", "the hospital", "my parents' place", "the stadium", "the harbour",
    "Blue Heron Café", "Tidewater Mall", "Pinecrest Park", "the botanical garden", "city hall",
    "Marigold Bakery", "the ferry terminal", "Northgate shopping centre", "the museum of science",
    "Kasbah Kitchen", "the ski lodge", "Lakeside Elementary", "the vet", "the post office",
)

TIMER_LABELS = (
    *_S("pasta eggs laundry tea nap homework rice bread pizza meditation"),
    "oven", "pomodoro", "parking meter", "cookies", "face mask", "plank", "steep the coffee",
    "study break", "kids' screen time", "roast chicken", "bath", "Zoom call",
)

ALARM_LABELS = (
    "work", "gym", "wake up", "flight", "school run", "take pills", "early shift",
    "standup", "morning run", "catch the bus", "feed the cat", "Sunday brunch", "yoga",
)

MESSAGES = (
    "running ten minutes late", "on my way", "can you grab milk on the way home",
    "happy birthday!! 🎉", "call me when you're free", "dinner's ready", "landed safely",
    "don't forget the tickets", "see you at 7", "the package arrived", "are we still on for tonight",
    "I left the keys under the mat", "thanks for today", "stuck in traffic, start without me",
    "miss you", "meeting moved to Thursday", "bring a jacket, it's cold", "good luck tomorrow",
    "can you pick up the kids", "let's do pizza tonight", "parking is on level 3",
    "the wifi password is on the fridge", "Félicitations pour le nouveau job !", "gracias por todo",
)

EMAIL_SUBJECTS = (
    "Quarterly report draft", "Weekend plans", "Invoice for March", "Re: apartment viewing",
    "Photos from the trip", "Updated itinerary", "Quick question", "Lunch next week?",
    "Contract renewal", "School pickup schedule", "Thank you!", "Recipe you asked for",
    "Reunion RSVP", "Budget for the garden", "Meeting notes 12 May", "Résumé for review",
)

EMAIL_BODIES = (
    "please find the draft attached", "let me know if Friday works for you",
    "I'll be out of office until Monday", "can we push our call by an hour",
    "thanks again for your help with the move", "the numbers look good to me",
    "could you send the signed copy back", "here are the photos from Saturday",
    "I'd love your feedback before Thursday", "see the notes below and add anything I missed",
)

EVENT_TITLES = (
    "dentist appointment", "team standup", "Mia's recital", "coffee with Omar", "book club",
    "flight to Lisbon", "parent-teacher meeting", "yoga class", "car service", "date night",
    "project kickoff", "haircut", "piano lesson", "1:1 with Priya", "Thanksgiving dinner",
    "quarterly review", "vet checkup for Biscuit", "hackathon", "soirée chez Anaïs",
)

REMINDER_TEXTS = (
    "water the plants", "pay rent", "call the plumber", "take my vitamins", "renew passport",
    "buy a birthday card for mom", "return library books", "move the car for street cleaning",
    "submit the expense report", "check the oven", "book flights for the wedding",
    "pick up dry cleaning", "back up my laptop", "order contact lenses", "feed the sourdough",
    "cancel the free trial", "charge the bike", "send Ngozi the slides",
)

NOTE_TITLES = (
    "Gift ideas", "Packing list", "Recipe tweaks", "Book recommendations", "Garden plan",
    "Trip budget", "Meeting notes", "Passwords to reset", "Podcast ideas", "Wedding toast",
    "Things to fix", "Dream journal", "Movie list", "Workout log",
)

NOTE_TEXTS = (
    "buy more basil seeds", "ask about the lease extension", "the blue paint was Harbor Mist",
    "tire pressure should be 35 psi", "Hana likes dark chocolate", "table for six at 8",
    "garage code changed", "try less salt in the soup", "Wi-Fi router is behind the TV",
    "locker number 214", "idea: a podcast about bridges", "Oslo trip needs travel adapters",
)

SONGS = (
    "Paper Lanterns", "Midnight in Lagos", "Salt and Cedar", "Neon Harbor", "Slow Orbit",
    "Kite Season", "Glass Elevator", "Hold the Tide", "Saudade Azul", "Tangerine Static",
    "Walking on Copper", "Little Thunder", "Ember & Ash", "Nachtzug", "Sunday Engines",
    "Quiet Machines", "Golden Hour Freeway", "Lighthouse Keeper", "Mañana Mañana", "Velvet Rain",
)

ARTISTS = (
    "The Velvet Orchard", "Mara Linde", "Kofi Mensah Trio", "Lúa Nova", "Static Gardens",
    "DJ Parallax", "Hollow Pines", "Ines Varela", "Northbound Choir", "Sable & Stone",
    "Yuna Mori", "The Copper Kettles", "Bastien Roux", "Oda Halvorsen", "Metro Sunrise",
    "Los Faroles", "Amani", "Echo Lake Quartet", "Jules Okonkwo",
)

ALBUMS = (
    "Harbour Lights", "Second Nature", "Blue Hour Sessions", "Cartography", "Field Notes",
    "Low Tide", "Soft Machinery", "Terra Incognita", "Live at the Granary", "Fjords",
)

PLAYLISTS = (
    "Morning Focus", "Road Trip", "Rainy Day", "Workout Mix", "Dinner Party", "Deep Sleep",
    "Throwbacks", "Sunday Cleaning", "Coding Flow", "Chill Vibes", "Kids' Songs", "Date Night",
)

GENRES = (
    *_S("jazz ambient reggae funk techno bluegrass afrobeat bossa classical metal folk lo-fi"),
    "hip hop", "indie rock", "k-pop", "cumbia", "synthwave", "soul", "country", "salsa",
)

PODCASTS = (
    "The Curious Commute", "Bridges and Tunnels", "Small Kitchen Big Ideas", "Deep Time",
    "Market Hours", "The Night Sky Show", "Untold Cities", "Garden Talk Weekly",
    "Startups in Slow Motion", "The History Hour Nobody Asked For", "Café Français Facile",
    "Code & Coffee",
)

MOVIES = (
    "The Last Lighthouse", "Orbit of Ash", "Paper Tigers", "A Quiet Harbor", "Ninety Miles North",
    "The Glass Orchard", "Stormchasers", "Little Comets", "Midnight Diner Club", "Cerulean",
    "The Cartographer's Daughter", "Iron Meadow", "Los Días Largos",
)

SHOWS = (
    "Harbor Street", "The Bakers of Brindle", "Deep Space Rangers", "Island Vets", "Parallel Lives",
    "The Night Shift", "Kitchen Wars", "Mystery at Moor Hall", "Tiny Homes Big Dreams",
)

TV_CHANNELS = ("BBC Two", "Channel 4", "Arte", "ESPN", "CNN", "NHK World", "PBS", "Discovery")

RADIO_STATIONS = (
    "Jazz FM", "KEXP", "Radio Paradise", "Classic FM", "BBC Radio 6", "NPR", "Lofi Radio",
)

PRODUCTS = (
    "AA batteries", "a yoga mat", "noise-cancelling headphones", "a phone charger", "paper towels",
    "a French press", "running shoes", "dish soap", "a desk lamp", "printer ink",
    "a phone case", "wool socks", "a cast iron skillet", "HDMI cable", "sunscreen",
    "a kids' bike helmet", "olive oil", "a water bottle", "USB-C hub", "light bulbs",
)

GROCERIES = (
    *_S("milk eggs bread butter bananas apples spinach rice coffee tofu avocados oat yogurt"),
    "olive oil", "cherry tomatoes", "chicken thighs", "dish soap", "crème fraîche",
    "sparkling water", "peanut butter", "frozen peas", "tortillas", "halloumi", "jalapeños",
)

STORES = (
    "Tidewater Mall", "Greenleaf Market", "Corner Hardware", "BrightMart", "Harbor Books",
    "Fresh Fields Grocery", "TechNest", "Petal & Stem", "Outdoor Depot", "La Boulangerie",
)

RESTAURANTS = (
    "Kasbah Kitchen", "Sakura Lane", "Trattoria Nonna", "The Green Fork", "Burger Barn",
    "Pho Saigon House", "Taquería El Sol", "Curry Leaf", "Café Mistral", "Smoke & Oak BBQ",
    "Noodle Theory", "Seoul Food", "Olive & Thyme", "Bánh Mì Brothers", "Pizzeria Vesuvio",
)

CUISINES = (
    *_S("Thai Italian Mexican Ethiopian Japanese Indian Lebanese Korean Greek Peruvian"),
    *_S("Vietnamese vegan Georgian Turkish Sichuan"),
    "dim sum", "tapas",
)

DISHES = (
    "pad thai", "margherita pizza", "chicken tikka masala", "veggie burger", "pho",
    "falafel wrap", "ramen", "caesar salad", "bibimbap", "fish tacos", "mushroom risotto",
    "butter chicken", "poke bowl", "lasagna", "spring rolls", "shakshuka", "gyoza", "croque monsieur",
)

INGREDIENTS = (
    *_S("chickpeas lentils quinoa garlic ginger lemons zucchini mushrooms feta cilantro tahini"),
    *_S("butter eggs flour honey spinach tofu shallots miso paprika oats"),
    "coconut milk", "sweet potatoes", "brown rice", "greek yogurt", "soy sauce", "bell peppers",
)

FOODS = (
    *_S("banana apple avocado almonds oatmeal hummus croissant"),
    "a boiled egg", "greek yogurt", "brown rice", "grilled salmon", "a slice of pizza",
    "peanut butter toast", "lentil soup", "a chocolate bar", "miso soup", "a bagel with cream cheese",
)

COMPANIES = (
    "Northwind Labs", "Bluefin Analytics", "Acorn & Co", "Helios Energy", "Quillfeather Press",
    "Orbitra", "Kettle Logistics", "Lumen Health", "Marlow Freight", "Pinecone Software",
    "Saffron Foods", "Granite Bank", "Vireo Design", "Zephyr Airlines", "Brightwater Utilities",
)

LANGUAGES = (
    *_S("Spanish French German Italian Portuguese Japanese Korean Mandarin Arabic Hindi"),
    *_S("Turkish Polish Dutch Swedish Greek Vietnamese Swahili Ukrainian Indonesian Hebrew"),
)

PHRASES = (
    "where is the train station", "how much does this cost", "I'm allergic to peanuts",
    "thank you for your help", "can I have the bill please", "nice to meet you",
    "what time does the museum open", "I would like a window seat", "good morning",
    "is this seat taken", "the heating doesn't work", "two coffees with oat milk",
    "we have a reservation for four", "I lost my passport",
)

CURRENCY_CODES = _S("USD EUR GBP JPY CHF CAD AUD INR BRL MXN SEK NOK KRW ZAR TRY PLN")

EMAILS = (
    "sam.ortiz@example.com", "priya.patel@example.org", "j.nakamura@example.net",
    "lena+travel@example.com", "info@bluefin-analytics.example", "zoe.lindqvist@example.com",
    "omar.haddad@example.org", "billing@northwind.example", "jose.garcia@example.com",
    "hana.kim@example.net", "team-leads@pinecone.example", "ngozi.okafor@example.com",
)

PHONES = (
    "+1 415 555 0134", "555-0199", "+44 20 7946 0321", "(206) 555-0172", "+49 30 901820",
    "+33 1 70 18 99 00", "+81 3-5550-1234", "+1 312 555 0148", "555 0123", "+61 2 5550 9876",
)

FILE_NAMES = (
    "report_final.pdf", "budget-2025.xlsx", "IMG_4821.jpg", "notes.txt", "slides_v3.pptx",
    "resume.docx", "invoice_0423.pdf", "vacation.mp4", "recipe.md", "tax return 2024.pdf",
    "wedding_playlist.m3u", "floorplan.png", "contract-signed.pdf", "lecture 7.m4a",
    "data_export.csv", "Übersicht.docx", "photo_booth.zip",
)

FOLDERS = (
    "Documents", "Downloads", "Pictures/2024", "Work/Clients", "Desktop", "Music",
    "Taxes", "School/Biology", "Projects/garden", "Backups", "Shared/Family",
)

REPO_NAMES = (
    "thimble-server", "garden-planner", "acme/web-frontend", "billing-service", "dotfiles",
    "data-pipeline", "mobile-app", "infra/terraform", "docs-site", "recipe-api", "ml-experiments",
)

URLS = (
    "example.com/recipes", "news.example.org", "docs.example.net/setup", "example.com/tickets",
    "blog.example.com/travel-tips", "shop.example.com/sale", "wiki.example.org/Lisbon",
)

SEARCH_QUERIES = (
    "how to repot a fiddle leaf fig", "best hiking trails near Denver", "symptoms of a sprained ankle",
    "how long to boil an egg", "cheap flights to Lisbon in May", "what is a heat pump",
    "opening hours of the museum of science", "how to remove a wine stain", "sourdough starter ratio",
    "who won the match last night", "easy vegan dessert recipes", "how to change a bike tire",
    "meaning of saudade", "Kraków old town walking tour",
)

NEWS_TOPICS = (
    *_S("technology sports politics business science health climate entertainment travel"),
    "local news", "space exploration", "electric cars", "the housing market", "AI research",
    "the World Cup", "elections", "the stock market", "renewable energy",
)

NEWS_SOURCES = (
    "The Daily Ledger", "Harbor Tribune", "Global Wire", "Morning Courier", "Tech Pulse",
    "Le Quotidien", "Northern Star", "Metro Bulletin",
)

ROOMS = (
    *_S("kitchen bedroom bathroom garage hallway office basement attic nursery"),
    "living room", "dining room", "guest room", "porch", "kids' room", "patio",
)

DOORS = ("front door", "back door", "garage door", "side gate", "patio door", "basement door")

SCENES = (
    "movie night", "good morning", "bedtime", "dinner party", "reading", "away",
    "focus", "relax", "wake up", "romantic", "cleaning",
)

COLORS = (
    *_S("red blue green purple orange pink yellow teal white"),
    "warm white", "cool white", "soft amber", "lavender", "sunset orange",
)

APPS = (
    "Spotify", "Maps", "Camera", "WhatsApp", "Signal", "Calendar", "Notes", "Photos", "Slack",
    "Duolingo", "Strava", "Kindle", "Telegram", "YouTube", "Netflix",
)

MESSAGING_APPS = ("WhatsApp", "Signal", "Telegram", "Slack", "Messenger", "Discord", "WeChat")

WIFI_NETWORKS = (
    "HomeNet-5G", "Café Mistral Guest", "Ortiz Family", "OfficeWiFi", "Airport_Free_WiFi",
    "Pixel Hotspot", "Library-Public", "Gästenetz",
)

BLUETOOTH_DEVICES = (
    "AirPods", "car stereo", "JBL speaker", "kitchen speaker", "Galaxy Buds", "Bose headphones",
    "smartwatch", "game controller", "hearing aids",
)

WORKOUTS = (
    *_S("run walk swim yoga pilates rowing cycling hiking boxing climbing"),
    "HIIT", "strength training", "spin class", "trail run", "jump rope", "indoor bike",
)

EXERCISES = (
    *_S("squats lunges push-ups pull-ups burpees planks deadlifts"),
    "bench press", "jumping jacks", "kettlebell swings", "sit-ups", "mountain climbers",
)

SHOPPING_LISTS = ("groceries", "hardware", "party", "camping", "pharmacy", "Costco run", "weekly")

PAYEES = (
    "Sam Ortiz", "the landlord", "Brightwater Utilities", "Priya", "Lumen Health", "Mateus",
    "the cleaner", "Coach Rivera", "Granite Bank card", "the babysitter", "Chloé Moreau",
)

PAYMENT_NOTES = (
    "rent", "pizza last night", "concert tickets", "electricity bill", "birthday gift",
    "cab share", "groceries", "half of the Airbnb", "lunch", "book club dues", "parking",
)

ORDER_IDS = ("A-10293", "ORD-58821", "77Q4-XP", "1002-4471-9", "ZX-3318", "W88213", "HB-4410")

TRACKING_NUMBERS = ("1Z 999 AA1 0123 4567 84", "9400 1000 0000 0000 0000 00", "JD014600006281")

VIDEO_TOPICS = (
    "how to tie a bowline knot", "sourdough shaping", "beginner guitar chords", "cat compilations",
    "Lisbon travel vlog", "home workout for beginners", "fixing a leaky faucet",
    "origami crane tutorial", "lo-fi beats to study to", "Mars rover landing",
)

TOPICS = (
    "the Roman empire", "black holes", "photosynthesis", "how vaccines work", "jazz history",
    "the French revolution", "octopus intelligence", "compound interest", "volcanoes",
)

DEVICE_NAMES = (
    "living room TV", "bedroom speaker", "kitchen display", "Priya's iPad", "work laptop",
    "kids' tablet", "office speaker", "garage hub",
)

USERNAMES = (
    *_S("sortiz pchen kokafor zlindqvist hnakamura ohaddad amoreau jnovak rpatel lrossi"),
    *_S("dev-bot mquinn yfujita anaïs.d jose_g wren42 t.vu ci-runner ngozi.o"),
)

PROJECTS = (
    "Project Atlas", "Harbor Relaunch", "Q3 Onboarding", "Billing Revamp", "Mobile v2",
    "Data Lake Migration", "Brand Refresh", "Warehouse Automation", "Customer Portal", "Phoenix",
)

BRANCHES = (
    "feature/login-form", "fix/null-timezone", "release/2.4", "chore/bump-deps", "docs/readme-typo",
    "feat/dark-mode", "hotfix/payment-retry", "experiment/new-cache", "refactor/auth", "wip-søren",
)

TICKET_TITLES = (
    "Login button unresponsive on Safari", "Export to CSV drops last row", "Add dark mode",
    "Crash when uploading large photos", "Typo on pricing page", "Slow search on mobile",
    "Password reset email never arrives", "Support for Polish locale", "Flaky checkout test",
)

COUNTRIES = (
    *_S("Portugal Switzerland Poland Iceland Canada Spain Germany Japan Kenya Brazil Norway"),
    *_S("Ireland Colombia Peru Morocco Türkiye Vietnam Korea India Ghana Estonia Slovenia"),
    "South Africa", "New Zealand", "United States", "Mexico", "Côte d'Ivoire",
)

AIRPORT_CODES = _S("LIS ZRH KRK KEF YUL AGP DUS KIX NBO AUS DEN SEA ORD YYZ DUB EDI BOG OSL HEL")

HOTELS = (
    "Hotel Miradouro", "The Alder Inn", "Harbourside Suites", "Casa Lumina", "Grand Hotel Nord",
    "Pension Edelweiss", "The Copper Lantern", "Riad Zitoun", "Seaview Lodge", "Hôtel des Arts",
)

WEEKDAYS = _S("monday tuesday wednesday thursday friday saturday sunday")

POOLS: dict[str, tuple[str, ...]] = {
    "first_name": FIRST_NAMES,
    "last_name": LAST_NAMES,
    "contact": FIRST_NAMES + RELATIONS,
    "person": tuple(f"{f} {l}" for f, l in zip(FIRST_NAMES, LAST_NAMES * 3, strict=False)),
    "relation": RELATIONS,
    "city": CITIES,
    "street": STREETS,
    "place": PLACES,
    "address": STREETS + PLACES,
    "timer_label": TIMER_LABELS,
    "alarm_label": ALARM_LABELS,
    "message": MESSAGES,
    "email_subject": EMAIL_SUBJECTS,
    "email_body": EMAIL_BODIES,
    "event_title": EVENT_TITLES,
    "reminder": REMINDER_TEXTS,
    "note_title": NOTE_TITLES,
    "note_text": NOTE_TEXTS,
    "song": SONGS,
    "artist": ARTISTS,
    "album": ALBUMS,
    "playlist": PLAYLISTS,
    "genre": GENRES,
    "podcast": PODCASTS,
    "movie": MOVIES,
    "show": SHOWS,
    "tv_channel": TV_CHANNELS,
    "radio_station": RADIO_STATIONS,
    "product": PRODUCTS,
    "grocery": GROCERIES,
    "store": STORES,
    "restaurant": RESTAURANTS,
    "cuisine": CUISINES,
    "dish": DISHES,
    "company": COMPANIES,
    "ingredient": INGREDIENTS,
    "food": FOODS,
    "language": LANGUAGES,
    "phrase": PHRASES,
    "currency": CURRENCY_CODES,
    "email": EMAILS,
    "phone": PHONES,
    "file_name": FILE_NAMES,
    "folder": FOLDERS,
    "repo": REPO_NAMES,
    "url": URLS,
    "search_query": SEARCH_QUERIES,
    "news_topic": NEWS_TOPICS,
    "news_source": NEWS_SOURCES,
    "room": ROOMS,
    "door": DOORS,
    "scene": SCENES,
    "color": COLORS,
    "app": APPS,
    "messaging_app": MESSAGING_APPS,
    "wifi": WIFI_NETWORKS,
    "bluetooth_device": BLUETOOTH_DEVICES,
    "workout": WORKOUTS,
    "exercise": EXERCISES,
    "shopping_list": SHOPPING_LISTS,
    "payee": PAYEES,
    "payment_note": PAYMENT_NOTES,
    "order_id": ORDER_IDS,
    "tracking_number": TRACKING_NUMBERS,
    "video_topic": VIDEO_TOPICS,
    "topic": TOPICS,
    "device_name": DEVICE_NAMES,
    "weekday": WEEKDAYS,
    "username": USERNAMES,
    "project_name": PROJECTS,
    "branch_name": BRANCHES,
    "ticket_title": TICKET_TITLES,
    "country": COUNTRIES,
    "airport_code": AIRPORT_CODES,
    "hotel_name": HOTELS,
}
# Aliases, so domains may use the longer names.
POOLS |= {
    "person_name": POOLS["person"],
    "repo_name": POOLS["repo"],
    "currency_code": POOLS["currency"],
    "street_address": POOLS["street"],
}
