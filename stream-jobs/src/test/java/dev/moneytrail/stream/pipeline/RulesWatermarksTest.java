package dev.moneytrail.stream.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moneytrail.schemas.RulePackage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

class RulesWatermarksTest {

  private final AtomicLong clock = new AtomicLong(1_000_000_000L);
  private final List<Long> emitted = new ArrayList<>();
  private final WatermarkOutput output = new WatermarkOutput() {
    @Override
    public void emitWatermark(Watermark watermark) {
      emitted.add(watermark.getTimestamp());
    }

    @Override
    public void markIdle() {}

    @Override
    public void markActive() {}
  };
  private final ScreeningPipeline.RulesWatermarks rules = new ScreeningPipeline.RulesWatermarks(clock::get);

  private void after(Duration d) {
    clock.addAndGet(d.toNanos());
    rules.onPeriodicEmit(output);
  }

  private void read() {
    rules.onEvent(null, 0L, output);
  }

  @Test
  void holdsTimeBackUntilThePackagesPublishedAtStartHaveAllBeenRead() {
    read(); // core 1.0.0
    after(Duration.ofMillis(200));
    read(); // 1.1.0, read a moment later: it must not miss the events it takes effect for
    after(Duration.ofMillis(900));
    assertEquals(List.of(), emitted, "released while packages were still arriving");

    after(Duration.ofMillis(200));
    assertEquals(List.of(Long.MAX_VALUE), emitted);
  }

  @Test
  void releasesTimeAfterTheGraceWhenTheRulesTopicIsEmpty() {
    after(Duration.ofMillis(4_900));
    assertEquals(List.of(), emitted);
    after(Duration.ofMillis(200));
    assertEquals(List.of(Long.MAX_VALUE), emitted);
  }

  @Test
  void neverHoldsTimeBackAgainOnceReleased() {
    read();
    after(Duration.ofSeconds(2));
    read(); // a package published while the job runs
    after(Duration.ofMillis(100));
    assertEquals(List.of(Long.MAX_VALUE, Long.MAX_VALUE), emitted);
  }

  @Test
  void packagesArrivingOneAfterAnotherHoldTimeAtMostForTheGrace() {
    for (int i = 0; i < 10; i++) {
      read();
      after(Duration.ofMillis(600));
    }
    // Emits at 0.6 s, 1.2 s, ... 6.0 s: released at 5.4 s, the first emit after the grace of 5 s.
    assertEquals(List.of(Long.MAX_VALUE, Long.MAX_VALUE), emitted);
  }
}
