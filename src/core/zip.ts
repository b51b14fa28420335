/**
 * ZIP codes as people type them, shared by the widgets that look one up. Pure; unit-tested.
 */

/**
 * The 5-digit ZIP in what a person typed: `94110`, ` 94110 `, `94110-1234`, `94110 1234` and
 * `941101234` (ZIP+4) all give `94110`; anything else gives undefined.
 */
export function readZip(input: string): string | undefined {
  const m = /^\s*(\d{5})(?:[\s-]*\d{4})?\s*$/.exec(input);
  return m?.[1];
}

/**
 * Whether a 5-digit ZIP is a California one: USPS gives California the ZIP prefixes 900 to 961.
 * A California ZIP missing from the ZIP tables is a PO-box or business ZIP (or a new one): the
 * person is in California, only not at that ZIP's address.
 */
export const isCaliforniaZip = (zip: string): boolean => zip >= '90001' && zip <= '96199';
