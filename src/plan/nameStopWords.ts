/**
 * English words a person's name copied from a request never starts or ends with: articles,
 * determiners, prepositions, conjunctions, pronouns, auxiliary verbs, greetings and fillers, and
 * the word for the assistant itself. A small planner that meets an opener it never saw ("Yo,
 * email Kwame …", "Assistant, text Ana …") or a joiner ("… plus Ida") will otherwise look it up as
 * a contact. Words that are also common names or surnames are left out on purpose, so that "He
 * Jun", "Do Van Anh", "Will", "May", "Can", "Oh Se-hoon" or "An" can still be looked up: he, do, an,
 * in, so, oh, um, will, may, can. Lower case; a request's word is compared in lower case.
 */
export const NAME_STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // articles and determiners
    "a the this that these those my your our their his her its some any all each every both",
    // prepositions
    "about above across after against along among around as at before behind below beneath beside",
    "besides between beyond by concerning despite down during except for from inside into near of",
    "off on onto out outside over past per re regarding since than through throughout till to",
    "toward towards under underneath unlike until up upon via with within without",
    // conjunctions and sentence joiners
    "and or but nor yet plus then also if because while although though unless whether when where whereas",
    // pronouns
    "i me myself you yourself ya u him she it we us they them who whom whose what which",
    "someone everyone anyone everybody",
    // auxiliary verbs
    "am is are was were be been being have has had does did could should would shall must might",
    // greetings, fillers, politeness, and the assistant addressed
    "hey hello hi yo okay ok uh er hmm please kindly thanks thank yes yeah sure assistant",
  ]
    .join(" ")
    .split(" "),
);
