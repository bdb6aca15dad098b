/**
 * Kubernetes resource quantities (`1Gi`, `500m`, `2`, `1e3`), held exactly as BigInt milli-units.
 * Models staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go: parsing, comparison, addition
 * and the canonical String() form that status fields (quota usage, PVC capacity) print.
 */

export type QuantityFormat = "BinarySI" | "DecimalSI" | "DecimalExponent";

export interface Quantity {
  /** Value × 1000, rounded up to a whole milli-unit as the API server does. */
  milli: bigint;
  format: QuantityFormat;
}

const BINARY: Record<string, bigint> = { Ki: 1n << 10n, Mi: 1n << 20n, Gi: 1n << 30n, Ti: 1n << 40n, Pi: 1n << 50n, Ei: 1n << 60n };
const DECIMAL_EXP: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const QUANTITY_RE = /^([+-]?)(\d+\.?\d*|\.\d+)(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]))?$/;

/** The message apimachinery gives for a malformed quantity. */
export const QUANTITY_FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

/** Parses a quantity; undefined when malformed. Numbers (as in JSON `storage: 5`) are accepted. */
export function parseQuantity(input: string | number | undefined | null): Quantity | undefined {
  if (input === undefined || input === null) return undefined;
  const text = typeof input === "number" ? String(input) : input.trim();
  const m = QUANTITY_RE.exec(text);
  if (!m) return undefined;
  const [, sign, num, exp, suffix = ""] = m;
  const [intPart, fracPart = ""] = num.split(".");
  // digits × 10^(pow10) × binaryFactor, in milli-units.
  const digits = BigInt((intPart || "0") + fracPart);
  let pow10 = 3 - fracPart.length;
  let factor = 1n;
  let format: QuantityFormat = "DecimalSI";
  if (exp) {
    pow10 += Number(exp.slice(1));
    format = "DecimalExponent";
  } else if (suffix in BINARY) {
    factor = BINARY[suffix];
    format = "BinarySI";
  } else pow10 += DECIMAL_EXP[suffix];
  let milli: bigint;
  if (pow10 >= 0) milli = digits * factor * 10n ** BigInt(pow10);
  else {
    const den = 10n ** BigInt(-pow10);
    const n = digits * factor;
    milli = n / den + (n % den === 0n ? 0n : 1n); // round up to the nearest milli-unit
  }
  return { milli: sign === "-" ? -milli : milli, format };
}

export function isQuantity(input: unknown): boolean {
  return (typeof input === "string" || typeof input === "number") && parseQuantity(input) !== undefined;
}

export const zeroQuantity = (format: QuantityFormat = "DecimalSI"): Quantity => ({ milli: 0n, format });

export function addQuantities(a: Quantity, b: Quantity): Quantity {
  return { milli: a.milli + b.milli, format: a.milli === 0n && a.format === "DecimalSI" ? b.format : a.format };
}

export function subtractQuantities(a: Quantity, b: Quantity): Quantity {
  return { milli: a.milli - b.milli, format: a.format };
}

export function compareQuantities(a: Quantity, b: Quantity): number {
  return a.milli < b.milli ? -1 : a.milli > b.milli ? 1 : 0;
}

/** Compares two quantity strings; malformed ones sort as zero. */
export function cmpQuantity(a: string | number | undefined, b: string | number | undefined): number {
  return compareQuantities(parseQuantity(a) ?? zeroQuantity(), parseQuantity(b) ?? zeroQuantity());
}

/** The canonical string Quantity.String() prints (`1536Mi`, `1500m`, `2`, `1G`). */
export function formatQuantity(q: Quantity): string {
  const neg = q.milli < 0n;
  const abs = neg ? -q.milli : q.milli;
  const sign = neg ? "-" : "";
  if (abs === 0n) return "0";
  if (q.format === "BinarySI" && abs % 1000n === 0n) {
    const units = abs / 1000n;
    if (units >= 1024n) {
      for (const suffix of ["Ei", "Pi", "Ti", "Gi", "Mi", "Ki"]) {
        const f = BINARY[suffix];
        if (units % f === 0n) return `${sign}${units / f}${suffix}`;
      }
    }
  }
  // DecimalSI (and BinarySI values below 1024 or fractional): largest exponent of 1000 that divides.
  if (abs % 1000n !== 0n) return `${sign}${abs}m`;
  let units = abs / 1000n;
  const suffixes = q.format === "DecimalExponent" ? ["", "e3", "e6", "e9", "e12", "e15", "e18"] : ["", "k", "M", "G", "T", "P", "E"];
  let i = 0;
  while (i < suffixes.length - 1 && units % 1000n === 0n) {
    units /= 1000n;
    i++;
  }
  return `${sign}${units}${suffixes[i]}`;
}

/** Canonical form of a quantity string, or the input unchanged when malformed. */
export function canonicalQuantity(input: string | number): string {
  const q = parseQuantity(input);
  return q ? formatQuantity(q) : String(input);
}

/** The value in whole units, rounded up (Quantity.Value()). */
export function quantityValue(q: Quantity): number {
  const units = q.milli / 1000n + (q.milli % 1000n > 0n ? 1n : 0n);
  return Number(units);
}
