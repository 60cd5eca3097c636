/**
 * The ordered list of cleaners, and the unified processor that runs them. A reader finds the whole
 * pipeline here: input → blocks → these cleaners in order → output.
 * @module
 */
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import type { Cleaner } from './cleaner.js';
import type { Doc } from './doc.js';
import type { CleanerSetting } from './types.js';
import { DecruftError } from './errors.js';
import { shareWidgets } from './cleaners/share-widgets.js';
import { promos } from './cleaners/promos.js';
import { consentNotices } from './cleaners/consent-notices.js';
import { comments } from './cleaners/comments.js';
import { navigation } from './cleaners/navigation.js';
import { liftByline } from './cleaners/lift-byline.js';
import { liftDate } from './cleaners/lift-date.js';
import { liftTitle } from './cleaners/lift-title.js';
import { liftSubtitle } from './cleaners/lift-subtitle.js';
import { liftDateline } from './cleaners/lift-dateline.js';
import { liftCredits } from './cleaners/lift-credits.js';
import { contentScorer } from './cleaners/content-scorer.js';
import { captions } from './cleaners/captions.js';
import { relatedLinks } from './cleaners/related-links.js';
import { duplicates } from './cleaners/duplicates.js';
import { trailingStories } from './cleaners/trailing-stories.js';
import { domHidden } from './cleaners/dom-hidden.js';
import { domBoilerplate } from './cleaners/dom-boilerplate.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyCleaner = Cleaner<any>;

/**
 * Every cleaner, in the order it runs. Sections:
 * 1. HTML structure cleaners (DOM evidence; skip text input)
 * 2. metadata lifters (title, dates, bylines, datelines…) — before junk cleaners so a title is
 *    lifted, not removed as navigation
 * 3. named junk cleaners (navigation, share widgets, promos, captions, related, comments…)
 * 4. scorers (learned block scorer, main-span smoothing, unrelated trailing stories)
 */
export const CLEANERS: readonly AnyCleaner[] = [
  // --- 1. HTML structure ---
  domHidden,
  domBoilerplate,
  // Cookie and consent notices before the lifters: a banner's heading is no headline, its date
  // no publication date (`Die Cookie-Erklärung wurde das letzte Mal am 02.12.2022 aktualisiert`).
  consentNotices,
  // --- 2. metadata lifters ---
  // byline before date (a `By … | date` line gives both); date and byline before title/subtitle
  // (a dek is told from the lead by the date/byline under it); dateline/credits last.
  liftByline,
  liftDate,
  liftTitle,
  liftSubtitle,
  liftDateline,
  liftCredits,
  // --- 3. named junk ---
  shareWidgets,
  promos,
  comments,
  captions,
  relatedLinks,
  duplicates,
  // navigation last of the named junk: its runs of short lines are the fuzziest evidence, so the
  // specific cleaners above name their blocks first.
  navigation,
  // --- 4. scorers ---
  contentScorer,
  trailingStories,
];

/** Look up a cleaner by rule id. */
export function getCleaner(id: string): AnyCleaner | undefined {
  return CLEANERS.find((c) => c.id === id);
}

function enabled(setting: CleanerSetting | undefined): boolean {
  return setting !== false && setting !== 'off';
}

/** A frozen unified processor whose transformers are the enabled cleaners, in order. */
export type DecruftProcessor = Processor<undefined, Doc, Doc, undefined, undefined>;

/**
 * Build a processor once and reuse it for every document (like `unified().freeze()`).
 * `settings` maps rule ids to `false`/`'off'` or an options object.
 */
export function createProcessor(
  settings: Record<string, CleanerSetting> = {},
  timings?: Record<string, number>,
): DecruftProcessor {
  for (const id of Object.keys(settings)) {
    if (!getCleaner(id)) throw new DecruftError('BAD_OPTION', `unknown cleaner '${id}'`);
  }
  let processor = unified() as unknown as DecruftProcessor;
  for (const cleaner of CLEANERS) {
    const setting = settings[cleaner.id];
    if (!enabled(setting)) continue;
    const options = typeof setting === 'object' ? setting : undefined;
    if (timings) {
      const timed = function () {
        return (tree: Doc, file: VFile) => {
          const t0 = performance.now();
          cleaner.run(tree, options, file);
          timings[`cleaner:${cleaner.id}`] = (timings[`cleaner:${cleaner.id}`] ?? 0) + performance.now() - t0;
        };
      };
      processor = processor.use(timed) as unknown as DecruftProcessor;
    } else {
      processor = processor.use(cleaner.plugin, options) as unknown as DecruftProcessor;
    }
  }
  return processor.freeze() as DecruftProcessor;
}
