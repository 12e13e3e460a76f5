import type { Command } from 'commander';
import { DEVICE_CLASSES, IDENTITY_MODES } from '../../filtering/index.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';

type SchoolOption = CommonOptions & { school?: string };

function schoolOf(opts: SchoolOption): { schoolId?: string } {
  return opts.school === undefined ? {} : { schoolId: opts.school };
}

/** `haven devices add|list|remove` and `haven subnets add|list|remove`: who is behind an address. */
export function registerDeviceCommands(program: Command, io: CliIo): void {
  const devices = program.command('devices').description('the device register: addresses, their person and group');
  withJson(withDataOptions(devices.command('add')))
    .description('register a device by address')
    .requiredOption('--ip <address>', 'its IPv4 or IPv6 address')
    .requiredOption('--group <group>', 'its group (id or name)')
    .option('--person <id>', 'the person it belongs to (id or UPN): their groups apply too')
    .option('--label <text>', 'a label, e.g. the asset tag')
    .option('--class <class>', DEVICE_CLASSES.join('|'))
    .option('--school <id>', 'the school (default: the first)')
    .action(async (opts: SchoolOption & { ip: string; group: string; person?: string; label?: string; class?: string }) => {
      const deviceClass = DEVICE_CLASSES.find((c) => c === opts.class);
      if (opts.class !== undefined && deviceClass === undefined) throw usageError(`--class must be one of ${DEVICE_CLASSES.join(', ')}`);
      const device = await withHaven(io, opts, (h) =>
        h.filteringService.addDevice(CLI_ACTOR, {
          ip: opts.ip,
          group: opts.group,
          ...(opts.person === undefined ? {} : { personId: opts.person }),
          ...(opts.label === undefined ? {} : { label: opts.label }),
          ...(deviceClass === undefined ? {} : { deviceClass }),
          ...schoolOf(opts),
        }),
      );
      print(io, opts, device, (d) => `registered ${d.ip} (${d.id}) in group ${d.groupName ?? d.groupId}${d.personId ? ` for person ${d.personId}` : ''}`);
    });
  withJson(withDataOptions(devices.command('list')))
    .description('registered devices, by address')
    .option('--school <id>', 'the school (default: the first)')
    .action(async (opts: SchoolOption) => {
      const list = await withHaven(io, opts, (h) => h.filteringService.listDevices(schoolOf(opts)));
      print(io, opts, list, (ds) => (ds.length === 0 ? 'no devices registered' : table(['ID', 'ADDRESS', 'GROUP', 'PERSON', 'CLASS', 'LABEL'], ds.map((d) => [d.id, d.ip, d.groupName ?? d.groupId, d.personId, d.deviceClass, d.label]))));
    });
  withDataOptions(devices.command('remove <id-or-address>'))
    .description('remove a device')
    .option('--school <id>', 'the school (default: the first)')
    .action(async (ref: string, opts: SchoolOption) => {
      await withHaven(io, opts, (h) => h.filteringService.removeDevice(CLI_ACTOR, ref, schoolOf(opts)));
      io.out(`removed ${ref}`);
    });

  const subnets = program.command('subnets').description("a school's subnets and the group of the devices in them");
  withJson(withDataOptions(subnets.command('add <cidr>')))
    .description('register a subnet (e.g. 10.1.0.0/16 or fd00:1::/64)')
    .requiredOption('--group <group>', 'the group of unknown devices in it (id or name)')
    .option('--mode <mode>', `how the proxy learns who is there: ${IDENTITY_MODES.join('|')}`, 'none')
    .option('--label <text>', 'a label, e.g. "Library Wi-Fi"')
    .option('--school <id>', 'the school (default: the first)')
    .action(async (cidr: string, opts: SchoolOption & { group: string; mode: string; label?: string }) => {
      const mode = IDENTITY_MODES.find((m) => m === opts.mode);
      if (mode === undefined) throw usageError(`--mode must be one of ${IDENTITY_MODES.join(', ')}`);
      const subnet = await withHaven(io, opts, (h) => h.filteringService.addSubnet(CLI_ACTOR, { cidr, group: opts.group, identityMode: mode, ...(opts.label === undefined ? {} : { label: opts.label }), ...schoolOf(opts) }));
      print(io, opts, subnet, (s) => `registered ${s.cidr} (${s.id}) for group ${s.groupName ?? s.groupId}`);
    });
  withJson(withDataOptions(subnets.command('list')))
    .description('registered subnets')
    .option('--school <id>', 'the school (default: the first)')
    .action(async (opts: SchoolOption) => {
      const list = await withHaven(io, opts, (h) => h.filteringService.listSubnets(schoolOf(opts)));
      print(io, opts, list, (ss) => (ss.length === 0 ? 'no subnets registered' : table(['ID', 'SUBNET', 'GROUP', 'IDENTITY', 'LABEL'], ss.map((s) => [s.id, s.cidr, s.groupName ?? s.groupId, s.identityMode, s.label]))));
    });
  withDataOptions(subnets.command('remove <id-or-cidr>'))
    .description('remove a subnet')
    .option('--school <id>', 'the school (default: the first)')
    .action(async (ref: string, opts: SchoolOption) => {
      await withHaven(io, opts, (h) => h.filteringService.removeSubnet(CLI_ACTOR, ref, schoolOf(opts)));
      io.out(`removed ${ref}`);
    });
}
