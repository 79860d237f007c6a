package io.github.multiproc.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class LazyLoggerTest {
  private static final String NAME = "io.github.multiproc.lazyloggertest";

  @Test
  void aRecordNamesTheClassThatLogsAsItsSource() {
    List<LogRecord> records = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            record.getSourceClassName(); // inferred now, from the stack of the logging call
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger julLogger = Logger.getLogger(NAME);
    julLogger.addHandler(handler);
    julLogger.setUseParentHandlers(false);
    try {
      LazyLogger log = new LazyLogger(NAME);
      log.get().log(Level.WARNING, "a warning");
      assertEquals(1, records.size());
      assertEquals("a warning", records.get(0).getMessage());
      // Not LazyLogger: a warning in the log says where it comes from.
      assertEquals(LazyLoggerTest.class.getName(), records.get(0).getSourceClassName());
      assertEquals("aRecordNamesTheClassThatLogsAsItsSource", records.get(0).getSourceMethodName());
    } finally {
      julLogger.removeHandler(handler);
      julLogger.setUseParentHandlers(true);
    }
  }

  @Test
  void everyCallGivesTheSameLogger() {
    LazyLogger log = new LazyLogger(NAME);
    assertSame(log.get(), log.get());
  }
}
