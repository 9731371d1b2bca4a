import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * Which network addresses a web import may reach: the public internet only. Loopback, private networks,
 * link-local (where cloud metadata services answer), shared (CGNAT), multicast and reserved ranges are refused,
 * in IPv4 and IPv6, and an IPv4 address carried inside an IPv6 one (mapped, compatible, NAT64, 6to4) is judged
 * as the IPv4 address it carries.
 */
const V4: [string, number, string][] = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'a private network'],
  ['100.64.0.0', 10, 'a carrier-grade shared network'],
  ['127.0.0.0', 8, 'this computer (loopback)'],
  ['169.254.0.0', 16, 'link-local (cloud metadata lives here)'],
  ['172.16.0.0', 12, 'a private network'],
  ['192.0.0.0', 24, 'protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, 'a 6to4 relay'],
  ['192.168.0.0', 16, 'a private network'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const V6: [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'this computer (loopback)'],
  ['100::', 64, 'discard'],
  ['2001::', 32, 'a Teredo tunnel'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'a private network'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

function listOf(ranges: [string, number, string][], type: 'ipv4' | 'ipv6') {
  return ranges.map(([network, prefix, reason]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, type);
    return { list, reason };
  });
}
const V4_LISTS = listOf(V4, 'ipv4');
const V6_LISTS = listOf(V6, 'ipv6');

/** The eight 16-bit words of an IPv6 address (with or without a trailing dotted IPv4 part). */
function words(address: string): number[] | null {
  let text = address.replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    if (!isIPv4(dotted[1])) return null;
    const [a, b, c, d] = dotted[1].split('.').map(Number);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail, extra] = text.split('::');
  if (extra !== undefined) return null;
  const part = (s: string | undefined) => (s ? s.split(':').map((w) => parseInt(w, 16)) : []);
  const front = part(head);
  const back = part(tail);
  const gap = tail === undefined ? 0 : 8 - front.length - back.length;
  const all = [...front, ...new Array<number>(Math.max(gap, 0)).fill(0), ...back];
  return all.length === 8 && all.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff) ? all : null;
}

const v4Of = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

/** The IPv4 address an IPv6 address carries, when it is one of the forms that carry one. */
function embeddedV4(w: number[]): string | null {
  const zeros = (from: number, to: number) => w.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && w[5] === 0xffff) return v4Of(w[6], w[7]); // ::ffff:a.b.c.d, mapped
  if (zeros(0, 6) && (w[6] !== 0 || w[7] > 1)) return v4Of(w[6], w[7]); // ::a.b.c.d, compatible (deprecated)
  if (w[0] === 0x64 && w[1] === 0xff9b && zeros(2, 6)) return v4Of(w[6], w[7]); // 64:ff9b::/96, NAT64
  if (w[0] === 0x2002) return v4Of(w[1], w[2]); // 2002::/16, 6to4
  return null;
}

/** Why an IP address may not be fetched from, or null when it is a public address. Anything unparsable is refused. */
export function blockedReason(address: string): string | null {
  if (isIPv4(address)) return V4_LISTS.find(({ list }) => list.check(address, 'ipv4'))?.reason ?? null;
  if (!isIPv6(address.replace(/%.*$/, ''))) return 'not an IP address';
  const w = words(address);
  if (!w) return 'not an IP address';
  const inner = embeddedV4(w);
  if (inner) return blockedReason(inner);
  const canonical = w.map((x) => x.toString(16)).join(':');
  return V6_LISTS.find(({ list }) => list.check(canonical, 'ipv6'))?.reason ?? null;
}
