"""Value pools for the synthetic library: `pool:NAME` in a domain module draws from `POOLS[NAME]`.

Every entry is written for this project (titles, artists, shops and people are invented), varied
in length, casing and script so the student learns to copy values, not to recognise them. Each
pool is one `|`-separated string to keep the data dense and easy to scan.
"""


def _pool(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


POOLS: dict[str, tuple[str, ...]] = {
    "first_name": _pool(
        "Sam|Alex|Priya|Jordan|Mei|Kwame|Lena|Omar|Tariq|Hana|Noor|Felix|Ines|Ravi|Maya|Theo|Zoë"
        "|José|Søren|Chloé|Jürgen|Ayşe|Łukasz|Siobhán|Renée|François|Zoltán|Ólafur|Anaïs|Björn"
        "|Saoirse|Ngozi|Hiroshi|Yūki|Aarav|Oluwaseun|Mateus|Dvora|Ilse|Kenji|Rosa|Wren|Amara"
        "|Beatriz|Cyrus|Dmitri|Elif|Farah|Gustavo|Hamza|Ivana|Jun|Kalani|Luz|Mirela|Anne-Marie"
        "|Jean-Luc|Mary Kate|De'Andre|Ji-woo|Nguyễn|Małgorzata|Renata"
    ),
    "last_name": _pool(
        "Ortiz|Chen|Okafor|Lindqvist|Nakamura|Haddad|Moreau|Novak|Patel|Rossi|Schäfer|Quinn"
        "|Brennan|García|Yılmaz|Kowalski|Mbeki|Fujita|Delacroix|Ivanova|Sørensen|Abara|Castillo"
        "|Whitfield|Nørgaard|Da Silva|Oyelaran|Papadakis|Tanaka|Vu|Kim|Hughes|Ferreira|Adeyemi"
        "|O'Neill|van Dijk|de la Cruz|MacLeod|Müller-Lang"
    ),
    "relation": _pool(
        "mom|dad|grandma|grandpa|sis|Mum|Nana|Papa|my sister|my brother|my boss|the babysitter"
        "|my landlord|Aunt Rosa|Uncle Theo|the dentist|my roommate|Coach Rivera|Dr. Haddad"
    ),
    "city": _pool(
        "Lisbon|Zürich|Kraków|Reykjavík|Montréal|Málaga|Düsseldorf|Osaka|Nairobi|Austin|Denver"
        "|Portland|Seattle|Chicago|Toronto|Vancouver|Melbourne|Auckland|Dublin|Edinburgh|Bogotá"
        "|Lima|Marrakesh|Istanbul|Hanoi|Seoul|Taipei|Mumbai|Bengaluru|Accra|Oslo|Helsinki|Tallinn"
        "|Ljubljana|Porto|Valencia|Lyon|Göteborg|Boise|Tucson|Savannah|Tromsø|Cork|São Paulo"
        "|Cape Town|Mexico City|Kuala Lumpur|Buenos Aires|Salt Lake City|Ho Chi Minh City"
        "|St. John's|Las Palmas|New Orleans|Hong Kong|Tel Aviv"
    ),
    "street": _pool(
        "14 Alder Lane|221 Harbor View Road|9 Rue des Lilas|77 Kastanienallee|3 Mill Court"
        "|1200 Pine Street|48 Calle del Sol|5 Ōdōri Park West|310 Granite Avenue|62 Wren Close"
        "|18 Via Garibaldi|400 Lakeshore Drive|27 Jasper Row|8 Birchwood Way"
        "|1550 Mission Boulevard|19 Ulica Długa|36 Quarry Hill|102 Station Road"
    ),
    "place": _pool(
        "the airport|the train station|the office|home|the gym|the library|the farmers market"
        "|the hospital|my parents' place|the stadium|the harbour|Blue Heron Café|Tidewater Mall"
        "|Pinecrest Park|the botanical garden|city hall|Marigold Bakery|the ferry terminal"
        "|Northgate shopping centre|the museum of science|Kasbah Kitchen|the ski lodge"
        "|Lakeside Elementary|the vet|the post office"
    ),
    "timer_label": _pool(
        "pasta|eggs|laundry|tea|nap|homework|rice|bread|pizza|meditation|oven|pomodoro"
        "|parking meter|cookies|face mask|plank|steep the coffee|study break|kids' screen time"
        "|roast chicken|bath|Zoom call"
    ),
    "alarm_label": _pool(
        "work|gym|wake up|flight|school run|take pills|early shift|standup|morning run"
        "|catch the bus|feed the cat|Sunday brunch|yoga"
    ),
    "message": _pool(
        "running ten minutes late|on my way|can you grab milk on the way home|happy birthday!! 🎉"
        "|call me when you're free|dinner's ready|landed safely|don't forget the tickets"
        "|see you at 7|the package arrived|are we still on for tonight"
        "|I left the keys under the mat|thanks for today|stuck in traffic, start without me"
        "|miss you|meeting moved to Thursday|bring a jacket, it's cold|good luck tomorrow"
        "|can you pick up the kids|let's do pizza tonight|parking is on level 3"
        "|the wifi password is on the fridge|Félicitations pour le nouveau job !|gracias por todo"
    ),
    "email_subject": _pool(
        "Quarterly report draft|Weekend plans|Invoice for March|Re: apartment viewing"
        "|Photos from the trip|Updated itinerary|Quick question|Lunch next week?|Contract renewal"
        "|School pickup schedule|Thank you!|Recipe you asked for|Reunion RSVP"
        "|Budget for the garden|Meeting notes 12 May|Résumé for review"
    ),
    "email_body": _pool(
        "please find the draft attached|let me know if Friday works for you"
        "|I'll be out of office until Monday|can we push our call by an hour"
        "|thanks again for your help with the move|the numbers look good to me"
        "|could you send the signed copy back|here are the photos from Saturday"
        "|I'd love your feedback before Thursday|see the notes below and add anything I missed"
    ),
    "event_title": _pool(
        "dentist appointment|team standup|Mia's recital|coffee with Omar|book club"
        "|flight to Lisbon|parent-teacher meeting|yoga class|car service|date night"
        "|project kickoff|haircut|piano lesson|1:1 with Priya|Thanksgiving dinner|quarterly review"
        "|vet checkup for Biscuit|hackathon|soirée chez Anaïs"
    ),
    "reminder": _pool(
        "water the plants|pay rent|call the plumber|take my vitamins|renew passport"
        "|buy a birthday card for mom|return library books|move the car for street cleaning"
        "|submit the expense report|check the oven|book flights for the wedding"
        "|pick up dry cleaning|back up my laptop|order contact lenses|feed the sourdough"
        "|cancel the free trial|charge the bike|send Ngozi the slides"
    ),
    "note_title": _pool(
        "Gift ideas|Packing list|Recipe tweaks|Book recommendations|Garden plan|Trip budget"
        "|Meeting notes|Passwords to reset|Podcast ideas|Wedding toast|Things to fix|Dream journal"
        "|Movie list|Workout log"
    ),
    "note_text": _pool(
        "buy more basil seeds|ask about the lease extension|the blue paint was Harbor Mist"
        "|tire pressure should be 35 psi|Hana likes dark chocolate|table for six at 8"
        "|garage code changed|try less salt in the soup|Wi-Fi router is behind the TV"
        "|locker number 214|idea: a podcast about bridges|Oslo trip needs travel adapters"
    ),
    "song": _pool(
        "Paper Lanterns|Midnight in Lagos|Salt and Cedar|Neon Harbor|Slow Orbit|Kite Season"
        "|Glass Elevator|Hold the Tide|Saudade Azul|Tangerine Static|Walking on Copper"
        "|Little Thunder|Ember & Ash|Nachtzug|Sunday Engines|Quiet Machines|Golden Hour Freeway"
        "|Lighthouse Keeper|Mañana Mañana|Velvet Rain"
    ),
    "artist": _pool(
        "The Velvet Orchard|Mara Linde|Kofi Mensah Trio|Lúa Nova|Static Gardens|DJ Parallax"
        "|Hollow Pines|Ines Varela|Northbound Choir|Sable & Stone|Yuna Mori|The Copper Kettles"
        "|Bastien Roux|Oda Halvorsen|Metro Sunrise|Los Faroles|Amani|Echo Lake Quartet"
        "|Jules Okonkwo"
    ),
    "album": _pool(
        "Harbour Lights|Second Nature|Blue Hour Sessions|Cartography|Field Notes|Low Tide"
        "|Soft Machinery|Terra Incognita|Live at the Granary|Fjords"
    ),
    "playlist": _pool(
        "Morning Focus|Road Trip|Rainy Day|Workout Mix|Dinner Party|Deep Sleep|Throwbacks"
        "|Sunday Cleaning|Coding Flow|Chill Vibes|Kids' Songs|Date Night"
    ),
    "genre": _pool(
        "jazz|ambient|reggae|funk|techno|bluegrass|afrobeat|bossa|classical|metal|folk|lo-fi"
        "|hip hop|indie rock|k-pop|cumbia|synthwave|soul|country|salsa"
    ),
    "podcast": _pool(
        "The Curious Commute|Bridges and Tunnels|Small Kitchen Big Ideas|Deep Time|Market Hours"
        "|The Night Sky Show|Untold Cities|Garden Talk Weekly|Startups in Slow Motion"
        "|The History Hour Nobody Asked For|Café Français Facile|Code & Coffee"
    ),
    "movie": _pool(
        "The Last Lighthouse|Orbit of Ash|Paper Tigers|A Quiet Harbor|Ninety Miles North"
        "|The Glass Orchard|Stormchasers|Little Comets|Midnight Diner Club|Cerulean"
        "|The Cartographer's Daughter|Iron Meadow|Los Días Largos"
    ),
    "show": _pool(
        "Harbor Street|The Bakers of Brindle|Deep Space Rangers|Island Vets|Parallel Lives"
        "|The Night Shift|Kitchen Wars|Mystery at Moor Hall|Tiny Homes Big Dreams"
    ),
    "tv_channel": _pool("BBC Two|Channel 4|Arte|ESPN|CNN|NHK World|PBS|Discovery"),
    "radio_station": _pool("Jazz FM|KEXP|Radio Paradise|Classic FM|BBC Radio 6|NPR|Lofi Radio"),
    "product": _pool(
        "AA batteries|a yoga mat|noise-cancelling headphones|a phone charger|paper towels"
        "|a French press|running shoes|dish soap|a desk lamp|printer ink|a phone case|wool socks"
        "|a cast iron skillet|HDMI cable|sunscreen|a kids' bike helmet|olive oil|a water bottle"
        "|USB-C hub|light bulbs"
    ),
    "grocery": _pool(
        "milk|eggs|bread|butter|bananas|apples|spinach|rice|coffee|tofu|avocados|oat|yogurt"
        "|olive oil|cherry tomatoes|chicken thighs|dish soap|crème fraîche|sparkling water"
        "|peanut butter|frozen peas|tortillas|halloumi|jalapeños"
    ),
    "store": _pool(
        "Tidewater Mall|Greenleaf Market|Corner Hardware|BrightMart|Harbor Books"
        "|Fresh Fields Grocery|TechNest|Petal & Stem|Outdoor Depot|La Boulangerie"
    ),
    "restaurant": _pool(
        "Kasbah Kitchen|Sakura Lane|Trattoria Nonna|The Green Fork|Burger Barn|Pho Saigon House"
        "|Taquería El Sol|Curry Leaf|Café Mistral|Smoke & Oak BBQ|Noodle Theory|Seoul Food"
        "|Olive & Thyme|Bánh Mì Brothers|Pizzeria Vesuvio"
    ),
    "cuisine": _pool(
        "Thai|Italian|Mexican|Ethiopian|Japanese|Indian|Lebanese|Korean|Greek|Peruvian|Vietnamese"
        "|vegan|Georgian|Turkish|Sichuan|dim sum|tapas"
    ),
    "dish": _pool(
        "pad thai|margherita pizza|chicken tikka masala|veggie burger|pho|falafel wrap|ramen"
        "|caesar salad|bibimbap|fish tacos|mushroom risotto|butter chicken|poke bowl|lasagna"
        "|spring rolls|shakshuka|gyoza|croque monsieur"
    ),
    "company": _pool(
        "Northwind Labs|Bluefin Analytics|Acorn & Co|Helios Energy|Quillfeather Press|Orbitra"
        "|Kettle Logistics|Lumen Health|Marlow Freight|Pinecone Software|Saffron Foods"
        "|Granite Bank|Vireo Design|Zephyr Airlines|Brightwater Utilities"
    ),
    "ingredient": _pool(
        "chickpeas|lentils|quinoa|garlic|ginger|lemons|zucchini|mushrooms|feta|cilantro|tahini"
        "|butter|eggs|flour|honey|spinach|tofu|shallots|miso|paprika|oats|coconut milk"
        "|sweet potatoes|brown rice|greek yogurt|soy sauce|bell peppers"
    ),
    "food": _pool(
        "banana|apple|avocado|almonds|oatmeal|hummus|croissant|a boiled egg|greek yogurt"
        "|brown rice|grilled salmon|a slice of pizza|peanut butter toast|lentil soup"
        "|a chocolate bar|miso soup|a bagel with cream cheese"
    ),
    "language": _pool(
        "Spanish|French|German|Italian|Portuguese|Japanese|Korean|Mandarin|Arabic|Hindi|Turkish"
        "|Polish|Dutch|Swedish|Greek|Vietnamese|Swahili|Ukrainian|Indonesian|Hebrew"
    ),
    "phrase": _pool(
        "where is the train station|how much does this cost|I'm allergic to peanuts"
        "|thank you for your help|can I have the bill please|nice to meet you"
        "|what time does the museum open|I would like a window seat|good morning"
        "|is this seat taken|the heating doesn't work|two coffees with oat milk"
        "|we have a reservation for four|I lost my passport"
    ),
    "currency": _pool("USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|BRL|MXN|SEK|NOK|KRW|ZAR|TRY|PLN"),
    "email": _pool(
        "sam.ortiz@example.com|priya.patel@example.org|j.nakamura@example.net"
        "|lena+travel@example.com|info@bluefin-analytics.example|zoe.lindqvist@example.com"
        "|omar.haddad@example.org|billing@northwind.example|jose.garcia@example.com"
        "|hana.kim@example.net|team-leads@pinecone.example|ngozi.okafor@example.com"
    ),
    "phone": _pool(
        "+1 415 555 0134|555-0199|+44 20 7946 0321|(206) 555-0172|+49 30 901820|+33 1 70 18 99 00"
        "|+81 3-5550-1234|+1 312 555 0148|555 0123|+61 2 5550 9876"
    ),
    "file_name": _pool(
        "report_final.pdf|budget-2025.xlsx|IMG_4821.jpg|notes.txt|slides_v3.pptx|resume.docx"
        "|invoice_0423.pdf|vacation.mp4|recipe.md|tax return 2024.pdf|wedding_playlist.m3u"
        "|floorplan.png|contract-signed.pdf|lecture 7.m4a|data_export.csv|Übersicht.docx"
        "|photo_booth.zip"
    ),
    "folder": _pool(
        "Documents|Downloads|Pictures/2024|Work/Clients|Desktop|Music|Taxes|School/Biology"
        "|Projects/garden|Backups|Shared/Family"
    ),
    "repo": _pool(
        "thimble-server|garden-planner|acme/web-frontend|billing-service|dotfiles|data-pipeline"
        "|mobile-app|infra/terraform|docs-site|recipe-api|ml-experiments"
    ),
    "url": _pool(
        "example.com/recipes|news.example.org|docs.example.net/setup|example.com/tickets"
        "|blog.example.com/travel-tips|shop.example.com/sale|wiki.example.org/Lisbon"
    ),
    "search_query": _pool(
        "how to repot a fiddle leaf fig|best hiking trails near Denver"
        "|symptoms of a sprained ankle|how long to boil an egg|cheap flights to Lisbon in May"
        "|what is a heat pump|opening hours of the museum of science|how to remove a wine stain"
        "|sourdough starter ratio|who won the match last night|easy vegan dessert recipes"
        "|how to change a bike tire|meaning of saudade|Kraków old town walking tour"
    ),
    "news_topic": _pool(
        "technology|sports|politics|business|science|health|climate|entertainment|travel"
        "|local news|space exploration|electric cars|the housing market|AI research|the World Cup"
        "|elections|the stock market|renewable energy"
    ),
    "news_source": _pool(
        "The Daily Ledger|Harbor Tribune|Global Wire|Morning Courier|Tech Pulse|Le Quotidien"
        "|Northern Star|Metro Bulletin"
    ),
    "room": _pool(
        "kitchen|bedroom|bathroom|garage|hallway|office|basement|attic|nursery|living room"
        "|dining room|guest room|porch|kids' room|patio"
    ),
    "door": _pool("front door|back door|garage door|side gate|patio door|basement door"),
    "scene": _pool(
        "movie night|good morning|bedtime|dinner party|reading|away|focus|relax|wake up|romantic"
        "|cleaning"
    ),
    "color": _pool(
        "red|blue|green|purple|orange|pink|yellow|teal|white|warm white|cool white|soft amber"
        "|lavender|sunset orange"
    ),
    "app": _pool(
        "Spotify|Maps|Camera|WhatsApp|Signal|Calendar|Notes|Photos|Slack|Duolingo|Strava|Kindle"
        "|Telegram|YouTube|Netflix"
    ),
    "messaging_app": _pool("WhatsApp|Signal|Telegram|Slack|Messenger|Discord|WeChat"),
    "wifi": _pool(
        "HomeNet-5G|Café Mistral Guest|Ortiz Family|OfficeWiFi|Airport_Free_WiFi|Pixel Hotspot"
        "|Library-Public|Gästenetz"
    ),
    "bluetooth_device": _pool(
        "AirPods|car stereo|JBL speaker|kitchen speaker|Galaxy Buds|Bose headphones|smartwatch"
        "|game controller|hearing aids"
    ),
    "workout": _pool(
        "run|walk|swim|yoga|pilates|rowing|cycling|hiking|boxing|climbing|HIIT|strength training"
        "|spin class|trail run|jump rope|indoor bike"
    ),
    "exercise": _pool(
        "squats|lunges|push-ups|pull-ups|burpees|planks|deadlifts|bench press|jumping jacks"
        "|kettlebell swings|sit-ups|mountain climbers"
    ),
    "shopping_list": _pool("groceries|hardware|party|camping|pharmacy|Costco run|weekly"),
    "payee": _pool(
        "Sam Ortiz|the landlord|Brightwater Utilities|Priya|Lumen Health|Mateus|the cleaner"
        "|Coach Rivera|Granite Bank card|the babysitter|Chloé Moreau"
    ),
    "payment_note": _pool(
        "rent|pizza last night|concert tickets|electricity bill|birthday gift|cab share|groceries"
        "|half of the Airbnb|lunch|book club dues|parking"
    ),
    "order_id": _pool("A-10293|ORD-58821|77Q4-XP|1002-4471-9|ZX-3318|W88213|HB-4410"),
    "tracking_number": _pool("1Z 999 AA1 0123 4567 84|9400 1000 0000 0000 0000 00|JD014600006281"),
    "video_topic": _pool(
        "how to tie a bowline knot|sourdough shaping|beginner guitar chords|cat compilations"
        "|Lisbon travel vlog|home workout for beginners|fixing a leaky faucet"
        "|origami crane tutorial|lo-fi beats to study to|Mars rover landing"
    ),
    "topic": _pool(
        "the Roman empire|black holes|photosynthesis|how vaccines work|jazz history"
        "|the French revolution|octopus intelligence|compound interest|volcanoes"
    ),
    "device_name": _pool(
        "living room TV|bedroom speaker|kitchen display|Priya's iPad|work laptop|kids' tablet"
        "|office speaker|garage hub"
    ),
    "weekday": _pool("monday|tuesday|wednesday|thursday|friday|saturday|sunday"),
    "username": _pool(
        "sortiz|pchen|kokafor|zlindqvist|hnakamura|ohaddad|amoreau|jnovak|rpatel|lrossi|dev-bot"
        "|mquinn|yfujita|anaïs.d|jose_g|wren42|t.vu|ci-runner|ngozi.o"
    ),
    "project_name": _pool(
        "Project Atlas|Harbor Relaunch|Q3 Onboarding|Billing Revamp|Mobile v2|Data Lake Migration"
        "|Brand Refresh|Warehouse Automation|Customer Portal|Phoenix"
    ),
    "branch_name": _pool(
        "feature/login-form|fix/null-timezone|release/2.4|chore/bump-deps|docs/readme-typo"
        "|feat/dark-mode|hotfix/payment-retry|experiment/new-cache|refactor/auth|wip-søren"
    ),
    "ticket_title": _pool(
        "Login button unresponsive on Safari|Export to CSV drops last row|Add dark mode"
        "|Crash when uploading large photos|Typo on pricing page|Slow search on mobile"
        "|Password reset email never arrives|Support for Polish locale|Flaky checkout test"
    ),
    "country": _pool(
        "Portugal|Switzerland|Poland|Iceland|Canada|Spain|Germany|Japan|Kenya|Brazil|Norway"
        "|Ireland|Colombia|Peru|Morocco|Türkiye|Vietnam|Korea|India|Ghana|Estonia|Slovenia"
        "|South Africa|New Zealand|United States|Mexico|Côte d'Ivoire"
    ),
    "airport_code": _pool(
        "LIS|ZRH|KRK|KEF|YUL|AGP|DUS|KIX|NBO|AUS|DEN|SEA|ORD|YYZ|DUB|EDI|BOG|OSL|HEL"
    ),
    "hotel_name": _pool(
        "Hotel Miradouro|The Alder Inn|Harbourside Suites|Casa Lumina|Grand Hotel Nord"
        "|Pension Edelweiss|The Copper Lantern|Riad Zitoun|Seaview Lodge|Hôtel des Arts"
    ),
}
POOLS["contact"] = POOLS["first_name"] + POOLS["relation"]
POOLS["person"] = tuple(
    f"{f} {s}" for f, s in zip(POOLS["first_name"], POOLS["last_name"] * 3, strict=False)
)
POOLS["address"] = POOLS["street"] + POOLS["place"]
# Aliases, so domains may use the longer names.
POOLS |= {
    "person_name": POOLS["person"],
    "repo_name": POOLS["repo"],
    "currency_code": POOLS["currency"],
    "street_address": POOLS["street"],
}
