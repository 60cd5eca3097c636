/**
 * dom-boilerplate: removes page chrome by DOM evidence, but only outside the main-content
 * candidate: blocks inside `nav`/`header`/`footer`/`aside`/`form`/`menu` (or their ARIA roles), and
 * blocks whose nearest class/id evidence names chrome (`sidebar`, `comments`, `share`, `related`,
 * `newsletter`…). The article's own header (title, byline) sits inside the candidate and stays.
 * HTML input only.
 * @module
 */
import { defineCleaner } from '../cleaner.js';

/** Options of {@link domBoilerplate}. */
export interface DomBoilerplateOptions {
  /** Remove blocks in nav-like landmarks outside the main content. */
  landmarks: boolean;
  /** Remove blocks under chrome class/id tokens outside the main content. */
  classes: boolean;
  /**
   * Remove every block outside the main-content candidate (readability-style extraction). Off by
   * default: the learned scorer judges those blocks with `extra.inMain` as one feature among many.
   */
  outsideMain: boolean;
}

export const domBoilerplate = defineCleaner<DomBoilerplateOptions>(
  {
    id: 'dom-boilerplate',
    purpose: 'Removes blocks in nav/header/footer/aside landmarks or under chrome class/id names, outside the main content.',
    defaults: { landmarks: true, classes: true, outsideMain: false },
    inputs: ['html'],
  },
  ({ doc, options, remove }) => {
    for (const block of doc.children) {
      const x = block.dom?.extra;
      if (!x || !x.mainFound || x.inMain) continue;
      // An article's own <header> (inside <article>/<main>: headline, dek, lead) is no banner (as in
      // ARIA, where only a page-level header is the banner landmark): the scorer judges it.
      if (options.landmarks && x.inNavLike && !(x.navTag === 'header' && x.inArticle)) remove(block, `in <${String(x.navTag)}> outside the main content`);
      else if (options.classes && x.classChrome) remove(block, `under class/id "${String(x.classChrome)}" outside the main content`);
      else if (options.outsideMain) remove(block, 'outside the main content');
    }
  },
);
