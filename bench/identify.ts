// `npm run bench -- identify`: the identity map's lookup cost (address → device → groups) on a
// school with 5,000 registered devices and 50 subnets, mixing device hits, subnet hits, misses
// that fall to the default group, IPv4-mapped and IPv6 addresses; and the heap it allocates
// (it should allocate nothing per lookup). Run alone: the machine has two shared cores.
import { buildIdentityMap, identifyClient } from '../src/filtering/core/identity-map.ts';

const groups = [
  { id: 'learners', schoolId: 's', priority: 100, template: 'learners' },
  { id: 'staff', schoolId: 's', priority: 100, template: 'staff' },
];
const devices = Array.from({ length: 5000 }, (_, i) => ({ id: `d${i}`, schoolId: 's', ip: `10.0.${i >> 8}.${i & 255}`, personId: null, groupId: 'staff' }));
const subnets = Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, schoolId: 's', cidr: `10.${i + 1}.0.0/16`, groupId: 'learners' }));
const map = buildIdentityMap({ schools: [{ id: 's', defaultGroupId: null }], groups, people: [], memberships: [], devices, subnets });
const addresses = ['10.0.3.7', '10.20.1.1', '192.168.1.1', '::ffff:10.0.1.2', '2001:db8::1'];

let sink = 0;
const run = (n: number): void => {
  for (let i = 0; i < n; i++) sink += identifyClient(map, addresses[i % addresses.length] ?? '', 's').groups.length;
};
run(200_000);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const N = 2_000_000;
const started = performance.now();
run(N);
const ns = ((performance.now() - started) * 1e6) / N;
const growth = process.memoryUsage().heapUsed - heapBefore;
console.log(`identity map: ${devices.length} devices, ${subnets.length} subnets, ${addresses.length} address shapes`);
console.log(`  ${ns.toFixed(0)} ns a lookup; heap grew ${(growth / 1024).toFixed(0)} KiB over ${N.toLocaleString('en-GB')} lookups (${(growth / N).toFixed(2)} bytes each)${sink > 0 ? '' : ' '}`);
