import type { CivilDateTime } from "./CivilDateTime.js";
import { chatterOpener } from "./chatter.js";
import type { DatePhrase } from "./DatePhrase.js";
import { dayPhrase } from "./dayPhrase.js";
import { PlanBuilder } from "./PlanBuilder.js";
import { CLOSERS, OPENERS } from "./politeness.js";
import type { Pools } from "./pools/Pools.js";
import type { Random } from "./Random.js";
import { nearDaylightSavingSwitch } from "./randomNow.js";
import { type Split, usesHeldOut } from "./Split.js";
import type { QueryStyle } from "./style.js";
import { expandTemplate, type Segment, type SlotValue, templateSlots } from "./template.js";
import { type TimedPhraseOptions, timedPhrase } from "./timedPhrase.js";

/** Share of train and val rows whose opener is random chatter. */
const CHATTER_CHANCE = 0.08;

/** Phrasing templates of one intent: train and val draw from `train`, the test split from `test`. */
export interface TemplateSet {
  readonly train: readonly string[];
  readonly test: readonly string[];
}

/** A date phrase a row used, and whether the plan needs its end too (events) or just its start. */
export interface UsedPhrase {
  readonly phrase: DatePhrase;
  readonly event: boolean;
}

/**
 * Everything one row's intent draws from and writes to: its random stream, its split's pools, its
 * `now`, its typing style and the plan being built. It also records what the row used (templates,
 * date phrases) for the checks and statistics. `clause` is set while an intent writes one part of a
 * compound request, which then has no opener or closer of its own.
 */
export class IntentContext {
  readonly plan = new PlanBuilder();
  readonly templates: string[] = [];
  readonly phrases: UsedPhrase[] = [];
  clause = false;

  constructor(
    readonly random: Random,
    readonly pools: Pools,
    readonly split: Split,
    readonly now: CivilDateTime,
    readonly style: QueryStyle,
  ) {}

  /** A value as the query shows it, which is what the plan must copy. */
  cased(text: string): string {
    return this.style.lowercase ? text.toLowerCase() : text;
  }

  /** One template of the set for this row's split. */
  template(set: TemplateSet): string {
    const template = this.random.pick(this.#side(set));
    this.templates.push(template);
    return template;
  }

  /**
   * A polite opener for this split ("can you ", "please "), often none; none inside a clause. Train and
   * val rows sometimes get random chatter instead (see {@link chatterOpener}); the test split keeps its
   * held-out openers only.
   */
  opener(): Segment[] {
    if (this.clause) return [{ text: "", protected: false }];
    const text =
      !usesHeldOut(this.split) && this.random.chance(CHATTER_CHANCE)
        ? chatterOpener(this.random, this.pools)
        : this.random.pick(this.#side(OPENERS));
    return [{ text, protected: false }];
  }

  /**
   * Expands one of the set's templates; `{open}` and `{close}` are filled here (empty in a clause).
   * Every slot given must appear in the template, since the plan already uses it, unless `spare`
   * (a pool of optional fillers, as for requests no tool can do).
   */
  expand(
    set: TemplateSet,
    slots: Readonly<Record<string, SlotValue>>,
    options: { readonly spare?: boolean } = {},
  ): Segment[] {
    const template = this.template(set);
    if (!options.spare) {
      const used = templateSlots(template);
      const missing = Object.keys(slots).filter((name) => !used.has(name));
      if (missing.length > 0) throw new RangeError(`template lacks {${missing.join("}, {")}}: ${template}`);
    }
    const open = this.opener();
    const close = this.clause ? "" : this.random.pick(this.#side(CLOSERS));
    return expandTemplate(template, this.random, {
      open,
      close: [{ text: close, protected: false }],
      ...slots,
    });
  }

  #side(set: TemplateSet): readonly string[] {
    return usesHeldOut(this.split) ? set.test : set.train;
  }

  /** A time of day for a meeting, zoom call or timed reminder. `event`: the plan also uses its end. */
  timed(options: TimedPhraseOptions & { readonly event?: boolean } = {}): DatePhrase {
    let phrase = timedPhrase(this.random, this.now, options);
    while (phrase.relativeDays > 0 && nearDaylightSavingSwitch(this.now, phrase.relativeDays)) {
      phrase = timedPhrase(this.random, this.now, options);
    }
    this.phrases.push({ phrase, event: options.event ?? false });
    return { ...phrase, text: this.cased(phrase.text) };
  }

  /** A day without a time of day (an all-day reminder). */
  day(): DatePhrase {
    const phrase = dayPhrase(this.random, this.now);
    this.phrases.push({ phrase, event: false });
    return { ...phrase, text: this.cased(phrase.text) };
  }
}
