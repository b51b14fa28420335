/**
 * The code a site owner pastes into their page, as the README's "Put it on your site" section
 * shows it: the drop-in loader with `data-dataset`, the chosen widgets with their attributes,
 * colours as `--amparo-*` tokens, and a link shown when the script cannot run. A dataset that
 * extends Amparo's statewide one serves every widget; with a standalone dataset, the rights card
 * and the contact widget read Amparo's own California dataset (rights editions, officials).
 */

export const WIDGETS = {
  'amparo-resource-finder': {label: 'Resource finder', own: true, county: true},
  'amparo-event-calendar': {label: 'Event calendar', own: true, county: true},
  'amparo-rights-card': {label: 'Know-your-rights card', own: false, county: true},
  'amparo-contact-rep': {label: 'Contact your representatives', own: false, county: false},
} as const;

export type WidgetTag = keyof typeof WIDGETS;

/** The colour tokens the builder offers. */
export const COLOR_TOKENS = ['--amparo-color-accent', '--amparo-color-text', '--amparo-color-background'] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];

export interface SnippetOptions {
  /** Where Amparo's built files are published: `/amparo/` (a copy of dist/) or a CDN's `.../dist/`. */
  amparoUrl: string;
  /** Where the dataset file will be published. */
  datasetUrl: string;
  /** `auto` or a language tag. */
  locale: string;
  widgets: WidgetTag[];
  /** County name for the widgets that take one. */
  county?: string;
  colors?: Partial<Record<ColorToken, string>>;
  /** A page of the site shown when the widgets cannot load. */
  fallbackUrl?: string;
  /** The dataset stands alone (no `meta.extends`): rights and officials come from Amparo's own file. */
  standalone?: boolean;
}

const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const text = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** `amparoUrl` with exactly one trailing slash. */
export const folder = (url: string) => url.trim().replace(/\/*$/, '/');

/** The snippet (see the module comment); colours that are not `#rrggbb` are left out. */
export function buildSnippet(o: SnippetOptions): string {
  const base = folder(o.amparoUrl);
  const lines = [
    `<script type="module" src="${attr(`${base}amparo.js`)}" data-dataset="${attr(o.datasetUrl)}" data-locale="${attr(o.locale)}"></script>`,
  ];
  const colors = Object.entries(o.colors ?? {}).filter(([, v]) => v && /^#[0-9a-f]{6}$/i.test(v));
  if (colors.length && o.widgets.length) {
    lines.push(
      '<!-- Colours: under a strict Content-Security-Policy, put these lines in your own stylesheet instead. -->',
      '<style>',
      `  ${o.widgets.join(', ')} {`,
      ...colors.map(([k, v]) => `    ${k}: ${v!.toLowerCase()};`),
      '  }',
      '</style>',
    );
  }
  for (const tag of o.widgets) {
    const info = WIDGETS[tag];
    const attrs = [
      ...(info.county && o.county ? [`county="${attr(o.county)}"`] : []),
      // Rights editions and officials are in Amparo's California dataset, next to the script.
      ...(!info.own && o.standalone ? [`dataset="${attr(`${base}data/amparo-ca.json`)}"`] : []),
    ];
    const open = `<${tag}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`;
    lines.push(
      o.fallbackUrl
        ? `${open}\n  <a href="${attr(o.fallbackUrl)}">${text(FALLBACK_TEXT[tag])}</a>\n</${tag}>`
        : `${open}</${tag}>`,
    );
  }
  return lines.join('\n');
}

/** What the fallback link says, per widget. */
const FALLBACK_TEXT: Record<WidgetTag, string> = {
  'amparo-resource-finder': 'Find help on our website',
  'amparo-event-calendar': 'See our events on our website',
  'amparo-rights-card': 'Know your rights: see our website',
  'amparo-contact-rep': 'Contact your representatives: see our website',
};

/** The contrast ratio of two `#rrggbb` colours (WCAG 2), e.g. 4.5 for body text. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}
