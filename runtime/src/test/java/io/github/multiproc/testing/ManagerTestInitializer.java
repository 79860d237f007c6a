package io.github.multiproc.testing;

import io.github.multiproc.ManagerInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A manager initializer for the tests, registered in this module's test resources: writes its
 * process's pid and its second argument to the file its first argument names, or fails when that
 * argument is "fail".
 */
public final class ManagerTestInitializer implements ManagerInitializer {
  @Override
  public void initialize(List<Object> args) throws Exception {
    if ("fail".equals(args.get(1))) {
      throw new IllegalStateException("initializer refused to start: fail");
    }
    Files.writeString(
        Path.of((String) args.get(0)), ProcessHandle.current().pid() + " " + args.get(1));
  }
}
