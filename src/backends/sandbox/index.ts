export { ContactBook, fullNameOf } from "./ContactBook.js";
export { type ClosestMatch, closestMatch, type MatchTier } from "./closestMatch.js";
export { createSeedState } from "./createSeedState.js";
export { foldText } from "./foldText.js";
export { REALISTIC_LATENCY_MS, type SandboxLatency } from "./latency.js";
export { type LocalDateTime, parseLocalDateTime } from "./localDateTime.js";
export { mapsDirectionsUrl, mapsLocationUrl } from "./mapsUrls.js";
export { quotePlus } from "./quotePlus.js";
export { renderPdf } from "./renderPdf.js";
export { type SandboxActivity, SandboxMac, type SandboxMacOptions } from "./SandboxMac.js";
export {
  type CalendarEvent,
  type Contact,
  type MailDraft,
  type MailMessage,
  type Note,
  type Reminder,
  type SandboxFile,
  type SandboxPdfFile,
  type SandboxState,
  SandboxStateSchema,
  type SmsDraft,
  type ZoomMeeting,
} from "./SandboxState.js";
export { SANDBOX_APPS, showSandbox } from "./showSandbox.js";
