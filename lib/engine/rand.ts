/**
 * Seeded, serialisable randomness (mulberry32). Every random choice in the simulation — pod name
 * suffixes, UIDs, IPs, tokens — comes from here so that a seed reproduces a transcript.
 */
export class Rand {
  private state: number;
  constructor(seed: number = 1) {
    this.state = seed >>> 0;
  }
  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** A string of `n` characters drawn from `alphabet`. */
  string(n: number, alphabet: string): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }
  /** Kubernetes' generateName suffix alphabet (no vowels, no confusable digits). */
  suffix(n = 5): string {
    return this.string(n, "bcdfghjklmnpqrstvwxz2456789");
  }
  /** A version-4-shaped UID. */
  uid(): string {
    const h = () => this.string(1, "0123456789abcdef");
    const hex = (n: number) => Array.from({ length: n }, h).join("");
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[this.int(4)]}${hex(3)}-${hex(12)}`;
  }
  getState(): number {
    return this.state;
  }
  setState(s: number): void {
    this.state = s >>> 0;
  }
}
