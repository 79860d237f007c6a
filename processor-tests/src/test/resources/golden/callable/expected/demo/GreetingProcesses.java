package demo;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.wire.Codecs;
import javax.annotation.processing.Generated;

/**
 * Factories for the worker processes of {@link Greeting}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class GreetingProcesses {
  private GreetingProcesses() {
  }

  /**
   * An unstarted child process constructing and running {@link Greeting#Greeting(String, int)}.
   */
  public static ChildProcess<String> create(String name, int times) {
    return WorkerCall.to(Greeting_Launcher.class, "new(java.lang.String,int)", Codecs.STRING)
        .jvmArgs("-Xmx32m", "-Dgreeting=1")
        .arguments(out -> {
          Codecs.STRING.encode(out, name);
          out.writeInt(times);
        })
        .newProcess();
  }
}
