package ua.strichka.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What this JVM holds, counted from the operating system (Linux {@code /proc}) and the JDK, so a
 * test can compare before and after a run and see a leaked thread, socket, file or connection.
 */
public final class ProcessResources {
  private ProcessResources() {}

  /**
   * One count.
   *
   * @param threads names of the live platform threads (virtual threads end with their task)
   * @param sockets open sockets, each as its TCP endpoints and state when it is one ({@code
   *     127.0.0.1:41234>127.0.0.3:80 01}), else as the descriptor's target
   * @param files what the other open descriptors point at, jars and the JDK's own files left out:
   *     the class loader opens a jar the first time one of its classes is needed and keeps it open,
   *     which is no leak
   * @param heapAfterGc heap in use right after a full collection, in bytes
   */
  public record Snapshot(
      List<String> threads, List<String> sockets, List<String> files, long heapAfterGc) {
    /** Threads alive now that were not before, by name (a name counted as often as it occurs). */
    public List<String> newThreads(Snapshot before) {
      return added(threads, before.threads);
    }

    /** Sockets open now that were not before. */
    public List<String> newSockets(Snapshot before) {
      return added(sockets, before.sockets);
    }

    /** Descriptors open now that were not before, by target ({@code pipe:[…]} counts as pipe). */
    public List<String> newFiles(Snapshot before) {
      return added(files, before.files);
    }

    private static List<String> added(List<String> now, List<String> then) {
      List<String> out = new ArrayList<>(now);
      then.forEach(out::remove);
      return out;
    }
  }

  /** Whether this system exposes {@code /proc/self/fd} (Linux). */
  public static boolean available() {
    return Files.isDirectory(Path.of("/proc/self/fd"));
  }

  public static Snapshot now() throws IOException {
    List<String> threads =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> !t.isVirtual())
            .map(Thread::getName)
            .sorted()
            .toList();
    List<String> sockets = new ArrayList<>();
    Map<String, String> tcp = tcpByInode();
    List<String> files = new ArrayList<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        String target;
        try {
          target = Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
          continue; // closed between the listing and the read, or the listing's own descriptor
        }
        if (target.startsWith("socket:")) {
          String inode = target.replaceAll("\\D", "");
          sockets.add(tcp.getOrDefault(inode, target));
        } else if (!target.endsWith(".jar") && !target.startsWith(System.getProperty("java.home")))
          files.add(target.replaceAll(":\\[\\d+]$", ""));
      }
    }
    return new Snapshot(threads, sockets, files, heapAfterGc());
  }

  /** Heap in use after a full collection (two, so objects finalised by the first are gone too). */
  public static long heapAfterGc() {
    System.gc();
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return heap.getUsed();
  }

  /**
   * TCP connections in the ESTABLISHED state from a local port outside {@code serverPorts} to one
   * of them: the client side of connections to those servers, whichever process of this machine
   * holds them (the ports are ephemeral ones chosen by the test, so in practice this JVM).
   */
  public static int clientConnectionsTo(Set<Integer> serverPorts) throws IOException {
    int n = 0;
    for (String[] f : tcpRows()) {
      int local = port(f[1]);
      int remote = port(f[2]);
      if (f[3].equals("01") && serverPorts.contains(remote) && !serverPorts.contains(local)) n++;
    }
    return n;
  }

  /** The rows of the kernel's IPv4 and IPv6 TCP tables, split into their fields. */
  private static List<String[]> tcpRows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path p = Path.of(table);
      if (!Files.exists(p)) continue;
      List<String> lines = Files.readAllLines(p);
      for (String line : lines.subList(1, lines.size())) rows.add(line.trim().split("\\s+"));
    }
    return rows;
  }

  /** Every TCP socket of this machine by inode, as its endpoints and state. */
  private static Map<String, String> tcpByInode() throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String[] f : tcpRows()) out.put(f[9], port(f[1]) + ">" + port(f[2]) + " state " + f[3]);
    return out;
  }

  private static int port(String hexAddress) {
    return Integer.parseInt(hexAddress.substring(hexAddress.lastIndexOf(':') + 1), 16);
  }
}
