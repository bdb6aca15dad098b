/** IPv4 addresses and CIDR blocks as 32-bit integers. */

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function ipToInt(ip: string): number | undefined {
  const m = IPV4.exec(ip);
  if (!m) return undefined;
  const o = m.slice(1, 5).map(Number);
  if (o.some((x) => x > 255)) return undefined;
  return ((o[0] << 24) | (o[1] << 16) | (o[2] << 8) | o[3]) >>> 0;
}

export const isIPv4 = (s: string) => ipToInt(s) !== undefined;

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

/** Whether `ip` lies in `cidr` (`10.0.0.0/8`); a malformed block contains nothing. */
export function inCidr(ip: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split("/");
  const a = ipToInt(ip);
  const b = ipToInt(base);
  const bits = Number(bitsText ?? "32");
  if (a === undefined || b === undefined || !(bits >= 0 && bits <= 32)) return false;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (a & mask) >>> 0 === (b & mask) >>> 0;
}

/** `10.244.1.5` → `10-244-1-5`, the label CoreDNS uses for pod A records. */
export const dashed = (ip: string) => ip.replaceAll(".", "-");
