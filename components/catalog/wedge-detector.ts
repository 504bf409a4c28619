/**
 * Tells a hardware barcode scanner (a "keyboard wedge") from a person typing: a scanner sends the
 * digits a few milliseconds apart and ends with Enter; people type far slower.
 */
export type WedgeOptions = { maxGapMs: number; minLength: number; maxLength: number };

// Scanners send a key every few ms; 80 ms leaves room for a busy tablet and stays well below human typing.
export const DEFAULT_WEDGE: WedgeOptions = { maxGapMs: 80, minLength: 8, maxLength: 14 };

export function createWedgeDetector(opts: WedgeOptions = DEFAULT_WEDGE) {
  let buffer = "";
  let last = -Infinity;
  return {
    /** Feed each keydown; returns the scanned code when Enter closes a fast burst of digits. */
    key(key: string, at: number): string | null {
      const gap = at - last;
      if (/^[0-9]$/.test(key)) {
        buffer = gap <= opts.maxGapMs ? buffer + key : key;
        last = at;
        return null;
      }
      // The digits must come in a burst; Enter may lag a little (people never type 8+ digits that fast).
      const done = key === "Enter" && gap <= 500 && buffer.length >= opts.minLength && buffer.length <= opts.maxLength;
      const code = done ? buffer : null;
      buffer = "";
      last = -Infinity;
      return code;
    },
    /** Digits of the burst under way, so a field can take them back out. */
    pending(): string {
      return buffer;
    },
  };
}
