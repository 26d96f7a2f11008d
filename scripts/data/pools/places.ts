import { listOf } from "./listOf.js";

/** Well-known places people ask Maps for. */
export const LANDMARKS: readonly string[] = listOf(`
Apple Park; Golden Gate Bridge; Golden Gate Park; Central Park; Times Square; the Eiffel Tower; the
Louvre; Union Square; Fisherman's Wharf; Alcatraz Island; the Space Needle; Pike Place Market; Stanford
University; UC Berkeley; the Ferry Building; Oracle Park; Dolores Park; Lake Merritt; the Brooklyn Bridge;
the Empire State Building; Grand Central Terminal; the High Line; Wall Street; Hyde Park; Big Ben;
Buckingham Palace; the British Museum; Trafalgar Square; Camden Market; the Colosseum; Piazza Navona;
Sagrada Família; Park Güell; La Rambla; Plaça de Catalunya; the Brandenburg Gate; Alexanderplatz;
Museumsinsel; Tiergarten; Marienplatz; the Englischer Garten; Shibuya Crossing; Tokyo Tower; Senso-ji;
Ueno Park; Shinjuku Gyoen; Gyeongbokgung Palace; the Sydney Opera House; Bondi Beach; Darling Harbour;
Stanley Park; Granville Island; CN Tower; Millennium Park; Navy Pier; the Art Institute; Griffith
Observatory; Santa Monica Pier; Venice Beach; the Getty Center; Balboa Park; Mission Dolores; Coit Tower;
Twin Peaks; Ocean Beach; Lands End; Muir Woods; Half Moon Bay; Yosemite Valley; Lake Tahoe; the Golden
Gate Bridge Welcome Center; Nyhavn; Tivoli Gardens; Vigeland Park; Gamla Stan; the Rijksmuseum;
Vondelpark; Dam Square; the Acropolis; Syntagma Square; Hagia Sophia; Galata Tower; Taksim Square; Praça
do Comércio; Belém Tower; the Charles Bridge; Wenceslas Square; Schönbrunn Palace; Stephansplatz;
Széchenyi Baths; the Blue Mosque; Copacabana Beach; Sugarloaf Mountain; Zócalo; Chapultepec Park; Table
Mountain; the V&A Waterfront; Marina Bay Sands; Gardens by the Bay; Victoria Peak; the Bund; Jardin du
Luxembourg; Montmartre; the Pantheon; Place de la Concorde; Kungsträdgården; Łazienki Park; the Old Town
Square
`);

/** Cities and towns, diacritics included. */
export const CITIES: readonly string[] = listOf(`
San Francisco; Oakland; San Jose; Palo Alto; Berkeley; Cupertino; Mountain View; Sausalito; Los Angeles;
San Diego; Sacramento; Seattle; Portland; Denver; Chicago; Boston; New York; Brooklyn; Philadelphia;
Washington; Atlanta; Miami; Austin; Houston; Dallas; Phoenix; Las Vegas; Salt Lake City; Minneapolis;
Detroit; Toronto; Montréal; Vancouver; Québec City; Mexico City; Guadalajara; Bogotá; Lima; São Paulo; Rio
de Janeiro; Buenos Aires; Santiago; London; Manchester; Edinburgh; Dublin; Cork; Paris; Lyon; Marseille;
Nice; Brussels; Amsterdam; Rotterdam; Utrecht; Berlin; Hamburg; Munich; Köln; Düsseldorf; Frankfurt;
Zürich; Genève; Basel; Vienna; Salzburg; Prague; Brno; Kraków; Warsaw; Gdańsk; Wrocław; Budapest;
Bratislava; Ljubljana; Zagreb; Belgrade; Bucharest; Sofia; Athens; Thessaloniki; Istanbul; İzmir; Ankara;
Copenhagen; Aarhus; Malmö; Göteborg; Stockholm; Uppsala; Oslo; Bergen; Tromsø; Helsinki; Tampere;
Reykjavík; Tallinn; Riga; Vilnius; Lisbon; Porto; Madrid; Barcelona; Valencia; Sevilla; Málaga; Bilbao;
Rome; Milan; Turin; Naples; Florence; Venice; Bologna; Tokyo; Osaka; Kyoto; Sapporo; Seoul; Busan; Taipei;
Hong Kong; Singapore; Bangkok; Hanoi; Ho Chi Minh City; Kuala Lumpur; Jakarta; Manila; Mumbai; Delhi;
Bengaluru; Chennai; Pune; Hyderabad; Dubai; Abu Dhabi; Doha; Tel Aviv; Cairo; Marrakesh; Casablanca;
Lagos; Accra; Nairobi; Addis Ababa; Cape Town; Johannesburg; Sydney; Melbourne; Brisbane; Perth; Auckland;
Wellington; Queenstown
`);

/** Kinds of business a place name ends in ("Green Olive Cafe", "Okafor's Bakery"). */
export const BUSINESS_KINDS: readonly string[] = listOf(`
Cafe; Café; Coffee; Coffee Roasters; Bistro; Kitchen; Bar; Grill; Bakery; Books; Gym; Diner; Pizzeria;
Deli; Tavern; Brewery; Market; Ramen; Taqueria; Sushi; Thai; Noodle House; Climbing Gym; Yoga Studio;
Salon; Pharmacy; Hardware; Garden Center; Wine Bar; Tea House
`);

/** Street-name endings for street addresses. */
export const STREET_KINDS: readonly string[] = listOf(`
Street; St; Avenue; Ave; Road; Rd; Boulevard; Blvd; Lane; Way; Drive; Place; Court
`);
