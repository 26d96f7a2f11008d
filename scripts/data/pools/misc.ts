import { listOf } from "./listOf.js";

/** Note folders people name ("put it in my Recipes folder"). */
export const NOTE_FOLDERS: readonly string[] = listOf(`
Work; Personal; Recipes; Ideas; Travel; Journal; Shopping; Projects; School; Family; Meetings; Books;
Health; Finance; Garden; Home; Writing; Research; Music; Fitness; Archive; Drafts; Inbox; Kids; Movies;
Podcasts; Side Projects; Wedding; Moving; Taxes
`);

/** Reminders lists. */
export const REMINDER_LISTS: readonly string[] = listOf(`
Groceries; Errands; Work; Personal; Home; Shopping; Family; Chores; School; Health; Bills; Packing;
Garden; Gifts; Car; Pets; Office; To Do; Inbox; Projects
`);

/** Calendars. */
export const CALENDAR_NAMES: readonly string[] = listOf(`
Work; Home; Family; Personal; School; Kids; Team; Gym; Travel; Side Project
`);

/** Mail domains for addresses typed straight into a query. */
export const EMAIL_DOMAINS: readonly string[] = listOf(`
gmail.com; icloud.com; outlook.com; yahoo.com; proton.me; example.com; company.com; acme.io; uni.edu;
mail.de; fastmail.com; hey.com; berkeley.edu; startup.co; studio.design
`);

/** Teams and groups an event title can name ("design sync", "marketing standup"). */
export const TEAMS: readonly string[] = listOf(`
design; marketing; sales; engineering; product; finance; legal; support; research; ops; growth; data;
hiring; security; platform; mobile; web; infra; brand; content
`);

/** Meeting kinds an event or zoom title ends in. */
export const MEETING_KINDS: readonly string[] = listOf(`
sync; review; standup; kickoff; planning; retro; check-in; catch-up; brainstorm; demo; sync-up; workshop;
offsite; interview; onboarding; debrief; huddle; all-hands; training
`);

/** Social plans ("lunch", "coffee", "drinks") for events people invite friends to. */
export const SOCIAL_EVENTS: readonly string[] = listOf(`
lunch; coffee; dinner; drinks; breakfast; brunch; a walk; a run; tennis; a movie; board games; book club;
a hike; a bike ride; karaoke; a picnic; yoga; climbing; a concert
`);
