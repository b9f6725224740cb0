package dk.aarshjul.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The heap a run needed: samples the heap in use every 50 ms and, for the live data, the old
 * generation as the last collection left it. Peak heap in use includes garbage not yet collected;
 * the old generation after collection is what the run kept alive.
 */
final class HeapSampler implements AutoCloseable {

  private final List<MemoryPoolMXBean> oldGeneration =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Old Gen"))
          .toList();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "heap-sampler");
            thread.setDaemon(true);
            return thread;
          });
  private volatile long peakUsed;
  private volatile long peakLiveAfterGc;

  HeapSampler() {
    System.gc();
    timer.scheduleAtFixedRate(this::sample, 0, 50, TimeUnit.MILLISECONDS);
  }

  long peakUsedMiB() {
    return peakUsed / (1024 * 1024);
  }

  long peakLiveAfterGcMiB() {
    return peakLiveAfterGc / (1024 * 1024);
  }

  static long maxHeapMiB() {
    return Runtime.getRuntime().maxMemory() / (1024 * 1024);
  }

  private void sample() {
    peakUsed =
        Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    long afterGc = 0;
    for (MemoryPoolMXBean pool : oldGeneration) {
      if (pool.getCollectionUsage() != null) {
        afterGc += pool.getCollectionUsage().getUsed();
      }
    }
    peakLiveAfterGc = Math.max(peakLiveAfterGc, afterGc);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
