package ua.strichka.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Wall-clock and CPU time of this process since the clock was made. The bench machine may be
 * shared: CPU time shows what the work cost, wall time what it took.
 */
final class CpuClock {
  private final long wall = System.nanoTime();
  private final long cpu = cpuNanos();

  double seconds() {
    return (System.nanoTime() - wall) / 1e9;
  }

  double cpuSeconds() {
    return (cpuNanos() - cpu) / 1e9;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.0f s (%.0f s of CPU)", seconds(), cpuSeconds());
  }

  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }
}
