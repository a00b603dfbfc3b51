package dev.moneytrail.stream.replay;

import dev.moneytrail.stream.screening.ScreeningEvent;
import java.nio.file.Path;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Emits the events of a replay file, in file order, when given its path. Run at parallelism 1:
 * the order of the file is the order of the replay.
 */
public final class ReplayFileSource implements FlatMapFunction<String, ScreeningEvent> {

  @Override
  public void flatMap(String path, Collector<ScreeningEvent> out) throws Exception {
    ReplayFile.read(Path.of(path), out::collect);
  }
}
