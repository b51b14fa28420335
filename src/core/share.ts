/**
 * Sharing the way these cards travel, from phone to phone: the Web Share API where the browser
 * has it (the phone's own share sheet: WhatsApp, Messages...), else copying the link. No
 * third-party share buttons, no trackers; the links carry no personal data (see {@link shareUrl}).
 */

export type ShareResult = 'shared' | 'copied' | 'cancelled' | 'failed';

export interface ShareData {
  title: string;
  /** Short and accurate: what the link opens. */
  text: string;
  url: string;
  /** Files to share along where the browser can (an event's .ics). */
  files?: File[];
}

/** The parts of `navigator` sharing uses (a seam for tests). */
export type ShareNavigator = Pick<Navigator, 'share' | 'canShare' | 'clipboard'>;

/**
 * Opens the share sheet, or copies "text url" when there is none (or it fails for another
 * reason than the person closing it). `failed` means neither worked: show the link to copy by hand.
 */
export async function share(data: ShareData, nav: Partial<ShareNavigator> = navigator): Promise<ShareResult> {
  const withFiles = data.files?.length && nav.canShare?.({files: data.files}) ? data : {...data, files: undefined};
  const payload = {title: withFiles.title, text: withFiles.text, url: withFiles.url, ...(withFiles.files && {files: withFiles.files})};
  if (typeof nav.share === 'function' && nav.canShare?.(payload) !== false) {
    try {
      await nav.share(payload);
      return 'shared';
    } catch (error) {
      if ((error as DOMException)?.name === 'AbortError') return 'cancelled';
      // NotAllowedError (no user gesture left), a share target that failed: copy instead.
    }
  }
  try {
    await nav.clipboard!.writeText(`${data.text} ${data.url}`);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/**
 * The address of this page (origin and path: never its query or hash, which may hold what the
 * visitor typed elsewhere) with the `amparo-*` parameters that reopen a widget in the same state,
 * and `#<anchor>` to bring the widget into view.
 */
export function shareUrl(params: Record<string, string | undefined>, anchor?: string, page: string = location.href): string {
  const url = new URL(page);
  url.search = '';
  url.hash = anchor ? `#${anchor}` : '';
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(`amparo-${key}`, value);
  return url.href;
}

/** The `amparo-*` parameters of the page address (what a shared or cross-widget link set). */
export function linkParams(page: string = location.href): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URL(page).searchParams) if (key.startsWith('amparo-')) out[key.slice(7)] = value;
  return out;
}
