/**
 * Links between the widgets through the one dataset: a provider's card to its organization's
 * next events, an event to its organization in the finder, the contact form's last step to the
 * next town halls, a rights situation to the matching finder need. A link goes to the other
 * widget on the same page when there is one (it takes the state, scrolls into view and takes the
 * focus), else to the page of the site that has it, named by the site owner
 * (`<script data-finder-page="/help">` or the element's `finder-page` attribute), with the state
 * in `amparo-*` parameters that the widget there reads on load. Never personal data: a county, a
 * need, an organization or event id, a situation, a language.
 */
import {getPageConfig} from './page-config.js';
import {shareUrl} from './share.js';

export const WIDGET_TAGS = {
  finder: 'amparo-resource-finder',
  calendar: 'amparo-event-calendar',
  rights: 'amparo-rights-card',
  contact: 'amparo-contact-rep',
} as const;
export type WidgetName = keyof typeof WIDGET_TAGS;

/** What a widget does with a link's state when another widget on its page follows a link to it. */
export interface LinkTarget extends HTMLElement {
  /** Takes the state (same keys as the `amparo-*` parameters), then moves focus to its content. */
  followLink(state: Record<string, string>): void | Promise<void>;
}

const isTarget = (el: Element | null): el is LinkTarget => !!el && typeof (el as Partial<LinkTarget>).followLink === 'function';

/** The other widget on this page, if it is there and defined. */
export const widgetOnPage = (name: WidgetName, doc: Document = document): LinkTarget | undefined => {
  const el = doc.querySelector(WIDGET_TAGS[name]);
  return isTarget(el) ? el : undefined;
};

/** The page of the site that shows `name`: the element's attribute (`finder-page`...) or the script's. */
export function widgetPage(name: WidgetName, from?: Element): string | undefined {
  const own = from?.getAttribute(`${name}-page`) ?? undefined;
  const page = own || getPageConfig().pages?.[name];
  if (!page) return undefined;
  try {
    return new URL(page, document.baseURI).href;
  } catch {
    return undefined;
  }
}

export interface CrossLink {
  /** Where the link goes when followed without script help (another page), or undefined. */
  href?: string;
  /** The widget on this page that takes the link, if any. */
  here?: LinkTarget;
}

/** Where a link to `name` with `state` goes from `from` (see the module comment); both empty: no link. */
export function crossLink(name: WidgetName, state: Record<string, string | undefined>, from?: Element): CrossLink {
  const here = widgetOnPage(name);
  const page = widgetPage(name, from);
  return {here, href: page ? shareUrl(state, WIDGET_TAGS[name], page) : undefined};
}

/**
 * Follows a link: on the same page, hands the state to the widget, scrolls it into view and lets
 * it take the focus; else the browser follows `href`. Returns whether it was handled here (call
 * `preventDefault` on the click then).
 */
export function followHere(link: CrossLink, state: Record<string, string | undefined>): boolean {
  if (!link.here) return false;
  const clean = Object.fromEntries(Object.entries(state).filter((e): e is [string, string] => !!e[1]));
  link.here.scrollIntoView({block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'});
  void link.here.followLink(clean);
  return true;
}
