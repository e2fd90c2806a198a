import fs from 'node:fs';
import os from 'node:os';

/**
 * How busy the whole machine was during a measurement, from Linux's /proc (undefined
 * elsewhere): CPU time used by every process, and pressure stall information, i.e. the share
 * of the time in which some runnable task had to wait for a CPU (or for I/O). The benchmark
 * shares the machine with whatever else runs; these figures tell a slow run caused by the app
 * from one caused by its neighbours.
 */
export interface MachineSnapshot {
	at: number;
	/** Busy CPU time of all cores (user, nice, system, irq, softirq, steal), in ms. */
	busyMs?: number;
	cpuStallUs?: number;
	ioStallUs?: number;
}

export interface MachineUsage {
	cores: number;
	elapsedMs: number;
	/** CPU time used by every process on the machine in the interval, in ms. */
	busyMs?: number;
	/** Share of the interval in which some task waited for a CPU, in %. */
	cpuPressurePct?: number;
	/** Share of the interval in which some task waited for I/O, in %. */
	ioPressurePct?: number;
}

function read(file: string): string | undefined {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

function stallTotal(file: string): number | undefined {
	const m = /^some .*total=(\d+)/m.exec(read(file) ?? '');
	return m ? Number(m[1]) : undefined;
}

export function snapshot(): MachineSnapshot {
	const cpu = /^cpu\s+(.*)$/m.exec(read('/proc/stat') ?? '');
	let busyMs: number | undefined;
	if (cpu) {
		const [user, nice, system, , , irq, softirq, steal] = cpu[1]!.trim().split(/\s+/).map(Number);
		busyMs = ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) * 10;
	}
	return {
		at: performance.now(),
		busyMs,
		cpuStallUs: stallTotal('/proc/pressure/cpu'),
		ioStallUs: stallTotal('/proc/pressure/io')
	};
}

export function usage(a: MachineSnapshot, b: MachineSnapshot): MachineUsage {
	const elapsedMs = b.at - a.at;
	const pct = (x?: number, y?: number) =>
		x === undefined || y === undefined ? undefined : Math.min(100, ((y - x) / 1000 / elapsedMs) * 100);
	return {
		cores: os.availableParallelism(),
		elapsedMs,
		busyMs: a.busyMs === undefined || b.busyMs === undefined ? undefined : b.busyMs - a.busyMs,
		cpuPressurePct: pct(a.cpuStallUs, b.cpuStallUs),
		ioPressurePct: pct(a.ioStallUs, b.ioStallUs)
	};
}
