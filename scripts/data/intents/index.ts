import type { Intent } from "../Intent.js";
import { attachFileIntent } from "./attachFileIntent.js";
import { calendarIntent } from "./calendarIntent.js";
import { compoundIntent } from "./compoundIntent.js";
import { createNoteIntent } from "./createNoteIntent.js";
import { emailIntent } from "./emailIntent.js";
import { forwardIntent } from "./forwardIntent.js";
import { inviteAndTextIntent } from "./inviteAndTextIntent.js";
import { lookupIntent } from "./lookupIntent.js";
import { mapsIntent } from "./mapsIntent.js";
import { noToolIntent } from "./noToolIntent.js";
import { openNoteIntent } from "./openNoteIntent.js";
import { reminderIntent } from "./reminderIntent.js";
import { replyIntent } from "./replyIntent.js";
import { shareLocationIntent } from "./shareLocationIntent.js";
import { shareNoteIntent } from "./shareNoteIntent.js";
import { smsIntent } from "./smsIntent.js";
import { summarizeIntent } from "./summarizeIntent.js";
import { zoomIntent } from "./zoomIntent.js";

/** Every intent family the generator draws rows from, with its relative weight. */
export const INTENTS: readonly Intent[] = [
  smsIntent,
  emailIntent,
  calendarIntent,
  zoomIntent,
  attachFileIntent,
  summarizeIntent,
  replyIntent,
  forwardIntent,
  mapsIntent,
  shareLocationIntent,
  createNoteIntent,
  openNoteIntent,
  shareNoteIntent,
  reminderIntent,
  lookupIntent,
  inviteAndTextIntent,
  compoundIntent,
  noToolIntent,
];
