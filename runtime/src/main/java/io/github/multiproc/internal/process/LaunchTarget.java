package io.github.multiproc.internal.process;

import io.github.multiproc.ProcessStartException;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The end of a child JVM's command line, built by the parent: where the child finds the launcher
 * (class path, module path) and which main it runs. Python's {@code spawn} re-runs the parent's
 * interpreter on its {@code sys.path}; a JVM's equivalent depends on how this JVM loaded the
 * launcher, which is read from this JVM alone (no framework's classes are used):
 *
 * <ul>
 *   <li>a launcher in a named module, with a module path: {@code -p <module path> -m
 *       <module>/<launcher>}, plus this JVM's {@code --patch-module}, {@code --add-reads},
 *       {@code --add-exports}, {@code --add-opens}, {@code --add-modules}, {@code --limit-modules}
 *       and {@code --upgrade-module-path}, so test classes that Surefire patched into the module
 *       are there in the child too;
 *   <li>loaded by the system class loader: {@code -cp <java.class.path> <launcher>};
 *   <li>inside a Spring Boot executable jar ({@code java -jar app.jar}, whose manifest's
 *       {@code Main-Class} is Boot's launcher): {@code -cp app.jar -Dloader.main=<launcher>
 *       <Boot's PropertiesLauncher>}, so Boot's own class loader opens the nested jars;
 *   <li>loaded by {@link URLClassLoader}s below the system one ({@code mvn exec:java}, an isolated
 *       test class loader): their file URLs, then {@code java.class.path}, as {@code -cp};
 *   <li>anything else: {@code start()} throws a {@link ProcessStartException} saying how to run
 *       the program instead, rather than a child that cannot load its launcher.
 * </ul>
 */
final class LaunchTarget {
  /** The module options this JVM got that a child on the same module path needs too. */
  private static final List<String> MODULE_OPTIONS =
      List.of(
          "--patch-module=",
          "--add-reads=",
          "--add-exports=",
          "--add-opens=",
          "--add-modules=",
          "--limit-modules=",
          "--upgrade-module-path=");

  /** Spring Boot's launchers, 3.2 and later first; the jar holds one of them. */
  private static final List<String> BOOT_PROPERTIES_LAUNCHERS =
      List.of(
          "org.springframework.boot.loader.launch.PropertiesLauncher",
          "org.springframework.boot.loader.PropertiesLauncher");

  private static final String BOOT_LOADER_PACKAGE = "org.springframework.boot.loader.";

  /** The part of the command a launcher's class loader decides, found once per launcher. */
  private static final ClassValue<LaunchTarget> BY_LOADER =
      new ClassValue<>() {
        @Override
        protected LaunchTarget computeValue(Class<?> launcher) {
          return forCustomLoader(launcher);
        }
      };

  private final List<String> classPathArgs;

  /** Boot's launcher class that runs the real main, or null to run the launcher directly. */
  private final String bootLauncher;

  /** Why no child can load the launcher, or null. */
  private final String unusable;

  private LaunchTarget(List<String> classPathArgs, String bootLauncher, String unusable) {
    this.classPathArgs = classPathArgs;
    this.bootLauncher = bootLauncher;
    this.unusable = unusable;
  }

  /**
   * Adds what runs {@code launcher} in a child to {@code command}; returns whether the child's
   * class path is this JVM's {@code java.class.path} and module path, which a class-data archive
   * made for this JVM's paths fits.
   *
   * @throws ProcessStartException if no child JVM could load {@code launcher}
   */
  static boolean addTo(List<String> command, Class<?> launcher) {
    if (onModulePath(launcher)) {
      addClassPath(command, System.getProperty("java.class.path", ""));
      command.add("-p");
      command.add(System.getProperty("jdk.module.path"));
      List<String> moduleOptions = ModuleOptions.OF_THIS_JVM;
      command.addAll(moduleOptions);
      command.add("-m");
      command.add(launcher.getModule().getName() + "/" + launcher.getName());
      return moduleOptions.isEmpty();
    }
    ClassLoader loader = launcher.getClassLoader();
    if (loader == ClassLoader.getSystemClassLoader()) {
      addClassPath(command, System.getProperty("java.class.path", ""));
      command.add(launcher.getName());
      return true;
    }
    requireLoadable(launcher);
    LaunchTarget target = BY_LOADER.get(launcher);
    command.addAll(target.classPathArgs);
    if (target.bootLauncher != null) {
      command.add("-Dloader.main=" + launcher.getName());
      command.add(target.bootLauncher);
    } else {
      command.add(launcher.getName());
    }
    return false;
  }

  /**
   * Fails as {@link #addTo} would for {@code launcher}, before a standby JVM is asked to run it.
   *
   * @throws ProcessStartException if no child JVM could load {@code launcher}
   */
  static void requireLoadable(Class<?> launcher) {
    if (!onModulePath(launcher)
        && launcher.getClassLoader() != ClassLoader.getSystemClassLoader()) {
      String unusable = BY_LOADER.get(launcher).unusable;
      if (unusable != null) {
        throw new ProcessStartException(unusable);
      }
    }
  }

  /** Whether a child runs {@code launcher} with {@code -m}: a named module, a module path. */
  private static boolean onModulePath(Class<?> launcher) {
    return launcher.getModule().isNamed() && !System.getProperty("jdk.module.path", "").isEmpty();
  }

  /** The class path as {@code -cp}, when there is one. */
  static void addClassPath(List<String> command, String classPath) {
    if (!classPath.isEmpty()) {
      command.add("-cp");
      command.add(classPath);
    }
  }

  private static LaunchTarget forCustomLoader(Class<?> launcher) {
    String classPath = System.getProperty("java.class.path", "");
    String bootLauncher = bootPropertiesLauncher(classPath);
    if (bootLauncher != null) {
      return new LaunchTarget(List.of("-cp", classPath), bootLauncher, null);
    }
    List<String> entries = new ArrayList<>();
    ClassLoader system = ClassLoader.getSystemClassLoader();
    ClassLoader platform = ClassLoader.getPlatformClassLoader();
    List<ClassLoader> chain = new ArrayList<>();
    for (ClassLoader loader = launcher.getClassLoader();
        loader != null && loader != system && loader != platform;
        loader = loader.getParent()) {
      if (!(loader instanceof URLClassLoader)) {
        return unusable(
            launcher,
            "a " + loader.getClass().getName() + ", whose class path a child JVM cannot be given");
      }
      chain.add(0, loader); // parents first: they are asked first
    }
    for (ClassLoader loader : chain) {
      for (URL url : ((URLClassLoader) loader).getURLs()) {
        try {
          entries.add(Path.of(url.toURI()).toString());
        } catch (URISyntaxException | RuntimeException e) {
          return unusable(
              launcher,
              "a "
                  + loader.getClass().getName()
                  + " with the entry "
                  + url
                  + ", which is not a local file");
        }
      }
    }
    if (!classPath.isEmpty()) {
      entries.add(classPath);
    }
    return new LaunchTarget(List.of("-cp", String.join(File.pathSeparator, entries)), null, null);
  }

  private static LaunchTarget unusable(Class<?> launcher, String loader) {
    return new LaunchTarget(
        null,
        null,
        "cannot start a child JVM for "
            + launcher.getName()
            + ": it was loaded by "
            + loader
            + ", not from this JVM's class path ("
            + System.getProperty("java.class.path", "")
            + "), so a child could not load it. Run"
            + " the program on a plain class path: under Maven, `mvn exec:exec` with"
            + " -Dexec.executable=java and -Dexec.args=\"-cp %classpath <main class>\" instead of"
            + " exec:java, or a jar built with the maven-shade-plugin (java -jar)");
  }

  /**
   * Boot's {@code PropertiesLauncher} when {@code classPath} is one Spring Boot executable jar
   * (its manifest's {@code Main-Class} is one of Boot's launchers), else null.
   */
  private static String bootPropertiesLauncher(String classPath) {
    if (classPath.isEmpty() || classPath.contains(File.pathSeparator)) {
      return null;
    }
    try (JarFile jar = new JarFile(new File(classPath), false)) {
      Manifest manifest = jar.getManifest();
      String main =
          manifest == null
              ? null
              : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
      if (main == null || !main.startsWith(BOOT_LOADER_PACKAGE)) {
        return null;
      }
      for (String candidate : BOOT_PROPERTIES_LAUNCHERS) {
        if (jar.getEntry(candidate.replace('.', '/') + ".class") != null) {
          return candidate;
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null; // not a jar: not Boot's
    }
  }

  /**
   * This JVM's module options, as the JVM reports them ({@code --name=value}), read once. They
   * are only readable through {@code java.management}: the JVM removes their {@code jdk.module.*}
   * properties as it boots. A JVM whose module graph lacks that module (an application started
   * with {@code -m} that does not require it) passes none on, as before.
   */
  private static final class ModuleOptions {
    static final List<String> OF_THIS_JVM = read();

    private static List<String> read() {
      if (ModuleLayer.boot().findModule("java.management").isEmpty()) {
        return List.of();
      }
      List<String> options = new ArrayList<>();
      for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        for (String option : MODULE_OPTIONS) {
          if (arg.startsWith(option)) {
            options.add(arg);
          }
        }
      }
      return List.copyOf(options);
    }
  }
}
