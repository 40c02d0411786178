package org.analecta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time used so far by this JVM and by the whole machine (every process: the JVM,
 * PostgreSQL, the rest), for figures that say what a piece of work costs rather than how
 * long it took. On these shared two-core machines the same import's wall time moves by a
 * third between runs; the CPU it costs moves less, so it is the figure to compare two
 * versions by. The machine's share is read from /proc/stat (Linux); elsewhere it is not
 * given.
 *
 * @param jvmNanos CPU time of this process
 * @param machineTicks user, nice, system, irq and softirq time of all CPUs, in clock
 * ticks; -1 when unknown
 */
record CpuUse(long jvmNanos, long machineTicks) {

	/** USER_HZ: the unit of /proc/stat on every Linux architecture that runs a JDK. */
	private static final double TICKS_PER_SECOND = 100;

	static CpuUse now() {
		long jvm = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
		return new CpuUse(jvm, readMachineTicks());
	}

	/** The CPU used between {@code earlier} and this. */
	CpuUse since(CpuUse earlier) {
		return new CpuUse(jvmNanos - earlier.jvmNanos,
				machineTicks < 0 || earlier.machineTicks < 0 ? -1 : machineTicks - earlier.machineTicks);
	}

	/**
	 * "JVM CPU a ms, machine CPU b ms a report" for a span that handled {@code reports}.
	 */
	String perReport(int reports) {
		return per(reports, "report");
	}

	/** "JVM CPU a ms, machine CPU b ms a {@code unit}" for {@code count} of them. */
	String per(long count, String unit) {
		String jvm = "JVM CPU %s ms".formatted(Results.format(jvmNanos / 1e6 / count));
		return machineTicks < 0 ? jvm + " a " + unit : jvm + ", machine CPU %s ms a %s"
			.formatted(Results.format(machineTicks / TICKS_PER_SECOND * 1000 / count), unit);
	}

	private static long readMachineTicks() {
		try {
			// "cpu user nice system idle iowait irq softirq steal ..."
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
					+ Long.parseLong(f[7]);
		}
		catch (IOException | RuntimeException e) {
			return -1;
		}
	}

}
