/**
 * Everyday nouns and adjectives that titles, messages, notes and file names are built from. None is a
 * date or time word (chrono-node reads "second", "march" or "sun" as dates), which a test checks.
 */
export const NOUNS: readonly string[] = `
account agenda album allergy anniversary apartment apple appointment architecture archive article assignment
audit avocado backpack badge bakery balcony ballet banana bandwidth banner barbecue basement basket battery beach
bicycle bike birthday blanket blender blog blueprint board boat bonus book bookshelf boots bottle bouquet box brand
bread breakfast brick bridge brochure brunch brush bucket budget bug building bus business butter cabin cable cake
calculator camera campaign camping candle canvas car card carpet carrot cart case cashew castle cat catalog ceiling
cereal chair charger chart cheese chemistry cherry chess chicken chocolate choir class classroom cleaning client
clinic closet cloud coat code coffee collection comedy committee community compost concert conference contract
cookie cooking cooler copy costume couch coupon course cousin crate cream cupcake curtain customer cycling dashboard
database deadline deck delivery demo dentist deposit design desk dessert dessert diagram diary dinner diploma
discount dishwasher document dog donation donut drawing dress driveway drone dryer dumpling dust earring editor
election email engine envelope espresso essay estimate exam exhibit expense experiment fabric fan farm feedback
fence festival fiction figure film filter finance fireplace fish fitness flight floor flour flower flyer folder
football forecast form fountain frame fridge fundraiser furniture gadget gallery game garage garden garlic gate
gift giraffe glasses glove goal gown grade grant grocery guitar gym haircut hallway hammer hardware harvest headset
helmet hiking hockey homework honey hospital hotel house housewarming hummus ice insurance interview inventory
invoice iron island jacket jam jar jazz jewelry journal juice kayak kettle key keyboard kitchen kite ladder lamp
laptop laundry lawn lease lecture lemon lemonade lesson letter library license lighting logo luggage lunch magazine
mango manual map marathon market mattress meal medicine meetup menu microphone milestone milk mirror mixer model
monitor mortgage motorcycle movie mug museum mushroom music napkin necklace newsletter notebook novel oatmeal office
olive onboarding onion orange orchestra order oven package painting pancake pantry paper parade parking party pasta
passport pastry patio payment payroll peach peanut pear pencil pepper permit pharmacy photo piano picnic pie pillow
pizza plan planner plant plate playlist plumber podcast poem portfolio poster potato pottery presentation printer
project promotion proposal prototype pumpkin puzzle quiz quilt rabbit race radio raffle recipe recital record
refund rehearsal renovation rent report research reservation resume retreat review rice ring roadmap robot roof
router rug salad salary sale salmon sandwich sauce scarf schedule scholarship science scooter screen script
sculpture seminar sermon shelf shipment shirt shoes shopping shuttle sign sink sketch ski skirt slides snack soccer
sofa software soup spinach sponsor spreadsheet stadium stage statement stove strategy strawberry studio subscription
suitcase summary sunglasses supplies survey sushi sweater swimming syllabus table tablet taco tax tea teapot
telescope tennis tent thesis ticket tile timeline toaster tomato toolbox tournament towel tractor trailer training
trampoline translation treasury trip trophy truck tulip tuna tutorial umbrella uniform update vacation vacuum van
vase vendor video villa vinegar violin visa volleyball volunteer voucher waffle wallet wallpaper wardrobe warranty
watch water website wedding whiteboard window wine workshop yoga yogurt zucchini
`
  .trim()
  .split(/\s+/)
  .filter((word, index, all) => all.indexOf(word) === index);

export const ADJECTIVES: readonly string[] = `
annual big blue bright brief busy calm cheap classic clean cold cozy creative crisp daily dark deep digital early
easy fancy fast final fresh friendly fun giant golden grand green happy healthy heavy hidden holiday honest huge
internal joint kind large late light little live local long loud lucky main major mini modern monthly new nice
northern old open orange organic outdoor pink plain polished premium private public purple quick quiet quarterly
rainy rapid raw red regional remote revised rough round royal rustic safe salty secret senior short silent silver
simple slow small smart soft solid special spicy spring steady sunny super sweet swift tall team tiny top total
tropical urban vintage visual warm weekly western white wild winter wooden yellow young
`
  .trim()
  .split(/\s+/);
