import { resolveTimes } from "../../src/prompt/index.js";
import { seededRandom } from "./seededRandom.js";

const NAMES = ["Sid", "Lutfi Erdogan", "Amir", "Zoë Müller", "Kenji Tanaka", "Priya", "José García", "Olga"];
const MESSAGES = ["I'm running 10 minutes late", "dinner is at 7", "call me back", "the report is ready"];
const SUBJECTS = ["budget review", "project update", "team lunch", "design feedback"];
const PLACES = ["Apple Park", "the airport", "Union Station"];
const WHEN = ["tomorrow at noon", "next friday at 3pm", "on monday at 10am"];

/**
 * Deterministic dataset rows (`{"id","now","query","plan","tools"}` JSON lines) for the training
 * scripts' tests: SMS, email, directions, calendar with a resolved time, and no-tool requests.
 * A stand-in for `npm run data`, small enough to train on in seconds.
 */
export function fixtureRows(count: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    const now = new Date(2024, Math.floor(random() * 12), 1 + Math.floor(random() * 28), 9, 30);
    const nowText = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T09:30`;
    const name = pick(NAMES);
    let row: { query: string; plan: string; tools: string[] };
    switch (index % 5) {
      case 0: {
        const message = pick(MESSAGES);
        row = {
          query: `Text ${name} that ${message}`,
          plan: `1. get_phone_number("${name}")\n2. send_sms(["$1"], "${message}")\n3. join()<END_OF_PLAN>`,
          tools: ["get_phone_number", "send_sms"],
        };
        break;
      }
      case 1: {
        const subject = pick(SUBJECTS);
        row = {
          query: `Email ${name} about the ${subject}`,
          plan: `1. get_email_address("${name}")\n2. compose_new_email(["$1"], [], "${subject}", "", [])\n3. join()<END_OF_PLAN>`,
          tools: ["get_email_address", "compose_new_email"],
        };
        break;
      }
      case 2: {
        const place = pick(PLACES);
        row = {
          query: `Show directions to ${place}`,
          plan: `1. maps_show_directions("", "${place}", "d")\n2. join()<END_OF_PLAN>`,
          tools: ["maps_show_directions"],
        };
        break;
      }
      case 3: {
        const subject = pick(SUBJECTS);
        const query = `Schedule a meeting with ${name} ${pick(WHEN)} about the ${subject}`;
        const time = resolveTimes(query, now)[0];
        row = {
          query,
          plan:
            `1. get_email_address("${name}")\n2. create_calendar_event("${subject}", "${time?.start}", ` +
            `"${time?.end}", "", ["$1"], "", None)\n3. join()<END_OF_PLAN>`,
          tools: ["get_email_address", "create_calendar_event"],
        };
        break;
      }
      default:
        row = {
          query: pick(["What's the weather like?", "Tell me a joke"]),
          plan: "1. join()<END_OF_PLAN>",
          tools: [],
        };
    }
    lines.push(JSON.stringify({ id: String(index), now: nowText, ...row }));
  }
  return `${lines.join("\n")}\n`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
