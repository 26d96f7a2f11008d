import { describe, expect, it } from "vitest";
import { ToolRegistry } from "../../tools/index.js";
import { referenceSuccess } from "./referenceSuccess.js";
import { strictSuccess } from "./strictSuccess.js";

const registry = new ToolRegistry();
const strict = (predicted: string, gold: string) => strictSuccess(predicted, gold, { registry });
const reference = (predicted: string, gold: string) => referenceSuccess(predicted, gold, { registry });
const plan = (...lines: string[]) => lines.join("\n");

const ZOOM = plan(
  '1. get_email_address("Eren Erdoğan")',
  '2. get_zoom_meeting_link("Apple Meeting", "2022-10-14 15:00:00", 60, ["$1"])',
  '3. create_calendar_event("Apple Meeting", "2022-10-14 15:00:00", "2022-10-14 16:00:00", "$2", [], "", None)',
  "Thought: I have succesfully created the calendar event.",
  "4. join()<END_OF_PLAN>",
);

const PARALLEL = plan(
  '1. get_phone_number("Sid")',
  '2. get_phone_number("Lutfi")',
  '3. send_sms(["$1", "$2"], "The meeting moved to 3pm")',
  "4. join()",
);

describe("strictSuccess", () => {
  it("scores a plan against itself as 1", () => {
    expect(strict(ZOOM, ZOOM)).toBe(1);
    expect(strict(PARALLEL, PARALLEL)).toBe(1);
  });

  it("scores a wrong contact 0 where the reference scores 1", () => {
    const wrong = ZOOM.replace("Eren Erdoğan", "Sid Sharma");
    expect(reference(wrong, ZOOM)).toBe(1);
    expect(strict(wrong, ZOOM)).toBe(0);
  });

  it("folds case, spacing and diacritics in names", () => {
    expect(strict(ZOOM.replace("Eren Erdoğan", "  eren  ERDOGAN "), ZOOM)).toBe(1);
  });

  it("accepts a differently worded message with enough word overlap", () => {
    const reworded = PARALLEL.replace("The meeting moved to 3pm", "the meeting has moved to 3pm today");
    expect(strict(reworded, PARALLEL)).toBe(1);
    expect(strict(PARALLEL.replace("The meeting moved to 3pm", "Happy birthday!"), PARALLEL)).toBe(0);
  });

  it("compares dates as instants", () => {
    const iso = ZOOM.replace(
      '"Apple Meeting", "2022-10-14 15:00:00", 60',
      '"Apple Meeting", "2022-10-14T15:00", 60',
    );
    expect(strict(iso, ZOOM)).toBe(1);
    expect(strict(ZOOM.replace('"2022-10-14 16:00:00"', '"2022-10-14 17:00:00"'), ZOOM)).toBe(0);
  });

  it("compares recipients as a set", () => {
    const gold = plan('1. compose_new_email(["a@x.com", "b@x.com"], [], "Hi", "", [])', "2. join()");
    const reordered = plan("1. compose_new_email(['B@x.com', 'a@x.com'], None, 'hi', None, [])", "2. join()");
    expect(strict(reordered, gold)).toBe(1);
    expect(strict(gold.replace('"b@x.com"', '"c@x.com"'), gold)).toBe(0);
  });

  it("follows references through the mapping when parallel lookups are swapped", () => {
    const swapped = plan(
      '1. get_phone_number("Lutfi")',
      '2. get_phone_number("Sid")',
      '3. send_sms(["$2", "$1"], "The meeting moved to 3pm")',
      "4. join()",
    );
    expect(strict(swapped, PARALLEL)).toBe(1);
  });

  it("maps each reference to the lookup that it names", () => {
    const gold = plan(
      '1. get_email_address("Sid")',
      '2. get_email_address("Lutfi")',
      '3. compose_new_email(["$1"], ["$2"], "Hi", "", [])',
      "4. join()",
    );
    const swappedNames = plan(
      '1. get_email_address("Lutfi")',
      '2. get_email_address("Sid")',
      '3. compose_new_email(["$1"], ["$2"], "Hi", "", [])',
      "4. join()",
    );
    const consistent = plan(
      '1. get_email_address("Lutfi")',
      '2. get_email_address("Sid")',
      '3. compose_new_email(["$2"], ["$1"], "Hi", "", [])',
      "4. join()",
    );
    expect(reference(swappedNames, gold)).toBe(1);
    expect(strict(swappedNames, gold)).toBe(0);
    expect(strict(consistent, gold)).toBe(1);
  });

  it("resolves references inside free text through the mapping", () => {
    const gold = plan(
      '1. maps_open_location("Apple Park")',
      '2. get_email_address("Sid")',
      '3. compose_new_email(["$2"], [], "Directions", "Here is the place: $1", [])',
      "4. join()",
    );
    const reordered = plan(
      '1. get_email_address("Sid")',
      '2. maps_open_location("Apple Park")',
      '3. compose_new_email(["$1"], [], "Directions", "Here is the place: $2", [])',
      "4. join()",
    );
    expect(strict(reordered, gold)).toBe(1);
  });

  it("treats None, empty string and empty list alike for optional parameters", () => {
    const gold = plan('1. create_reminder("Buy milk", "2024-05-24 09:00:00", "", "", 0, False)', "2. join()");
    const nones = plan(
      '1. create_reminder("buy milk", "2024-05-24 09:00", None, None, None, None)',
      "2. join()",
    );
    expect(strict(nones, gold)).toBe(1);
    expect(strict(gold.replace(", 0, False", ", 1, False"), gold)).toBe(0);
  });

  it("compares all-day reminders by day", () => {
    const gold = plan('1. create_reminder("Rent", "2024-06-01", "", "", 0, True)', "2. join()");
    expect(strict(gold.replace('"2024-06-01"', '"2024-06-01 00:00:00"'), gold)).toBe(1);
    expect(strict(gold.replace('"2024-06-01"', '"2024-06-02"'), gold)).toBe(0);
  });

  it("rejects many interchangeable look-ups with one wrong name without a long search", () => {
    const lookups = (names: string[]) =>
      plan(
        ...names.map((name, index) => `${index + 1}. get_email_address("${name}")`),
        `${names.length + 1}. compose_new_email([${names.map((_, index) => `"$${index + 1}"`).join(", ")}], [], "Hi", "", [])`,
        `${names.length + 2}. join()`,
      );
    const gold = lookups([...Array(11).fill("Sid"), "Nick"]);
    const predicted = lookups(Array(12).fill("Sid"));
    expect(reference(predicted, gold)).toBe(1);
    expect(strict(predicted, gold)).toBe(0);
    expect(
      strict(lookups([...gold.matchAll(/"(\w+)"\)/g)].map((match) => match[1] ?? "").reverse()), gold),
    ).toBe(1);
  });

  it("scores 0 whenever the reference structure differs, and never throws", () => {
    expect(strict(PARALLEL.replace('["$1", "$2"]', '["Sid", "$2"]'), PARALLEL)).toBe(0);
    expect(strict(PARALLEL.replace('["$1", "$2"]', '["$9"]'), PARALLEL)).toBe(0);
    expect(strict(PARALLEL.replace('["$1", "$2"]', '["$3"]'), PARALLEL)).toBe(0);
    expect(strict(PARALLEL.replace("4. join()", ""), PARALLEL)).toBe(0);
  });
});
