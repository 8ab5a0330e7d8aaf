import os from "node:os";

export type Machine = {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  /** One-minute load average when the run began: other work skews figures. */
  loadBefore: number;
};

/** The one-minute load average, to two decimals. */
export function currentLoad(): number {
  return Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
}

/** What the figures were measured on; they mean little without it. */
export function describeMachine(loadBefore: number): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    loadBefore,
  };
}

export function machineLine(machine: Machine): string {
  return [
    machine.cpu,
    `${machine.cores} cores`,
    `${machine.memoryGiB} GiB`,
    `Node ${machine.node}`,
    machine.platform,
    `load average ${machine.loadBefore} at the start`,
  ].join(", ");
}
